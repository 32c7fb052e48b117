/// Reads a questionnaire definition (see docs/questionnaire-format.md) from a
/// JSON tree, reporting every structural problem with its JSON path.
/// Cross-references (ids, lists, cycles, ranges) are checked by `QuestionnaireLinter`.
public enum QuestionnaireDecoder {
    static let topKeys: Set<String> = ["settings", "choiceLists", "sections"]
    static let settingsKeys: Set<String> = ["id", "version", "title", "languages", "variant"]
    static let sectionKeys: Set<String> = ["id", "title", "intro", "relevant", "questions"]
    static let questionKeys: Set<String> = [
        "id", "type", "label", "hint", "choices", "maxSelections", "scale", "min", "max",
        "maxLength", "required", "requiredMessage", "relevant", "constraint",
        "constraintMessage", "constraintSeverity", "allowDontKnow", "allowRefused", "other", "core", "interviewerOnly",
    ]
    static let scaleKeys: Set<String> = ["min", "max", "minLabel", "maxLabel", "labels"]

    /// Decodes and lints. The questionnaire is nil only when the structure is
    /// too broken to build one; problems may be non-empty either way.
    public static func decode(_ json: JSONValue, lang: Lang = .nl) -> (questionnaire: Questionnaire?, problems: [Problem]) {
        var c = DecodingCursor(lang: lang)
        guard let root = c.object(json, "$") else { return (nil, c.problems) }
        c.checkKeys(root, "$", allowed: topKeys)

        let settings = c.object(root["settings"], "$.settings") ?? JSONObject()
        c.checkKeys(settings, "$.settings", allowed: settingsKeys)
        let id = c.string(settings["id"], "$.settings.id") ?? ""
        let version = c.string(settings["version"], "$.settings.version") ?? ""
        let variant = c.string(settings["variant"], "$.settings.variant") ?? ""
        var languages = ["nl"]
        if let list = c.array(settings["languages"], "$.settings.languages", required: false) {
            languages = list.enumerated().compactMap { i, v in c.string(v, "$.settings.languages[\(i)]") }
            if languages.isEmpty {
                c.report("$.settings.languages", "noem minstens één taal", "name at least one language")
                languages = ["nl"]
            }
        }
        let title = c.text(settings["title"], "$.settings.title", languages: languages) ?? LocalizedText([:])

        var lists: [String: ChoiceList] = [:]
        if let listsObject = c.object(root["choiceLists"], "$.choiceLists", required: false) {
            for (name, value) in listsObject.entries {
                let path = "$.choiceLists.\(name)"
                guard let items = c.array(value, path) else { continue }
                var choices: [Choice] = []
                for (i, item) in items.enumerated() {
                    if let choice = decodeChoice(item, "\(path)[\(i)]", languages, &c) { choices.append(choice) }
                }
                lists[name] = ChoiceList(name: name, choices: choices)
            }
        }

        var sections: [Section] = []
        if let items = c.array(root["sections"], "$.sections") {
            for (i, item) in items.enumerated() {
                if let section = decodeSection(item, "$.sections[\(i)]", languages, &c) { sections.append(section) }
            }
        }

        let questionnaire = Questionnaire(id: id, version: version, title: title, languages: languages,
                                          variant: variant, choiceLists: lists, sections: sections)
        var problems = c.problems
        problems += QuestionnaireLinter.lint(questionnaire, lang: lang)
        return (questionnaire, problems)
    }

    private static func decodeChoice(_ value: JSONValue, _ path: String, _ languages: [String],
                                     _ c: inout DecodingCursor) -> Choice? {
        guard let o = c.object(value, path) else { return nil }
        c.checkKeys(o, path, allowed: ["value", "label"])
        let code: String?
        switch o["value"] {
        // A number code is accepted and kept as its text, as in XLSForm sheets.
        // Whole numbers beyond ±10^15 (1e19, 1e300) are refused: they would not survive as codes.
        case .number(let n)? where n.rounded() == n:
            if abs(n) < 1e15, let whole = Int(exactly: n) { code = String(whole) } else {
                c.report("\(path).value", "getal buiten bereik (\(n)); schrijf de code als tekst",
                         "number out of range (\(n)); write the code as a string")
                code = nil
            }
        case .number(let n)?: code = String(n)
        default: code = c.string(o["value"], "\(path).value")
        }
        guard let code else { return nil }
        let label = c.text(o["label"], "\(path).label", languages: languages) ?? LocalizedText([:])
        return Choice(value: code, label: label)
    }

    private static func decodeSection(_ value: JSONValue, _ path: String, _ languages: [String],
                                      _ c: inout DecodingCursor) -> Section? {
        guard let o = c.object(value, path) else { return nil }
        c.checkKeys(o, path, allowed: sectionKeys)
        let id = c.string(o["id"], "\(path).id") ?? ""
        let title = c.text(o["title"], "\(path).title", languages: languages) ?? LocalizedText([:])
        let intro = c.text(o["intro"], "\(path).intro", languages: languages, required: false)
        let relevant = c.expression(o["relevant"], "\(path).relevant")
        var questions: [Question] = []
        for (i, item) in (c.array(o["questions"], "\(path).questions") ?? []).enumerated() {
            if let q = decodeQuestion(item, "\(path).questions[\(i)]", languages, &c) { questions.append(q) }
        }
        return Section(id: id, title: title, intro: intro, relevant: relevant, questions: questions)
    }

