/// One free-text answer kept for reading, with where it came from so a
/// browser can show context and drill down into the interview.
public struct OpenAnswer: Sendable, Hashable {
    public var text: String
    public var questionID: String
    public var variant: String
    public var organisation: String
    public var gemeente: String
    public var responseID: String
    /// True for the "other, namely …" text of a choice question.
    public var isOther: Bool

    public init(text: String, questionID: String, variant: String, organisation: String,
                gemeente: String, responseID: String, isOther: Bool = false) {
        self.text = text; self.questionID = questionID; self.variant = variant
        self.organisation = organisation; self.gemeente = gemeente
        self.responseID = responseID; self.isOther = isOther
    }

    /// A stable order independent of which worker read which file.
    static func stableOrder(_ a: OpenAnswer, _ b: OpenAnswer) -> Bool {
        if a.gemeente != b.gemeente { return a.gemeente < b.gemeente }
        if a.organisation != b.organisation { return a.organisation < b.organisation }
        if a.responseID != b.responseID { return a.responseID < b.responseID }
        if a.isOther != b.isOther { return !a.isOther }
        return a.text < b.text
    }
}
