import Foundation

/// Draft responses can still be edited; complete ones are final unless reopened.
public enum ResponseStatus: String, Sendable, Hashable, CaseIterable {
    case draft
    case complete
}

/// Which questionnaire (id and version) a response was taken with.
public struct QuestionnaireRef: Sendable, Hashable {
    public var id: String
    public var version: String

    public init(id: String, version: String) { self.id = id; self.version = version }
}

/// One entry of the audit trail: answer changes, jumps, leave/resume, complete, reopen.
public struct AuditEntry: Sendable, Hashable {
    public var at: Date
    public var event: String
    public var question: String?
    public var old: AnswerValue?
    public var new: AnswerValue?

    public init(at: Date, event: String, question: String? = nil,
                old: AnswerValue? = nil, new: AnswerValue? = nil) {
        self.at = at; self.event = event; self.question = question
        self.old = old; self.new = new
    }
}

/// One interview, as stored in one file. See docs/response-format.md.
public struct Response: Sendable, Hashable, Identifiable {
    public static let format = "wijk-response"
    public static let formatVersion = 1
    /// The highest edit counter a file may hold (a billion edits is beyond any interview).
    public static let maxRevision = 1_000_000_000

    public var id: String
    public var questionnaire: QuestionnaireRef
    public var variant: String
    public var status: ResponseStatus
    public var interviewer: String
    public var device: String
    public var createdAt: Date
    public var updatedAt: Date
    /// The edit counter: raised by one with every change the engine records,
    /// so a later edit is recognised even when a laptop's clock is behind
    /// (see `RevisionOrder`). Files without one read as 0.
    public var revision: Int
    public var completedAt: Date?
    public var answers: [String: AnswerValue]
    public var remarks: [String: String]
    public var audit: [AuditEntry]
    /// Where a draft was left and what was typed there unconfirmed; never an answer.
    public var resumeAt: ResumePoint? = nil

    public init(id: String = UUID().uuidString, questionnaire: QuestionnaireRef, variant: String,
                status: ResponseStatus = .draft, interviewer: String = "", device: String = "",
                createdAt: Date = Date(), updatedAt: Date? = nil, revision: Int = 0, completedAt: Date? = nil,
                answers: [String: AnswerValue] = [:], remarks: [String: String] = [:],
                audit: [AuditEntry] = []) {
        self.id = id; self.questionnaire = questionnaire; self.variant = variant
        self.status = status; self.interviewer = interviewer; self.device = device
        self.createdAt = createdAt; self.updatedAt = updatedAt ?? createdAt
        self.revision = revision
        self.completedAt = completedAt
        self.answers = answers; self.remarks = remarks; self.audit = audit
    }
}

extension Response {
    /// Marks an edit made at `now`: `updatedAt` set, the edit counter raised by one.
    public mutating func touch(_ now: Date) {
        updatedAt = now
        revision = min(revision + 1, Response.maxRevision)
    }
}
