import WijkModel

/// Names the results screens use for variants, answer codes and special answers.
struct ResultsLabels {
    var questionnaires: [Questionnaire]
    var lang: Lang

    /// "Wijkteams", "Migrantenorg." — short enough for a column heading.
    func variantName(_ variant: String) -> String {
        switch variant {
        case "wijkteam": return lang.t("Wijkteams", "Area teams")
        case "migrantenorganisatie": return lang.t("Migrantenorg.", "Migrant orgs")
        default: return variant
        }
    }

    /// "WT", "MO" for one-line previews.
    func variantShort(_ variant: String) -> String {
        switch variant {
        case "wijkteam": return "WT"
        case "migrantenorganisatie": return "MO"
        default: return String(variant.prefix(3)).uppercased()
        }
    }

    /// The question definition (first questionnaire that has it).
    func question(_ id: String) -> Question? {
        for q in questionnaires { if let question = q.question(id) { return question } }
        return nil
    }

    /// The label of an answer code: the choice's label, the scale point's, Ja/Nee,
    /// the special categories, or the code itself.
    func label(code: String, in summary: QuestionSummary?, questionID: String) -> String {
        if let special = specialName(code) { return special }
        if let label = summary?.choice(code)?.label { return label.resolve(lang.rawValue) }
        if let question = question(questionID) {
            switch question.type {
            case .yesNo:
                if code == "true" { return lang.t("Ja", "Yes") }
                if code == "false" { return lang.t("Nee", "No") }
            case .scale:
                if let point = Int(code) {
                    let label = question.scale?.label(for: point)?.resolve(lang.rawValue)
                    return label.map { "\(point) \($0)" } ?? code
                }
            case .single, .multiple:
                for q in questionnaires where q.question(questionID) != nil {
                    if let choice = q.choiceList(for: question)?.choice(code) {
                        return choice.label.resolve(lang.rawValue)
                    }
                    if question.other?.value == code, let other = question.other {
                        return other.label.resolve(lang.rawValue)
                    }
                }
            default: break
            }
        }
        return code
    }

    /// The label of a choice row in a chart (scale points get their number).
    func rowLabel(_ choice: ChoiceCount, type: QuestionType, questionID: String) -> String {
        if type == .scale { return label(code: choice.code, in: nil, questionID: questionID) }
        if type == .yesNo { return label(code: choice.code, in: nil, questionID: questionID) }
        return choice.label?.resolve(lang.rawValue) ?? label(code: choice.code, in: nil, questionID: questionID)
    }

    /// Names of the categories that are not an answer.
    func specialName(_ code: String) -> String? {
        switch code {
        case SpecialCode.dontKnow: return lang.t("Weet niet", "Don't know")
        case SpecialCode.refused: return lang.t("Wil niet zeggen", "Refused")
        case SpecialCode.unanswered: return lang.t("Niet beantwoord", "Unanswered")
        case SpecialCode.notApplicable: return lang.t("N.v.t.", "N/A")
        default: return nil
        }
    }

    /// An answer as text, for the interview view.
    func answer(_ value: AnswerValue, questionID: String) -> String {
        switch value {
        case .dontKnow: return specialName(SpecialCode.dontKnow)!
        case .refused: return specialName(SpecialCode.refused)!
        case .bool(let b): return label(code: b ? "true" : "false", in: nil, questionID: questionID)
        case .number(let d):
            if question(questionID)?.type == .scale { return label(code: NumberFormat.code(d), in: nil, questionID: questionID) }
            return NumberFormat.value(d, lang: lang)
        case .choices(let codes): return codes.map { label(code: $0, in: nil, questionID: questionID) }.joined(separator: "; ")
        case .text(let s):
            if let q = question(questionID), q.type == .single { return label(code: s, in: nil, questionID: questionID) }
            return s
        }
    }

    /// The type in words, for the question view's heading.
    func typeName(_ type: QuestionType) -> String {
        switch type {
        case .single: return lang.t("enkele keuze", "single choice")
        case .multiple: return lang.t("meerkeuze", "multiple choice")
        case .scale: return lang.t("schaal", "scale")
        case .integer: return lang.t("geheel getal", "integer")
        case .decimal: return lang.t("getal", "number")
        case .text, .longText: return lang.t("open vraag", "open question")
        case .date: return lang.t("datum", "date")
        case .yesNo: return lang.t("ja/nee", "yes/no")
        case .note: return lang.t("toelichting", "note")
        }
    }
}
