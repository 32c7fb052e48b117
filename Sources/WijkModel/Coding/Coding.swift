/// Which answer: an interview and an answer key — a question id, or
/// `<question>.other` for the text of "anders, namelijk".
public struct AnswerKey: Sendable, Hashable, Comparable {
    public var interview: String
    public var question: String

    public init(interview: String, question: String) { self.interview = interview; self.question = question }

    public static func < (a: AnswerKey, b: AnswerKey) -> Bool {
        (a.interview, a.question) < (b.interview, b.question)
    }
}

/// How a coding came about: a person, or `wijk code auto` with its pattern.
public enum CodingOrigin: Sendable, Hashable {
    case manual
    case rule(String)

    public var isRule: Bool { if case .rule = self { return true } else { return false } }
}

/// One code applied by one coder to one answer, with the fingerprint of the
/// answer text it was applied to (`AnswerFingerprint`).
public struct Coding: Sendable, Hashable {
    public var answer: AnswerKey
    public var fingerprint: String
    public var code: String
    public var origin: CodingOrigin

    public init(answer: AnswerKey, fingerprint: String, code: String, origin: CodingOrigin = .manual) {
        self.answer = answer; self.fingerprint = fingerprint; self.code = code; self.origin = origin
    }

    /// File order: by answer, then code, then fingerprint.
    static func fileOrder(_ a: Coding, _ b: Coding) -> Bool {
        if a.answer != b.answer { return a.answer < b.answer }
        if a.code != b.code { return a.code < b.code }
        return a.fingerprint < b.fingerprint
    }
}
