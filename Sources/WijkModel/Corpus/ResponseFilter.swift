import Foundation

/// Which interviews a summary counts. Every field that is nil (or empty) lets
/// everything through; text fields compare case-insensitively, ignoring
/// surrounding spaces, so "Utrecht" matches " utrecht".
public struct ResponseFilter: Sendable, Hashable {
    /// Variant name ("wijkteam", "migrantenorganisatie").
    public var variant: String?
    public var gemeente: String?
    public var wijk: String?
    public var interviewer: String?
    /// First and last interview date (YYYY-MM-DD, inclusive). The interview
    /// date is the `datum` answer, else the date part of `createdAt` (UTC).
    public var from: String?
    public var to: String?
    /// Only this status. Without it only completed interviews count, unless
    /// `includeDrafts` is set.
    public var status: ResponseStatus?
    public var includeDrafts: Bool

    public init(variant: String? = nil, gemeente: String? = nil, wijk: String? = nil,
                interviewer: String? = nil, from: String? = nil, to: String? = nil,
                status: ResponseStatus? = nil, includeDrafts: Bool = false) {
        self.variant = variant; self.gemeente = gemeente; self.wijk = wijk
        self.interviewer = interviewer; self.from = from; self.to = to
        self.status = status; self.includeDrafts = includeDrafts
    }

    /// Whether any field narrows the selection beyond the default (completed only).
    public var isActive: Bool {
        variant != nil || gemeente != nil || wijk != nil || interviewer != nil
            || from != nil || to != nil || status != nil || includeDrafts
    }

    /// Whether `response` passes every condition.
    public func matches(_ response: Response) -> Bool {
        matches(status: response.status, variant: response.variant, interviewer: response.interviewer,
                createdAt: response.createdAt) { response.answers[$0] }
    }

    /// The same for a summary's record of a response.
    func matches(_ record: ResponseRecord, layout: QuestionLayout) -> Bool {
        // Without filters on answers, no closure captures (and so copies) the record.
        guard gemeente != nil || wijk != nil || from != nil || to != nil else {
            return matches(status: record.status, variant: record.variant, interviewer: record.interviewer,
                           createdAt: record.createdAt) { _ in nil }
        }
        return matches(status: record.status, variant: record.variant, interviewer: record.interviewer,
                       createdAt: record.createdAt) { record.answer($0, in: layout) }
    }

    private func matches(status actual: ResponseStatus, variant actualVariant: String, interviewer actualInterviewer: String,
                         createdAt: Date, answer: (String) -> AnswerValue?) -> Bool {
        if let status {
            if actual != status { return false }
        } else if actual == .draft && !includeDrafts {
            return false
        }
        if let variant, !Self.same(variant, actualVariant) { return false }
        if let gemeente, !Self.same(gemeente, Self.text(answer(MetadataID.gemeente))) { return false }
        if let wijk, !Self.same(wijk, Self.text(answer(MetadataID.wijk))) { return false }
        if let interviewer, !Self.same(interviewer, actualInterviewer) { return false }
        if from != nil || to != nil {
            let date = Self.interviewDate(answer(MetadataID.date), createdAt: createdAt)
            if let from, date < from { return false }
            if let to, date > to { return false }
        }
        return true
    }

    /// The interview date as YYYY-MM-DD: the `datum` answer, else `createdAt`'s date.
    public static func interviewDate(_ response: Response) -> String {
        interviewDate(response.answers[MetadataID.date], createdAt: response.createdAt)
    }

    static func interviewDate(_ datum: AnswerValue?, createdAt: Date) -> String {
        if case .text(let d)? = datum, d.utf8.count == 10 { return d }
        return String(Timestamp.format(createdAt).prefix(10))
    }

    /// The gemeente of a response as written (trimmed); empty when not answered.
    public static func gemeente(of response: Response) -> String {
        trimmed(text(response.answers[MetadataID.gemeente]))
    }

    /// Without surrounding spaces and tabs; the string itself (no copy) in the common case.
    static func trimmed(_ s: String) -> String {
        let utf8 = s.utf8
        guard let first = utf8.first, let last = utf8.last else { return s }
        if first != 0x20 && first != 0x09 && last != 0x20 && last != 0x09 { return s }
        return s.trimmingCharacters(in: .whitespaces)
    }

    static func text(_ value: AnswerValue?) -> String {
        if case .text(let s)? = value { return s }
        return ""
    }

    static func same(_ a: String, _ b: String) -> Bool {
        normalized(a) == normalized(b)
    }

    /// The form values are compared and grouped in.
    static func normalized(_ s: String) -> String {
        s.trimmingCharacters(in: .whitespaces).lowercased()
    }
}
