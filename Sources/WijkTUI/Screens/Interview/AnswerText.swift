import WijkModel

/// Answers as readable text for the review: choice labels, "Ja", "Weet niet", 2,5.
enum AnswerText {
    static func of(_ value: AnswerValue?, question: Question, engine: InterviewEngine, lang: Lang) -> String {
        guard let value, !value.isEmpty else { return lang.t("(geen antwoord)", "(no answer)") }
        let other = engine.otherText(for: question.id)
        func label(_ code: String) -> String {
            if let spec = question.other, spec.value == code {
                return spec.label.resolve(lang.rawValue) + " " + (other ?? "")
            }
            return engine.questionnaire.choiceList(for: question)?.choice(code)?.label.resolve(lang.rawValue) ?? code
        }
        switch value {
        case .dontKnow: return lang.t("Weet niet", "Don't know")
        case .refused: return lang.t("Wil niet zeggen", "Refused")
        case .bool(let b): return b ? lang.t("Ja", "Yes") : lang.t("Nee", "No")
        case .number(let n):
            let text = FieldParsing.format(n, lang: lang)
            if question.type == .scale, let whole = Int(exactly: n), let point = question.scale?.label(for: whole) {
                return text + " – " + point.resolve(lang.rawValue)
            }
            return text
        case .choices(let codes): return codes.map(label).joined(separator: "; ")
        case .text(let text):
            if question.type == .single { return label(text) }
            return text.split(separator: "\n", omittingEmptySubsequences: true).joined(separator: " ⏎ ")
        }
    }
}
