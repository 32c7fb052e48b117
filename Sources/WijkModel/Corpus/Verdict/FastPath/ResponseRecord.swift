import Foundation

/// What the summary needs of one response, with answers by question slot
/// (the index of a question id in its `QuestionLayout`) instead of a
/// dictionary. Both the byte scanner and the full path (a decoded `Response`)
/// fill it, so checking, filtering and folding exist once. A worker reuses
/// one record for all its files.
struct ResponseRecord {
    var id = ""
    var questionnaire = QuestionnaireRef(id: "", version: "")
    var variant = ""
    var status = ResponseStatus.draft
    var interviewer = ""
    var createdAt = Date(timeIntervalSince1970: 0)
    var updatedAt = Date(timeIntervalSince1970: 0)
    var revision = 0
    /// `completedAt`, when the file has one.
    var completedAt: Date?
    /// `device` as the full path decoded it; the scanner only notes where its
    /// bytes are (`deviceBytes`), as nothing on the summary's path reads it.
    var device: String?
    var deviceBytes = 0..<0
    /// Answers by slot.
    var values: [AnswerValue?] = []
    /// "other, namely" texts (`id.other`) by the slot of their question.
    var others: [AnswerValue?] = []
    /// An answer or remark key the layout does not know: certainly not valid.
    var strayKeys = false
    /// Every answer was checked against its question's `AnswerRule` (by the scanner).
    var answersChecked = false
    /// Per slot, the scanner's answer as bits of its rule's `countCodes`
    /// (0: count it by its value), so folding need not hash strings.
    var coded: [UInt64] = []
    /// Per question of the layout; set by `QuestionLayout.check` / `relevance`.
    var relevance: [Bool] = []
    /// Per slot: hidden from expressions because its question is not relevant.
    var hidden: [Bool] = []
    /// Per distinct relevance condition of the layout, its value once evaluated.
    var conditions: [Bool?] = []
    /// Per layout (by `QuestionLayout.number`), condition values remembered
    /// across the responses this record is reused for (one worker's).
    var memos: [ConditionMemo?] = []
    /// Emptied multiple-choice lists of earlier responses, whose buffers the
    /// scanner fills again: an allocation and a free less per list.
    var spareLists: [[String]] = []
    private static let maxSpareLists = 64

    /// Empties the answers for a layout with `count` questions.
    mutating func reset(count: Int) {
        strayKeys = false
        answersChecked = false
        // Slot by slot when the size stays: `removeAll` destroys elements
        // through the generic value witness, one indirect call each.
        if values.count == count {
            for i in 0..<count {
                if case .choices(var list)? = values[i].take(), spareLists.count < Self.maxSpareLists {
                    list.removeAll(keepingCapacity: true)
                    spareLists.append(list)
                }
                others[i] = nil
                coded[i] = 0
            }
            return
        }
        values = Array(repeating: nil, count: count)
        others = Array(repeating: nil, count: count)
        coded = Array(repeating: 0, count: count)
    }

    /// The memo of `layout` (made on first use).
    mutating func memo(_ layout: QuestionLayout) -> ConditionMemo {
        if memos.count <= layout.number { memos.append(contentsOf: repeatElement(nil, count: layout.number + 1 - memos.count)) }
        if let memo = memos[layout.number] { return memo }
        let memo = ConditionMemo(relevanceCount: layout.relevancePlans.count, questionCount: layout.questions.count)
        memos[layout.number] = memo
        return memo
    }

    /// Fills the record from a decoded response (the full path).
    mutating func fill(_ response: Response, layout: QuestionLayout) {
        id = response.id; questionnaire = response.questionnaire; variant = response.variant
        status = response.status; interviewer = response.interviewer
        createdAt = response.createdAt; updatedAt = response.updatedAt
        revision = response.revision
        completedAt = response.completedAt
        device = response.device
        reset(count: layout.questions.count)
        for (key, value) in response.answers {
            if let s = layout.indexByID[key] {
                values[s] = value
            } else if case let (id, true) = Question.owner(ofAnswerKey: key), let s = layout.indexByID[id],
                      layout.otherKeys[s] != nil {
                others[s] = value
            } else {
                strayKeys = true
            }
        }
        for key in response.remarks.keys where layout.indexByID[key] == nil { strayKeys = true }
    }

    /// The answer to question `id` (ignoring relevance), for filters.
    func answer(_ id: String, in layout: QuestionLayout) -> AnswerValue? {
        layout.indexByID[id].flatMap { values[$0] }
    }
}

/// An `ExpressionContext` over a record: answers of hidden slots are absent.
struct RecordContext: ExpressionContext {
    let indexByID: [String: Int]
    let values: [AnswerValue?]
    let others: [AnswerValue?]
    let hidden: [Bool]
    var current: AnswerValue?
    let today: String

    func answer(_ id: String) -> AnswerValue? {
        if let s = indexByID[id] { return hidden[s] ? nil : values[s] }
        if case let (owner, true) = Question.owner(ofAnswerKey: id), let s = indexByID[owner] {
            return hidden[s] ? nil : others[s]
        }
        return nil
    }
}
