/// Turns merged tallies into the public `Summary`: labels, bases, percentages,
/// statistics, the core comparison and cross-tabs, all in a stable order.
struct SummaryBuilder {
    let pass: AggregationPass
    let options: AggregationOptions

    /// Takes the open answers out of `result` (each list is sorted in place and kept once).
    func build(_ result: inout PassResult, files: Int, duplicates: [DuplicateSet]) -> Summary {
        var groups: [SummaryGroup] = []
        let keys = result.groupIndex.keys.sorted()
        var open = Self.takeOpenAnswers(&result)
        let order = pass.openPool.map(OpenAnswerOrder.init)
        for key in keys {
            let g = result.groupIndex[key]!
            let group = buildGroup(name: options.grouping != nil ? groupName(result, g) ?? result.groupNames[key] ?? key : nil,
                                   tallies: result.tallies[g], open: &open[g], order: order)
            if options.grouping != nil && group.respondents == 0 { continue }
            groups.append(group)
        }
        if groups.isEmpty {
            var none: [[[OpenAnswerEntry]]] = []
            groups.append(buildGroup(name: nil, tallies: Array(repeating: nil, count: pass.layouts.count),
                                     open: &none, order: order))
        }
        let counted = groups.reduce(0) { $0 + $1.respondents }
        var summary = Summary(filter: options.filter, files: files,
                              invalid: result.invalid.sorted { $0.file < $1.file },
                              duplicates: duplicates, interviews: result.distinctIDs,
                              counted: counted, warnings: result.warnings, groups: groups)
        summary.progress = result.fieldwork
        summary.grouping = options.grouping
        return summary
    }

    /// The open answers of every tally (group → layout → question), moved out
    /// of `result` so that sorting them copies nothing.
    static func takeOpenAnswers(_ result: inout PassResult) -> [[[[OpenAnswerEntry]]]] {
        var open: [[[[OpenAnswerEntry]]]] = []
        for g in result.tallies.indices {
            var layouts: [[[OpenAnswerEntry]]] = []
            for l in result.tallies[g].indices {
                var questions: [[OpenAnswerEntry]] = []
                if result.tallies[g][l] != nil {
                    for q in result.tallies[g][l]!.tallies.indices {
                        questions.append([])
                        swap(&questions[q], &result.tallies[g][l]!.tallies[q].open)
                    }
                }
                layouts.append(questions)
            }
            open.append(layouts)
        }
        return open
    }

    /// A group's gemeente or wijk in the spelling its counts show (the most frequent).
    func groupName(_ result: PassResult, _ g: Int) -> String? {
        let id: String
        switch options.grouping {
        case .gemeente?: id = MetadataID.gemeente
        case .wijk?: id = MetadataID.wijk
        default: return nil
        }
        var counts: [String: Int] = [:]
        for (l, layout) in pass.layouts.enumerated() {
            guard let i = layout.indexByID[id], let tally = result.tallies[g][l] else { continue }
            for (text, n) in tally.tallies[i].counts { counts[text, default: 0] += n }
        }
        return CountedTextSpelling.shown(counts)
    }

    func buildGroup(name: String?, tallies: [VariantTally?], open: inout [[[OpenAnswerEntry]]],
                    order: OpenAnswerOrder?) -> SummaryGroup {
        var variants: [VariantSummary] = []
        for (l, layout) in pass.layouts.enumerated() {
            if let wanted = options.filter.variant, !ResponseFilter.same(wanted, layout.questionnaire.variant) { continue }
            let tally = tallies[l] ?? VariantTally(questionCount: layout.questions.count,
                                                   crossTabCount: options.crossTabs.count)
            var none: [[OpenAnswerEntry]] = []
            variants.append(l < open.count ? variantSummary(layout, tally, &open[l], order) : variantSummary(layout, tally, &none, order))
        }
        var core: [CoreComparison] = []
        if variants.count >= 2 { core = CoreComparison.compare(variants[0], variants[1]) }
        var crossTabs: [CrossTab] = []
        for (t, request) in options.crossTabs.enumerated() {
            for (l, layout) in pass.layouts.enumerated() {
                guard variants.contains(where: { $0.questionnaireID == layout.questionnaire.id }),
                      let a = layout.indexByID[request.row], let b = layout.indexByID[request.column] else { continue }
                let tally = tallies[l]
                let rowBands = bands(layout, a), columnBands = bands(layout, b)
                var tab = CrossTab.build(
                    request: request, variant: layout.questionnaire.variant, respondents: tally?.respondents ?? 0,
                    raw: banded(tally?.crossCells[t] ?? [:], rowBands, columnBands),
                    rowBases: banded(tally?.crossRowBases[t] ?? [:], rowBands),
                    columnBases: banded(tally?.crossColumnBases[t] ?? [:], columnBands),
                    rowOrder: rowBands?.codes ?? codeOrder(layout, a), columnOrder: columnBands?.codes ?? codeOrder(layout, b))
                tab.rowsMultiple = layout.questions[a].type == .multiple
                tab.columnsMultiple = layout.questions[b].type == .multiple
                crossTabs.append(tab)
            }
        }
        return SummaryGroup(name: name, variants: variants, core: core, crossTabs: crossTabs)
    }

