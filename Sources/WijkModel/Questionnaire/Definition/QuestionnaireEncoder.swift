/// Writes a questionnaire in the definition format, so a bundled questionnaire
/// can be exported as the starting point for a researcher's own file.
public enum QuestionnaireEncoder {
    public static func encode(_ q: Questionnaire) -> JSONValue {
        var settings = JSONObject()
        settings["id"] = .string(q.id)
        settings["version"] = .string(q.version)
        settings["variant"] = .string(q.variant)
        settings["title"] = text(q.title, q.languages)
        settings["languages"] = .array(q.languages.map { .string($0) })

        var lists = JSONObject()
        for name in q.choiceLists.keys.sorted() {
            lists[name] = .array(q.choiceLists[name]!.choices.map { choice in
                .object(JSONObject([("value", .string(choice.value)), ("label", text(choice.label, q.languages))]))
            })
        }

        let sections: [JSONValue] = q.sections.map { section in
            var o = JSONObject()
            o["id"] = .string(section.id)
            o["title"] = text(section.title, q.languages)
            if let intro = section.intro { o["intro"] = text(intro, q.languages) }
            if let relevant = section.relevant { o["relevant"] = .string(relevant.source) }
            o["questions"] = .array(section.questions.map { question($0, q.languages) })
            return .object(o)
        }
        return .object(JSONObject([("settings", .object(settings)), ("choiceLists", .object(lists)),
                                   ("sections", .array(sections))]))
    }

    static func question(_ q: Question, _ languages: [String]) -> JSONValue {
        var o = JSONObject()
        o["id"] = .string(q.id)
        o["type"] = .string(q.type.rawValue)
        if q.core { o["core"] = .bool(true) }
        if q.interviewerOnly { o["interviewerOnly"] = .bool(true) }
        o["label"] = text(q.label, languages)
        if let hint = q.hint { o["hint"] = text(hint, languages) }
        if let choices = q.choices { o["choices"] = .string(choices) }
        if let max = q.maxSelections { o["maxSelections"] = .number(Double(max)) }
        if let other = q.other {
            o["other"] = .object(JSONObject([("value", .string(other.value)), ("label", text(other.label, languages))]))
        }
        if let scale = q.scale {
            var s = JSONObject()
            s["min"] = .number(Double(scale.min))
            s["max"] = .number(Double(scale.max))
            s["minLabel"] = text(scale.minLabel, languages)
            s["maxLabel"] = text(scale.maxLabel, languages)
            if !scale.pointLabels.isEmpty {
                s["labels"] = .object(JSONObject(scale.pointLabels.keys.sorted().map {
                    (String($0), text(scale.pointLabels[$0]!, languages))
                }))
            }
            o["scale"] = .object(s)
        }
        if let min = q.min { o["min"] = .number(min) }
        if let max = q.max { o["max"] = .number(max) }
        if let maxLength = q.maxLength { o["maxLength"] = .number(Double(maxLength)) }
        switch q.required {
        case .always(true): o["required"] = .bool(true)
        case .always(false): break
        case .when(let e): o["required"] = .string(e.source)
        }
        if let m = q.requiredMessage { o["requiredMessage"] = text(m, languages) }
        if let r = q.relevant { o["relevant"] = .string(r.source) }
        if let c = q.constraint {
            o["constraint"] = .string(c.source)
            if let m = q.constraintMessage { o["constraintMessage"] = text(m, languages) }
            if q.constraintSeverity == .soft { o["constraintSeverity"] = .string("soft") }
        }
        if q.allowDontKnow { o["allowDontKnow"] = .bool(true) }
        if q.allowRefused { o["allowRefused"] = .bool(true) }
        return .object(o)
    }

    /// Languages in the questionnaire's order first, then any extra ones sorted.
    static func text(_ t: LocalizedText, _ languages: [String]) -> JSONValue {
        let extra = t.values.keys.filter { !languages.contains($0) }.sorted()
        return .object(JSONObject((languages + extra).compactMap { l in t[l].map { (l, .string($0)) } }))
    }
}
