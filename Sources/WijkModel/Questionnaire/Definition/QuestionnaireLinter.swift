/// Checks the cross-references of a questionnaire: duplicate ids, unknown choice
/// lists and question references, relevance cycles and impossible ranges.
/// Works on the model, so bundled questionnaires are checked the same way as files.
public enum QuestionnaireLinter {
    public static func lint(_ q: Questionnaire, lang: Lang = .nl) -> [Problem] {
        var problems: [Problem] = []
        func report(_ path: String, _ nl: String, _ en: String, _ severity: Severity = .hard) {
            problems.append(Problem(path: path, message: lang.t(nl, en), severity: severity))
        }

        if q.sections.isEmpty { report("$.sections", "geen secties", "no sections") }
        var sectionIDs: Set<String> = []
        var questionPaths: [String: String] = [:]
        for (s, section) in q.sections.enumerated() {
            if !section.id.isEmpty, !sectionIDs.insert(section.id).inserted {
                report("$.sections[\(s)].id", "dubbele sectie-id '\(section.id)'", "duplicate section id '\(section.id)'")
            }
            for (i, question) in section.questions.enumerated() {
                let path = "$.sections[\(s)].questions[\(i)]"
                if !isValidID(question.id) {
                    report("\(path).id", "ongeldige id '\(question.id)': gebruik letters, cijfers en _",
                           "invalid id '\(question.id)': use letters, digits and _")
                } else if let first = questionPaths[question.id] {
                    report("\(path).id", "dubbele vraag-id '\(question.id)' (ook in \(first))",
                           "duplicate question id '\(question.id)' (also at \(first))")
                } else {
                    questionPaths[question.id] = path
                }
            }
        }

        for (name, list) in q.choiceLists {
            var seen: Set<String> = []
            if list.choices.isEmpty { report("$.choiceLists.\(name)", "lege keuzelijst", "empty choice list") }
            for (i, choice) in list.choices.enumerated() where !seen.insert(choice.value).inserted {
                report("$.choiceLists.\(name)[\(i)].value", "dubbele code '\(choice.value)'",
                       "duplicate code '\(choice.value)'")
            }
        }

        for (s, section) in q.sections.enumerated() {
            if let relevant = section.relevant {
                checkReferences(relevant, "$.sections[\(s)].relevant", questionPaths, lang, &problems)
                if relevant.usesCurrent {
                    report("$.sections[\(s)].relevant", "'.' heeft geen betekenis in een sectie",
                           "'.' has no meaning in a section")
                }
            }
            for (i, question) in section.questions.enumerated() {
                lintQuestion(question, path: "$.sections[\(s)].questions[\(i)]", in: q,
                             questionPaths: questionPaths, lang: lang, problems: &problems)
            }
        }
        problems += cycles(in: q, questionPaths: questionPaths, lang: lang)
        problems += textProblems(q, lang: lang)
        return problems
    }

    static func isValidID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, first.isASCIILetter || first == "_" else { return false }
        return id.unicodeScalars.allSatisfy { $0.isASCIILetter || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" }
    }

    private static func checkReferences(_ expression: Expression, _ path: String, _ known: [String: String],
                                        _ lang: Lang, _ problems: inout [Problem]) {
        for id in expression.references.sorted() where known[id] == nil {
            problems.append(Problem(path: path, message: lang.t(
                "verwijst naar onbekende vraag '${\(id)}'", "refers to unknown question '${\(id)}'")))
        }
    }

