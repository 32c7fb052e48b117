import Foundation

/// The interview as an interviewer steps through it, independent of any UI:
/// which questions are visible, where we are, answering with immediate checks,
/// problems before completing, and the audit trail.
///
/// A value type: every change is a `mutating` call, so a UI can keep the engine
/// in its state and tests can compare whole states. Relevance is re-evaluated
/// after every answer change, in O(questions), from expressions parsed once at
/// questionnaire load.
///
/// Draft vs record: an answer whose question becomes irrelevant stays in the
/// draft `response` (a mistaken switch loses nothing) but is left out of
/// `completedRecord()`, as is an "other, namely" text whose choice is not
/// selected. Completing replaces `response` by that record; each answer dropped
/// there is kept in the audit trail ("cleared", with its old value), and `reopen`
/// puts it back in the draft.
public struct InterviewEngine: Sendable {
    /// The questionnaire being asked.
    public let questionnaire: Questionnaire
    /// The response as it stands (the draft, or the completed record).
    public internal(set) var response: Response
    /// Today as YYYY-MM-DD, for expressions (`today()`); injected for determinism.
    public let today: String
    /// The visible questions in questionnaire order; notes included.
    public internal(set) var visibleQuestions: [Question] = []
    /// Index of the current question in `visibleQuestions`.
    public internal(set) var position: Int = 0

    /// All questions in order, with the section each belongs to.
    let questions: [Question]
    let sectionIndex: [Int]
    let indexByID: [String: Int]
    /// Whether some relevance expression looks at a question further on; only
    /// then is more than one relevance pass needed.
    let hasForwardReferences: Bool
    /// Relevance per question (same order as `questions`).
    var relevant: [Bool]
    /// Indices into `questions` of the visible questions.
    var visibleIndices: [Int] = []
    /// The answers expressions see: those of relevant questions only.
    var relevantAnswers: [String: AnswerValue] = [:]

    /// Starts (or resumes) an interview on `response`.
    public init(questionnaire: Questionnaire, response: Response, today: String) {
        self.questionnaire = questionnaire
        self.response = response
        self.today = today
        var questions: [Question] = []
        var sectionIndex: [Int] = []
        var indexByID: [String: Int] = [:]
        for (s, section) in questionnaire.sections.enumerated() {
            for question in section.questions {
                // First one wins if an id is duplicated; the loader reports that.
                if indexByID[question.id] == nil { indexByID[question.id] = questions.count }
                questions.append(question)
                sectionIndex.append(s)
            }
        }
        self.questions = questions
        self.sectionIndex = sectionIndex
        self.indexByID = indexByID
        self.hasForwardReferences = Self.findForwardReferences(questionnaire, indexByID)
        self.relevant = Array(repeating: true, count: questions.count)
        refresh()
    }

    /// The current question, nil only when nothing is visible.
    public var currentQuestion: Question? {
        visibleQuestions.indices.contains(position) ? visibleQuestions[position] : nil
    }

    /// Whether question `id` is relevant now (its section's and its own
    /// `relevant` hold). Unknown ids are not.
    public func isRelevant(_ id: String) -> Bool {
        indexByID[id].map { relevant[$0] } ?? false
    }

    /// The stored answer to `id` in the draft, relevant or not.
    public func answer(_ id: String) -> AnswerValue? { response.answers[id] }

    /// The "other, namely …" text of question `id`, if any.
    public func otherText(for id: String) -> String? {
        guard let q = question(id), case .text(let text)? = response.answers[q.otherKey] else { return nil }
        return text
    }

    /// The interviewer's remark on question `id`, if any.
    public func remark(for id: String) -> String? { response.remarks[id] }

    /// The number of question `id` in the whole questionnaire (1-based, notes and
    /// questions that do not apply counted too), so it never changes with the answers.
    public func number(of id: String) -> Int? { indexByID[id].map { $0 + 1 } }

    /// How many questions the whole questionnaire has (see `number(of:)`).
    public var questionCount: Int { questions.count }

    /// The question with `id`, if the questionnaire has it.
    public func question(_ id: String) -> Question? { indexByID[id].map { questions[$0] } }

    /// Answered visible questions out of the visible ones that take an answer.
    /// Don't know and refused count as answered; 0 does too (it is not empty).
    public var progress: InterviewProgress {
        var answered = 0
        var total = 0
        for index in visibleIndices where questions[index].type != .note {
            total += 1
            if let value = response.answers[questions[index].id], !value.isEmpty { answered += 1 }
        }
        return InterviewProgress(answered: answered, total: total)
    }

    /// A relevance reference is "forward" when it names a question at or after
    /// the one being decided (not yet settled in an in-order pass).
    private static func findForwardReferences(_ questionnaire: Questionnaire,
                                              _ indexByID: [String: Int]) -> Bool {
        var position = 0
        for section in questionnaire.sections {
            let sectionStart = position
            if let refs = section.relevant?.references,
               refs.contains(where: { (indexByID[$0] ?? -1) >= sectionStart }) { return true }
            for question in section.questions {
                if let refs = question.relevant?.references,
                   refs.contains(where: { (indexByID[$0] ?? -1) >= position }) { return true }
                position += 1
            }
        }
        return false
    }
}
