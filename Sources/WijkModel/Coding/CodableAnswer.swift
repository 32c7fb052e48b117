/// One open answer that can be coded: the text of a text or long-text
/// question, or the "anders, namelijk" text of a choice question
/// (`question` is then `<id>.other`), with who gave it.
public struct CodableAnswer: Sendable, Hashable {
    public var key: AnswerKey
    public var text: String
    public var fingerprint: String
    public var variant: String
    public var gemeente: String
    public var organisation: String
    public var isOther: Bool

    public init(interview: String, question: String, text: String, variant: String, gemeente: String = "",
                organisation: String = "", isOther: Bool = false) {
        key = AnswerKey(interview: interview, question: question)
        self.text = text; fingerprint = AnswerFingerprint.of(text)
        self.variant = variant; self.gemeente = gemeente; self.organisation = organisation; self.isOther = isOther
    }

    /// A summary's open answer as a codable one (its text read and fingerprinted).
    init(_ a: OpenAnswer) {
        self.init(interview: a.responseID, question: Self.question(of: a), text: a.text, variant: a.variant,
                  gemeente: a.gemeente, organisation: a.organisation, isOther: a.isOther)
    }

    /// The answer key of a summary's open answer.
    public static func question(of answer: OpenAnswer) -> String {
        answer.isOther ? answer.questionID + ".other" : answer.questionID
    }
}

/// An answer to give a code to, without its text: which answer, and the
/// fingerprint of the text the code applies to.
public struct CodingTarget: Sendable, Hashable {
    public var key: AnswerKey
    public var fingerprint: String

    public init(_ answer: CodableAnswer) { key = answer.key; fingerprint = answer.fingerprint }
}
