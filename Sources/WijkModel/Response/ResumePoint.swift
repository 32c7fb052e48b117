/// Where a draft was left: the question the interviewer was on, and text typed there (or
/// into its remark) but not yet confirmed. Written by the interview screen's autosave so a dead battery or
/// kill -9 loses at most a second or two of typing; read back on resume.
///
/// Not an answer: validation, summaries and exports ignore it, and the pending text only
/// becomes an answer when the interviewer confirms it.
public struct ResumePoint: Sendable, Hashable {
    /// The id of the question the interviewer was on.
    public var question: String
    /// Text typed into that question's field and not confirmed (nil: nothing pending).
    public var pending: String?
    /// A remark being written in the remark editor (F3) and not yet saved (nil: none).
    public var remark: String?

    public init(question: String, pending: String? = nil, remark: String? = nil) {
        self.question = question
        self.pending = pending
        self.remark = remark
    }
}