    private static func lintQuestion(_ question: Question, path: String, in q: Questionnaire,
                                     questionPaths: [String: String], lang: Lang, problems: inout [Problem]) {
        func report(_ p: String, _ nl: String, _ en: String) {
            problems.append(Problem(path: p, message: lang.t(nl, en)))
        }
        for (key, expression) in [("relevant", question.relevant), ("constraint", question.constraint)] {
            if let expression { checkReferences(expression, "\(path).\(key)", questionPaths, lang, &problems) }
        }
        if case .when(let expression) = question.required {
            checkReferences(expression, "\(path).required", questionPaths, lang, &problems)
        }
        if question.relevant?.usesCurrent == true {
            report("\(path).relevant", "'.' kan niet in relevant: de vraag heeft dan nog geen antwoord",
                   "'.' cannot be used in relevant: the question has no answer yet")
        }
        if question.relevant?.references.contains(question.id) == true {
            report("\(path).relevant", "vraag hangt van zichzelf af", "question depends on itself")
        }

        if question.type.usesChoices {
            if let name = question.choices {
                if let list = q.choiceLists[name] {
                    if let other = question.other, list.choice(other.value) == nil {
                        report("\(path).other.value", "code '\(other.value)' staat niet in lijst '\(name)'",
                               "code '\(other.value)' is not in list '\(name)'")
                    }
                    if let max = question.maxSelections, max > list.choices.count {
                        report("\(path).maxSelections", "maximum \(max) is groter dan het aantal keuzes (\(list.choices.count))",
                               "maximum \(max) exceeds the number of choices (\(list.choices.count))")
                    }
                } else {
                    report("\(path).choices", "onbekende keuzelijst '\(name)'", "unknown choice list '\(name)'")
                }
            } else {
                report("\(path).choices", "keuzelijst ontbreekt", "choice list is missing")
            }
        } else if question.choices != nil {
            report("\(path).choices", "alleen single en multiple hebben keuzes", "only single and multiple have choices")
        }
        if let max = question.maxSelections {
            if question.type != .multiple {
                report("\(path).maxSelections", "alleen voor multiple", "only for multiple")
            } else if max < 1 {
                report("\(path).maxSelections", "moet minstens 1 zijn", "must be at least 1")
            }
        }
        if question.other != nil && !question.type.usesChoices {
            report("\(path).other", "alleen single en multiple hebben 'anders, namelijk'",
                   "only single and multiple have 'other, namely'")
        }
        if let scale = question.scale {
            if question.type != .scale {
                report("\(path).scale", "alleen een schaalvraag heeft 'scale'", "only a scale question has 'scale'")
            } else if scale.min >= scale.max {
                report("\(path).scale", "onmogelijk bereik \(scale.min)..\(scale.max)",
                       "impossible range \(scale.min)..\(scale.max)")
            } else if scale.max - scale.min > 20 {
                report("\(path).scale", "schaal met meer dan 21 punten", "scale with more than 21 points")
            }
        }
        if question.min != nil || question.max != nil {
            if question.type != .integer && question.type != .decimal {
                report("\(path).min", "min/max alleen voor integer en decimal", "min/max only for integer and decimal")
            }
            if let min = question.min, let max = question.max, min > max {
                report("\(path).min", "onmogelijk bereik: min \(min.shortDescription) > max \(max.shortDescription)",
                       "impossible range: min \(min.shortDescription) > max \(max.shortDescription)")
            }
            if question.type == .integer, let min = question.min, let max = question.max,
               min <= max, min.rounded(.up) > max.rounded(.down) {
                report("\(path).min", "geen geheel getal tussen min en max", "no whole number between min and max")
            }
        }
        if let maxLength = question.maxLength {
            if !question.type.isOpenText {
                report("\(path).maxLength", "alleen voor text en longText", "only for text and longText")
            } else if maxLength < 1 {
                report("\(path).maxLength", "moet minstens 1 zijn", "must be at least 1")
            }
        }
        if question.type == .note {
            if question.required != .always(false) {
                report("\(path).required", "een notitie kan niet verplicht zijn", "a note cannot be required")
            }
            if question.constraint != nil || question.allowDontKnow || question.allowRefused {
                report("\(path)", "een notitie heeft geen antwoord, dus geen controle of weet-niet",
                       "a note has no answer, so no constraint or don't know")
            }
        }
    }

    /// Relevance must not depend on itself through other questions: a question is
    /// visible only if its own and its section's `relevant` hold.
    private static func cycles(in q: Questionnaire, questionPaths: [String: String], lang: Lang) -> [Problem] {
        var edges: [String: [String]] = [:]
        for section in q.sections {
            for question in section.questions {
                // A question's own self-reference is reported on its own; a section
                // that depends on one of its questions is a real cycle.
                var refs = (question.relevant?.references ?? []).filter { $0 != question.id }
                refs.formUnion(section.relevant?.references ?? [])
                edges[question.id] = refs.filter { questionPaths[$0] != nil }.sorted()
            }
        }
        // Iterative DFS with colours; each cycle is reported once, at its first question.
        var state: [String: Int] = [:] // 1 = on stack, 2 = done
        var problems: [Problem] = []
        for start in q.questions.map(\.id) where state[start] == nil {
            var stack: [(id: String, next: Int)] = [(start, 0)]
            state[start] = 1
            while let top = stack.last {
                let neighbours = edges[top.id] ?? []
                if top.next < neighbours.count {
                    stack[stack.count - 1].next += 1
                    let n = neighbours[top.next]
                    if state[n] == 1 {
                        let ids = stack.map(\.id)
                        let loop = ids[(ids.firstIndex(of: n) ?? 0)...] + [n]
                        let text = loop.joined(separator: " → ")
                        problems.append(Problem(path: "\(questionPaths[n] ?? "$").relevant", message: lang.t(
                            "kringverwijzing in relevant: \(text)", "cycle in relevant: \(text)")))
                    } else if state[n] == nil {
                        state[n] = 1
                        stack.append((n, 0))
                    }
                } else {
                    state[top.id] = 2
                    stack.removeLast()
                }
            }
        }
        return problems
    }
}

extension Unicode.Scalar {
    var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}

extension Double {
    /// "3" for 3.0, "2.5" for 2.5: how numbers read in messages and files.
    public var shortDescription: String {
        if rounded() == self, abs(self) < 1e15 { return String(Int(self)) }
        return String(self)
    }
}
