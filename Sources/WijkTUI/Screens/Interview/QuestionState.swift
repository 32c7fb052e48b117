import WijkModel

/// A question's state as the overview shows it.
public enum QuestionState: Sendable, Hashable {
    case answered, open, problem, skipped, note

    /// The state of question `id` in the interview now.
    static func of(_ question: Question, in engine: InterviewEngine, lang: Lang) -> QuestionState {
        guard engine.isRelevant(question.id) else { return .skipped }
        if question.type == .note { return .note }
        let hasAnswer = engine.answer(question.id).map { !$0.isEmpty } ?? false
        guard hasAnswer else { return .open }
        // Only an answered question's checks decide its mark; the overview asks for every row.
        return engine.problems(for: question.id, lang: lang).isEmpty ? .answered : .problem
    }

    var marker: String {
        switch self {
        case .answered: return "✓"
        case .open: return "○"
        case .problem: return "!"
        case .skipped: return "–"
        case .note: return "i"
        }
    }

    var style: Style {
        switch self {
        case .answered: return .success
        case .open, .note: return .normal
        case .problem: return .error
        case .skipped: return .muted
        }
    }

    func name(_ lang: Lang) -> String {
        switch self {
        case .answered: return lang.t("beantwoord", "answered")
        case .open: return lang.t("open", "open")
        case .problem: return lang.t("probleem", "problem")
        case .skipped: return lang.t("overgeslagen", "skipped")
        case .note: return lang.t("toelichting", "note")
        }
    }
}
