/// Everything a key can ask of the interview screen. Bound to keys in `InterviewKeys`.
public enum InterviewAction: Sendable, Hashable {
    // Anywhere on the answering screen.
    case help, overview, remark, firstProblem, dontKnow, refused, reopen, review, leave, undo
    // Answering.
    case confirm, back, undoEdit
    // Lists (overview, review, help).
    case up, down, pageUp, pageDown, select, close
    // Overview: typing a question number or words of it.
    case search
    // Review.
    case finish
    // Remark editor.
    case saveRemark
    // Confirmation dialogs.
    case yes, no
}
