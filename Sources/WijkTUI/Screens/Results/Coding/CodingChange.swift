import WijkModel

/// A change to the codebook or to this coder's codings, asked of the runner,
/// which applies it to its `CodingProject` (each change saved atomically at
/// once) and hands the project back (`ResultsBrowser.update(coding:)`).
public enum CodingChange: Sendable, Hashable {
    case assign(code: String, to: [CodableAnswer])
    case remove(code: String, from: [CodableAnswer])
    /// A new code, assigned at once to the answers (none: only created).
    case create(name: String, assignTo: [CodableAnswer])
    case rename(code: String, name: String)
    case merge(code: String, into: String)
    /// Deletes the code and every coder's codings with it (asked first).
    case delete(code: String)
    /// Review of edited answers: their codes still apply to the new text.
    case confirm([CodableAnswer])
    /// Review of edited answers: the codes given to the old text are dropped.
    case discardStale([CodableAnswer])
}