    /// The bands asked for question `i`, if it is a number question.
    func bands(_ layout: QuestionLayout, _ i: Int) -> NumericBands? {
        let q = layout.questions[i]
        guard q.type.isNumeric, q.type != .scale else { return nil }
        return options.bands.first { $0.questionID == q.id }
    }

    /// Cross-tab cells ("row\u{1F}column" → n) with number codes replaced by their bands.
    func banded(_ raw: [String: Int], _ rows: NumericBands?, _ columns: NumericBands?) -> [String: Int] {
        guard rows != nil || columns != nil else { return raw }
        var out: [String: Int] = [:]
        for (key, n) in raw {
            let parts = key.split(separator: "\u{1F}", maxSplits: 1, omittingEmptySubsequences: false)
            var r = String(parts[0]), c = parts.count > 1 ? String(parts[1]) : ""
            if let rows { r = rows.recode(r) }
            if let columns { c = columns.recode(c) }
            out[r + "\u{1F}" + c, default: 0] += n
        }
        return out
    }

    /// Respondents per code with number codes replaced by their bands.
    func banded(_ bases: [String: Int], _ bands: NumericBands?) -> [String: Int] {
        guard let bands else { return bases }
        return bases.reduce(into: [:]) { $0[bands.recode($1.key), default: 0] += $1.value }
    }

    /// The codes of a closed question in their natural order.
    func codeOrder(_ layout: QuestionLayout, _ i: Int) -> [String] {
        let q = layout.questions[i]
        switch q.type {
        case .yesNo: return ["true", "false"]
        case .scale:
            guard let s = q.scale, s.min <= s.max else { return [] }
            return (s.min...s.max).map(String.init)
        default:
            return layout.questionnaire.choiceList(for: q)?.choices.map(\.value) ?? []
        }
    }

    func variantSummary(_ layout: QuestionLayout, _ tally: VariantTally, _ open: inout [[OpenAnswerEntry]],
                        _ order: OpenAnswerOrder?) -> VariantSummary {
        var questions: [QuestionSummary] = []
        for (i, q) in layout.questions.enumerated() where q.type != .note {
            var entries: [OpenAnswerEntry] = []
            if i < open.count { swap(&entries, &open[i]) }
            questions.append(questionSummary(layout, i, q, tally.tallies[i].settled(layout.rules[i].countCodes),
                                             open: &entries, order))
        }
        let qn = layout.questionnaire
        return VariantSummary(variant: qn.variant, questionnaireID: qn.id, title: qn.title,
                              respondents: tally.respondents, withoutConsent: tally.withoutConsent, questions: questions)
    }

    func questionSummary(_ layout: QuestionLayout, _ i: Int, _ q: Question, _ t: QuestionTally,
                         open entries: inout [OpenAnswerEntry], _ order: OpenAnswerOrder?) -> QuestionSummary {
        let base = t.answered
        var choices: [ChoiceCount] = []
        var known: Set<String> = []
        func add(_ code: String, _ label: LocalizedText?) {
            known.insert(code)
            choices.append(ChoiceCount(code: code, label: label, count: t.counts[code] ?? 0, base: base))
        }
        switch q.type {
        case .yesNo:
            add("true", LocalizedText(nl: "Ja", en: "Yes"))
            add("false", LocalizedText(nl: "Nee", en: "No"))
        case .scale:
            if let s = q.scale, s.min <= s.max { for p in s.min...s.max { add(String(p), s.label(for: p)) } }
        case .single, .multiple:
            for c in layout.questionnaire.choiceList(for: q)?.choices ?? [] { add(c.value, c.label) }
        default: break
        }
        // Codes outside the list (values of counted texts, dates, or an older version's choices).
        let counts = layout.kinds[i] == .countedText ? CountedTextSpelling.fold(t.counts) : t.counts
        let rest = counts.filter { $0.value != 0 && !known.contains($0.key) }.sorted {
            $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key
        }
        for (code, count) in rest { choices.append(ChoiceCount(code: code, label: nil, count: count, base: base)) }

        var banded: [ChoiceCount] = []
        if let b = bands(layout, i) {
            var counts: [String: Int] = [:]
            for (value, n) in t.values where n != 0 { counts[b.code(for: value), default: 0] += n }
            banded = (b.codes + (counts[NumericBands.outside] != nil ? [NumericBands.outside] : [])).map {
                ChoiceCount(code: $0, label: nil, count: counts[$0] ?? 0, base: base)
            }
        }
        var open: OpenAnswers = []
        if let order, !entries.isEmpty {
            order.sort(&entries)
            open = OpenAnswers(pool: order.pool, questionID: q.id, entries: entries)
            entries = []
        }
        return QuestionSummary(
            id: q.id, type: q.type, label: q.label,
            sectionID: layout.questionnaire.sections[layout.sectionIndex[i]].id, isCore: q.core,
            answered: t.answered, dontKnow: t.dontKnow, refused: t.refused, unanswered: t.unanswered,
            notApplicable: t.notApplicable, choices: choices,
            meanSelected: q.type == .multiple && t.answered > 0 ? Double(t.selections) / Double(t.answered) : nil,
            statistics: q.type.isNumeric ? Statistics(histogram: t.values.filter { $0.value != 0 }).map { s in
                var s = s
                s.bounds = q.answerRange
                return s
            } : nil,
            openAnswers: open, bands: banded)
    }
}