    private static func decodeQuestion(_ value: JSONValue, _ path: String, _ languages: [String],
                                       _ c: inout DecodingCursor) -> Question? {
        guard let o = c.object(value, path) else { return nil }
        c.checkKeys(o, path, allowed: questionKeys)
        let id = c.string(o["id"], "\(path).id") ?? ""
        // The label is read before the type so a bad type does not hide label problems.
        let label = c.text(o["label"], "\(path).label", languages: languages) ?? LocalizedText([:])
        guard let typeName = c.string(o["type"], "\(path).type") else { return nil }
        guard let type = QuestionType(rawValue: typeName) else {
            let known = QuestionType.allCases.map(\.rawValue).joined(separator: ", ")
            c.report("\(path).type", "onbekend type '\(typeName)' (bekend: \(known))",
                     "unknown type '\(typeName)' (known: \(known))")
            return nil
        }
        var q = Question(id: id, type: type, label: label)
        q.hint = c.text(o["hint"], "\(path).hint", languages: languages, required: false)
        q.choices = c.string(o["choices"], "\(path).choices", required: false)
        q.maxSelections = c.integer(o["maxSelections"], "\(path).maxSelections")
        q.min = c.number(o["min"], "\(path).min")
        q.max = c.number(o["max"], "\(path).max")
        q.maxLength = c.integer(o["maxLength"], "\(path).maxLength")
        switch o["required"] {
        case .bool(let b)?: q.required = .always(b)
        case .string?: q.required = c.expression(o["required"], "\(path).required").map { .when($0) } ?? .always(false)
        case nil, .null?: q.required = .always(false)
        default: c.report("\(path).required", "moet true, false of een expressie zijn",
                          "must be true, false or an expression")
        }
        q.requiredMessage = c.text(o["requiredMessage"], "\(path).requiredMessage", languages: languages, required: false)
        q.relevant = c.expression(o["relevant"], "\(path).relevant")
        q.constraint = c.expression(o["constraint"], "\(path).constraint")
        q.constraintMessage = c.text(o["constraintMessage"], "\(path).constraintMessage",
                                     languages: languages, required: false)
        if let severity = c.string(o["constraintSeverity"], "\(path).constraintSeverity", required: false) {
            if let s = Severity(rawValue: severity) { q.constraintSeverity = s } else {
                c.report("\(path).constraintSeverity", "moet 'hard' of 'soft' zijn", "must be 'hard' or 'soft'")
            }
        }
        q.allowDontKnow = c.bool(o["allowDontKnow"], "\(path).allowDontKnow") ?? false
        q.allowRefused = c.bool(o["allowRefused"], "\(path).allowRefused") ?? false
        q.core = c.bool(o["core"], "\(path).core") ?? false
        q.interviewerOnly = c.bool(o["interviewerOnly"], "\(path).interviewerOnly") ?? false
        if let other = c.object(o["other"], "\(path).other", required: false) {
            c.checkKeys(other, "\(path).other", allowed: ["value", "label"])
            if let value = c.string(other["value"], "\(path).other.value") {
                let label = c.text(other["label"], "\(path).other.label", languages: languages) ?? LocalizedText([:])
                q.other = OtherSpec(value: value, label: label)
            }
        }
        if let scale = c.object(o["scale"], "\(path).scale", required: false) {
            q.scale = decodeScale(scale, "\(path).scale", languages, &c)
        } else if type == .scale {
            c.report("\(path).scale", "een schaalvraag heeft een 'scale' nodig", "a scale question needs a 'scale'")
        }
        return q
    }

    private static func decodeScale(_ o: JSONObject, _ path: String, _ languages: [String],
                                    _ c: inout DecodingCursor) -> ScaleSpec? {
        c.checkKeys(o, path, allowed: scaleKeys)
        guard let min = c.integer(o["min"], "\(path).min"), let max = c.integer(o["max"], "\(path).max") else {
            c.report(path, "min en max zijn verplicht", "min and max are required")
            return nil
        }
        let minLabel = c.text(o["minLabel"], "\(path).minLabel", languages: languages) ?? LocalizedText([:])
        let maxLabel = c.text(o["maxLabel"], "\(path).maxLabel", languages: languages) ?? LocalizedText([:])
        var points: [Int: LocalizedText] = [:]
        if let labels = c.object(o["labels"], "\(path).labels", required: false) {
            for (key, value) in labels.entries {
                guard let point = Int(key) else {
                    c.report("\(path).labels.\(key)", "sleutel moet een schaalpunt (geheel getal) zijn",
                             "key must be a scale point (whole number)")
                    continue
                }
                if point < min || point > max {
                    c.report("\(path).labels.\(key)", "schaalpunt valt buiten \(min)..\(max)",
                             "scale point is outside \(min)..\(max)")
                }
                points[point] = c.text(value, "\(path).labels.\(key)", languages: languages)
            }
        }
        return ScaleSpec(min: min, max: max, minLabel: minLabel, maxLabel: maxLabel, pointLabels: points)
    }
}
