/// Why a question's cell holds no answer, written as a negative code in every
/// column of the question (CSV, SPSS, R): the codebook explains them, SPSS
/// declares them as MISSING VALUES and the R script turns them into `NA`.
/// Fixed numbers, so scripts written against one export keep working.
public enum ExportCode: Int, CaseIterable, Sendable {
    /// The question applied but has no answer (an optional question skipped, a draft).
    case unanswered = -6
    /// The questionnaire's logic did not ask it, or the interview's variant has no such question.
    case notApplicable = -7
    /// The respondent said "weet niet".
    case dontKnow = -8
    /// The respondent would not say.
    case refused = -9

    /// The code as written in a cell.
    public var cell: String { staticCell.description }

    /// The code as written in a cell, as literal bytes: most cells of an
    /// export are one of these (`String(rawValue)` went through a protocol
    /// lookup per cell; a `String` per cell was an allocation).
    var staticCell: StaticString {
        switch self {
        case .unanswered: return "-6"
        case .notApplicable: return "-7"
        case .dontKnow: return "-8"
        case .refused: return "-9"
        }
    }

    /// Short label (SPSS value label, R level, `--labels` cell).
    public func label(_ lang: Lang) -> String {
        switch self {
        case .unanswered: return lang.t("geen antwoord", "no answer")
        case .notApplicable: return lang.t("n.v.t.", "not applicable")
        case .dontKnow: return lang.t("weet niet", "don't know")
        case .refused: return lang.t("wil niet zeggen", "refused")
        }
    }

    /// One sentence for the codebook.
    public func explanation(_ lang: Lang) -> String {
        switch self {
        case .unanswered:
            return lang.t("de vraag gold, maar is niet beantwoord (een vraag zonder verplichting overgeslagen, of een concept)",
                          "the question applied but was not answered (an optional question skipped, or a draft)")
        case .notApplicable:
            return lang.t("de vraag is niet gesteld: de logica van de vragenlijst sloeg haar over, of de variant van het interview heeft haar niet",
                          "the question was not asked: the questionnaire's logic skipped it, or the interview's variant does not have it")
        case .dontKnow: return lang.t("de respondent zei ‘weet niet’", "the respondent said ‘don't know’")
        case .refused: return lang.t("de respondent wilde het niet zeggen", "the respondent would not say")
        }
    }

    /// The code of a special answer (don't know, refused), nil for any other answer.
    static func special(_ value: AnswerValue) -> ExportCode? {
        switch value {
        case .dontKnow: return .dontKnow
        case .refused: return .refused
        default: return nil
        }
    }
}
