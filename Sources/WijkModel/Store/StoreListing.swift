import Foundation

/// One response file with its decoded response, or why the file could not be
/// read (`ResponseStore.list`; the home screen uses the compact `InterviewList`).
///
/// A broken file is listed with `problem` set rather than hidden or fatal, so
/// nobody thinks an interview vanished.
public struct StoreListing: Sendable, Hashable, Identifiable {
    /// The file name without `.json`; what `ResponseStore.load(id:)` takes.
    public var id: String
    public var url: URL
    public var variant: String?
    /// The answer to `MetadataID.organisation`.
    public var organisation: String?
    /// The answer to `MetadataID.gemeente`.
    public var gemeente: String?
    public var status: ResponseStatus?
    /// Answers that are not empty (don't know and refused count as answered).
    public var answeredCount: Int
    /// The response's `updatedAt`; for a broken file, the file's modification time.
    public var updatedAt: Date
    /// The decoded response; nil when `problem` is set.
    public var response: Response?
    /// Why the file could not be read, in the language asked for.
    public var problem: String?

    /// Whether the file could not be read as a response.
    public var isBroken: Bool { problem != nil }

    public init(id: String, url: URL, response: Response) {
        self.id = id; self.url = url; self.response = response; self.problem = nil
        variant = response.variant
        organisation = Self.text(response.answers[MetadataID.organisation])
        gemeente = Self.text(response.answers[MetadataID.gemeente])
        status = response.status
        answeredCount = response.answers.values.reduce(0) { $0 + ($1.isEmpty ? 0 : 1) }
        updatedAt = response.updatedAt
    }

    public init(id: String, url: URL, problem: String, modified: Date) {
        self.id = id; self.url = url; self.problem = problem; self.response = nil
        variant = nil; organisation = nil; gemeente = nil; status = nil
        answeredCount = 0
        updatedAt = modified
    }

    /// Metadata answers are free text or a choice code; several choices are joined.
    static func text(_ value: AnswerValue?) -> String? {
        switch value {
        case .text(let s)?: return s.isEmpty ? nil : s
        case .choices(let c)? where !c.isEmpty: return c.joined(separator: ", ")
        default: return nil
        }
    }
}
