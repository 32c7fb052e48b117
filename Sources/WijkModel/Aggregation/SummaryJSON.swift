/// The JSON form of a summary, documented in docs/summary-format.md.
/// Keys are in a fixed order so output is stable and diffable.
public enum SummaryJSON {
    public static let format = "wijk-summary"
    public static let formatVersion = 1

    /// The whole summary as one value (convenient for small data and tests).
    public static func encode(_ summary: Summary, lang: Lang = .nl, extra: JSONObject = JSONObject()) -> JSONValue {
        var top = header(summary, lang: lang)
        top["groups"] = .array(summary.groups.map { group($0, lang, grouping: summary.grouping) })
        for (k, v) in extra.entries { top[k] = v }
        return .object(top)
    }

    /// - Parameter invalid: with the invalid files; without, `invalid` is an empty
    ///   placeholder (the stream writes them one at a time).
    static func header(_ summary: Summary, invalid: Bool = true, lang: Lang = .nl) -> JSONObject {
        var top = JSONObject()
        top["format"] = .string(format)
        top["formatVersion"] = .number(Double(formatVersion))
        top["filter"] = filter(summary.filter)
        top["files"] = .number(Double(summary.files))
        top["interviews"] = .number(Double(summary.interviews))
        top["counted"] = .number(Double(summary.counted))
        top["warnings"] = .number(Double(summary.warnings))
        top["invalid"] = .array(invalid ? summary.invalid.map(invalidFile) : [])
        top["duplicates"] = .array(summary.duplicates.filter { !$0.isConflict }.map(duplicate))
        top["conflicts"] = .array(summary.conflicts.map(duplicate))
        top["progress"] = progress(summary.progress)
        top["groupBy"] = summary.grouping.map { .string($0.rawValue) } ?? .null
        if summary.grouping != nil {
            top["groupTables"] = .array(GroupTable.tables(summary).map { groupTable($0, lang) })
        }
        return top
    }

    static func invalidFile(_ report: FileReport) -> JSONValue {
        .object(JSONObject([
            ("file", .string(report.file)),
            ("problems", .array(report.problems.map { p in
                .object(JSONObject([("path", .string(p.path)), ("message", .string(p.message)),
                                    ("severity", .string(p.severity.rawValue))]))
            })),
        ]))
    }

    static func number(_ d: Double?) -> JSONValue { d.map { .number($0) } ?? .null }
    static func int(_ n: Int) -> JSONValue { .number(Double(n)) }

    static func filter(_ f: ResponseFilter) -> JSONValue {
        var o = JSONObject()
        func put(_ key: String, _ value: String?) { if let value { o[key] = .string(value) } }
        put("variant", f.variant); put("gemeente", f.gemeente); put("wijk", f.wijk)
        put("interviewer", f.interviewer); put("from", f.from); put("to", f.to)
        put("status", f.status?.rawValue)
        o["includeDrafts"] = .bool(f.includeDrafts)
        return .object(o)
    }

    static func duplicate(_ d: DuplicateSet) -> JSONValue {
        .object(JSONObject([("id", .string(d.id)), ("kept", .string(d.kept)),
                            ("others", .array(d.others.map(JSONValue.string))),
                            ("conflicting", .array(d.conflicting.map(JSONValue.string)))]))
    }

    static func groupHeader(_ g: SummaryGroup, grouping: SummaryGrouping? = nil) -> JSONObject {
        var o = JSONObject()
        // "gemeente" names a gemeente only: grouped by wijk or interviewer it is null and "group" names the group.
        o["gemeente"] = grouping == .gemeente ? g.name.map(JSONValue.string) ?? .null : .null
        o["group"] = g.name.map(JSONValue.string) ?? .null
        o["respondents"] = int(g.respondents)
        o["variants"] = .object(JSONObject(g.variants.map { ($0.variant, int($0.respondents)) }))
        o["withoutConsent"] = .object(JSONObject(g.variants.map { ($0.variant, int($0.withoutConsent)) }))
        return o
    }

    static func group(_ g: SummaryGroup, _ lang: Lang, grouping: SummaryGrouping? = nil) -> JSONValue {
        var o = groupHeader(g, grouping: grouping)
        var questions: [(key: String, value: JSONValue)] = []
        forEachQuestion(g, lang, answers: true) { id, value, _ in questions.append((id, value)) }
        o["questions"] = .object(JSONObject(questions))
        o["core"] = .array(g.core.map(comparison))
        o["crossTabs"] = .array(g.crossTabs.map(crossTab))
        return .object(o)
    }

