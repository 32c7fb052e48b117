import Foundation

/// Reads counted files for the tabular exports (CSV, SPSS) through the
/// verdict's record — the fast scanner, the full path on any doubt — rather
/// than the JSON tree and the decoder: building the tree and the audit trail,
/// which no table shows, was a third of an export's time. The `Response` it
/// gives holds what a table shows (metadata, answers, "other" texts); its
/// remarks and audit trail are left empty.
struct CorpusRowReader {
    private let judge: FileJudge
    private var reader = CorpusReader()
    private var record = ResponseRecord()

    init(judge: FileJudge) { self.judge = judge }

    /// A judge for rows: every text decoded.
    static func judge(questionnaires: [Questionnaire], lang: Lang, today: String) -> FileJudge {
        FileJudge(questionnaires: questionnaires, lang: lang, today: today, keepOpenAnswers: true)
    }

    /// A judge for bytes only (JSONL): the corpus's own, which checks open
    /// texts without decoding them — decoding every text was a third of a
    /// JSONL export's time.
    static func bytesJudge(questionnaires: [Questionnaire], lang: Lang, today: String) -> FileJudge {
        FileJudge(questionnaires: questionnaires, lang: lang, today: today)
    }

    func release() { reader.release() }

    /// Calls `body` with the file's bytes, valid during the call only, if the
    /// file still reads as valid (no `Response` is built); false when not.
    mutating func withValidBytes(_ path: String, _ body: (UnsafeRawBufferPointer) -> Void) -> Bool {
        guard case .success(let bytes) = reader.read(path),
              case .valid = judge.judge(path, bytes, record: &record) else { return false }
        body(bytes)
        return true
    }

    /// Calls `body` with the file's row for a table (`ExportRow`: straight
    /// from the record, no `Response`); false when it no longer reads as valid.
    mutating func withRow(_ path: String, _ body: (ExportRow) -> Void) -> Bool {
        guard case .success(let bytes) = reader.read(path),
              case .valid(let l, _) = judge.judge(path, bytes, record: &record) else { return false }
        let device = record.device
            ?? String(decoding: UnsafeRawBufferPointer(rebasing: bytes[record.deviceBytes]), as: UTF8.self)
        body(ExportRow(record: record, questionnaire: l, device: device))
        return true
    }

    /// The file's response for a table; nil when it no longer reads as valid
    /// (it was valid when the plan was made).
    mutating func response(_ path: String) -> Response? {
        var found: Response?
        _ = withResponse(path) { response, _ in found = response }
        return found
    }

    /// Calls `body` with the file's response (as `response(_:)`) and its
    /// bytes, valid during the call only; false when it no longer reads as valid.
    mutating func withResponse(_ path: String, _ body: (Response, UnsafeRawBufferPointer) -> Void) -> Bool {
        guard case .success(let bytes) = reader.read(path),
              case .valid(let l, _) = judge.judge(path, bytes, record: &record) else { return false }
        let layout = judge.layouts[l]
        var answers: [String: AnswerValue] = [:]
        answers.reserveCapacity(layout.questions.count)
        for i in layout.questions.indices where layout.slots[i] == i {
            if let value = record.values[i] { answers[layout.ids[i]] = value }
            if let other = record.others[i], let key = layout.otherKeys[i] { answers[key] = other }
        }
        let device = record.device
            ?? String(decoding: UnsafeRawBufferPointer(rebasing: bytes[record.deviceBytes]), as: UTF8.self)
        body(Response(id: record.id, questionnaire: record.questionnaire, variant: record.variant,
                      status: record.status, interviewer: record.interviewer, device: device,
                      createdAt: record.createdAt, updatedAt: record.updatedAt, revision: record.revision,
                      completedAt: record.completedAt, answers: answers), bytes)
        return true
    }
}
