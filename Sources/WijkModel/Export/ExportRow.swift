import Foundation

/// One interview as the tabular exports (CSV, SPSS, R) read it: its metadata
/// and, per question of its questionnaire (by slot, as `QuestionLayout`
/// numbers them), the answer, the "other, namely" text and whether the
/// questionnaire's logic asks the question. Taken straight from the corpus's
/// record (no `Response`, no answer dictionary), or made from a `Response`
/// for in-memory tables.
struct ExportRow: Equatable {
    var id: String
    var variant: String
    var status: ResponseStatus
    var interviewer: String
    var device: String
    var createdAt: Date
    var updatedAt: Date
    var completedAt: Date?
    /// Index of the interview's questionnaire in the export's list; nil when none matches.
    var questionnaire: Int?
    /// Answers by slot.
    var values: [AnswerValue?]
    /// "other, namely" texts by the slot of their question.
    var others: [AnswerValue?]
    /// Per question index: asked by the questionnaire's logic. A draft keeps
    /// answers to questions that no longer apply; they count as not applicable,
    /// as completing the draft would clear them.
    var relevance: [Bool]

    /// The row of a record the corpus judged valid under questionnaire
    /// `questionnaire`, from the file's `bytes` (the record may point into
    /// them for the device instead of holding a copy).
    init(record: ResponseRecord, questionnaire: Int, bytes: UnsafeRawBufferPointer) {
        let device = record.device
            ?? String(decoding: UnsafeRawBufferPointer(rebasing: bytes[record.deviceBytes]), as: UTF8.self)
        self.init(record: record, questionnaire: questionnaire, device: device)
    }

    init(record: ResponseRecord, questionnaire: Int, device: String) {
        id = record.id; variant = record.variant; status = record.status; interviewer = record.interviewer
        self.device = device
        createdAt = record.createdAt; updatedAt = record.updatedAt; completedAt = record.completedAt
        self.questionnaire = questionnaire
        values = record.values; others = record.others; relevance = record.relevance
    }

    /// The row of a response held in memory, read against `layouts` (the
    /// export's questionnaires, in order) as the corpus reads its file.
    init(_ response: Response, layouts: [QuestionLayout], today: String) {
        var record = ResponseRecord()
        let index = layouts.firstIndex { $0.questionnaire.id == response.questionnaire.id
                                         && $0.questionnaire.version == response.questionnaire.version }
            ?? layouts.firstIndex { $0.questionnaire.id == response.questionnaire.id }
        if let index {
            record.fill(response, layout: layouts[index])
            layouts[index].relevance(of: &record, response: response, today: today)
        } else {
            record.id = response.id; record.variant = response.variant; record.status = response.status
            record.interviewer = response.interviewer; record.createdAt = response.createdAt
            record.updatedAt = response.updatedAt; record.completedAt = response.completedAt
        }
        self.init(record: record, questionnaire: index ?? -1, device: response.device)
        if index == nil { questionnaire = nil }
    }
}
