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
        if let status {
            if response.status != status { return false }
        } else if response.status == .draft && !includeDrafts {
            return false
        }
        if let variant, !Self.same(variant, response.variant) { return false }
        if let gemeente, !Self.same(gemeente, Self.text(response.answers[MetadataID.gemeente])) { return false }
        if let wijk, !Self.same(wijk, Self.text(response.answers[MetadataID.wijk])) { return false }
        if let interviewer, !Self.same(interviewer, response.interviewer) { return false }
        if from != nil || to != nil {
            let date = Self.interviewDate(response)
            if let from, date < from { return false }
            if let to, date > to { return false }
        }
        return true
    }

    /// The interview date as YYYY-MM-DD: the `datum` answer, else `createdAt`'s date.
    public static func interviewDate(_ response: Response) -> String {
        if case .text(let d)? = response.answers[MetadataID.date], d.utf8.count == 10 { return d }
        return String(Timestamp.format(response.createdAt).prefix(10))
    }

    /// The gemeente of a response as written (trimmed); empty when not answered.
    public static func gemeente(of response: Response) -> String {
        text(response.answers[MetadataID.gemeente]).trimmingCharacters(in: .whitespaces)
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