    /// Per question id, per variant: the form other tools read.
    /// Without `answers`, open answers are left out of the value and handed over
    /// per variant instead (for streaming).
    static func forEachQuestion(_ g: SummaryGroup, _ lang: Lang, answers: Bool,
                                _ body: (String, JSONValue, [String: OpenAnswers]) -> Void) {
        var order: [String] = []
        for v in g.variants { for q in v.questions where !order.contains(q.id) { order.append(q.id) } }
        for id in order {
            var perVariant = JSONObject()
            var open: [String: OpenAnswers] = [:]
            var label: LocalizedText?, type: QuestionType?, core = false
            for v in g.variants {
                guard let q = v.question(id) else { continue }
                label = label ?? q.label; type = type ?? q.type; core = core || q.isCore
                perVariant[v.variant] = question(q, answers: answers)
                if !answers && (q.type.isOpenText || !q.openAnswers.isEmpty) { open[v.variant] = q.openAnswers }
            }
            body(id, .object(JSONObject([
                ("type", .string(type?.rawValue ?? "")), ("label", .string(label?.resolve(lang.rawValue) ?? "")),
                ("core", .bool(core)), ("variants", .object(perVariant)),
            ])), open)
        }
    }

    static func question(_ q: QuestionSummary, answers: Bool = true) -> JSONValue {
        var o = JSONObject()
        o["n"] = int(q.answered)
        o["relevant"] = int(q.relevantBase)
        o["special"] = .object(JSONObject([
            ("dontKnow", int(q.dontKnow)), ("refused", int(q.refused)),
            ("unanswered", int(q.unanswered)), ("notApplicable", int(q.notApplicable)),
        ]))
        if q.type.isClosed || q.type == .date || !q.choices.isEmpty {
            // Appended, not assigned by key: counted texts can have thousands of codes.
            o["counts"] = .object(JSONObject(q.choices.map { ($0.code, int($0.count)) }))
            o["percent"] = .object(JSONObject(q.choices.map { ($0.code, number($0.percent)) }))
            o["percentBase"] = int(q.answered)
            // Closed questions only: counted texts and dates can have a value per interview.
            if q.type.isClosed { o["percentInterval"] = percentIntervals(q.choices) }
        }
        if !q.bands.isEmpty { o["bands"] = bands(q.bands) }
        // Documented keys stay when nothing can be computed (no one answered): null.
        if q.type == .multiple { o["meanSelected"] = number(q.meanSelected) }
        if q.type.isNumeric { o["statistics"] = q.statistics.map(statistics) ?? .null }
        if answers && (q.type.isOpenText || !q.openAnswers.isEmpty) {
            o["answers"] = .array(q.openAnswers.map(openAnswer))
        }
        return .object(o)
    }

    static func openAnswer(_ a: OpenAnswer) -> JSONValue {
        .object(JSONObject([
            ("text", .string(a.text)), ("organisation", .string(a.organisation)),
            ("gemeente", .string(a.gemeente)), ("responseId", .string(a.responseID)),
            ("other", .bool(a.isOther)),
        ]))
    }

    static func statistics(_ s: Statistics) -> JSONValue {
        .object(JSONObject([
            ("n", int(s.n)), ("mean", .number(s.mean)), ("median", .number(s.median)),
            ("sd", number(s.sd)), ("min", .number(s.min)), ("max", .number(s.max)),
            ("q1", .number(s.q1)), ("q3", .number(s.q3)), ("meanInterval", interval(s.meanInterval)),
        ]))
    }

    static func comparison(_ c: CoreComparison) -> JSONValue {
        var o = JSONObject()
        o["question"] = .string(c.questionID)
        o["variants"] = .array([.string(c.firstVariant), .string(c.secondVariant)])
        o["n"] = .array([int(c.first.answered), int(c.second.answered)])
        o["rows"] = .array(c.rows.map { r in
            .object(JSONObject([
                ("code", .string(r.code)),
                ("counts", .array([int(r.first?.count ?? 0), int(r.second?.count ?? 0)])),
                ("percent", .array([number(r.first?.percent), number(r.second?.percent)])),
                ("differencePoints", number(r.differencePoints)),
            ]))
        })
        if c.first.type.isNumeric || c.second.type.isNumeric {
            o["means"] = .array([number(c.first.statistics?.mean), number(c.second.statistics?.mean)])
            o["meanDifference"] = number(c.meanDifference)
        }
        addDifference(c, to: &o)
        return .object(o)
    }

    static func crossTab(_ t: CrossTab) -> JSONValue {
        let cells = JSONObject(t.rowCodes.map { r in
            (r, JSONValue.object(JSONObject(t.columnCodes.map { c in (c, int(t.count(r, c))) })))
        })
        var o = JSONObject([
            ("row", .string(t.request.row)), ("column", .string(t.request.column)),
            ("variant", .string(t.variant)), ("respondents", int(t.respondents)),
            ("rows", .array(t.rowCodes.map(JSONValue.string))),
            ("columns", .array(t.columnCodes.map(JSONValue.string))),
            ("cells", .object(cells)),
        ])
        addCrossTabStatistics(t, to: &o)
        return .object(o)
    }
}
