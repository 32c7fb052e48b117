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

    /// The answer key of a summary's open answer.
    public static func question(of answer: OpenAnswer) -> String {
        answer.isOther ? answer.questionID + ".other" : answer.questionID
    }
}

/// The open answers of the interviews a summary counted: what there is to
/// code, per question, each with its variant and gemeente.
public struct CodableAnswers: Sendable {
    public let answers: [CodableAnswer]
    private let index: [AnswerKey: Int]
    private let byQuestion: [String: [Int]]
    /// Answer keys in the order they first appear (questionnaire order per variant).
    public let questions: [String]

    public init(_ answers: [CodableAnswer]) {
        self.answers = answers
        var index: [AnswerKey: Int] = [:], byQuestion: [String: [Int]] = [:], questions: [String] = []
        index.reserveCapacity(answers.count)
        for (i, a) in answers.enumerated() {
            index[a.key] = i
            if byQuestion[a.key.question] == nil { questions.append(a.key.question) }
            byQuestion[a.key.question, default: []].append(i)
        }
        self.index = index; self.byQuestion = byQuestion; self.questions = questions
    }

    /// Every open answer of the summary (all groups), texts read once.
    /// Needs a summary made with `keepOpenAnswers`.
    public init(summary: Summary) {
        var list: [CodableAnswer] = []
        for group in summary.groups {
            for variant in group.variants {
                for question in variant.questions {
                    for a in question.openAnswers {
                        list.append(CodableAnswer(interview: a.responseID, question: CodableAnswer.question(of: a),
                                                  text: a.text, variant: a.variant, gemeente: a.gemeente,
                                                  organisation: a.organisation, isOther: a.isOther))
                    }
                }
            }
        }
        self.init(list)
    }

    public func answer(_ key: AnswerKey) -> CodableAnswer? { index[key].map { answers[$0] } }

    /// The answers to one question (or `<id>.other`), variant by variant.
    public func answers(question: String) -> [CodableAnswer] {
        (byQuestion[question] ?? []).map { answers[$0] }
    }

    /// Indices into `answers` of one question's answers.
    func indices(question: String) -> [Int] { byQuestion[question] ?? [] }

    public var isEmpty: Bool { answers.isEmpty }
}
