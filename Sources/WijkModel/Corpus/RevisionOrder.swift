import Foundation

/// Where one revision of an interview stands: its edit counter, then its
/// `updatedAt`. Compared in that order, so a laptop whose clock is behind
/// cannot make a later edit look older.
public struct RevisionKey: Sendable, Hashable, Comparable {
    /// `Response.revision` (0 in files written before the counter existed).
    public var revision: Int
    public var updatedAt: Date

    public init(revision: Int, updatedAt: Date) {
        self.revision = revision; self.updatedAt = updatedAt
    }

    public init(_ response: Response) {
        self.init(revision: response.revision, updatedAt: response.updatedAt)
    }

    public static func < (a: RevisionKey, b: RevisionKey) -> Bool {
        a.revision != b.revision ? a.revision < b.revision : a.updatedAt < b.updatedAt
    }
}

/// The one revision policy of every command (summary, validate, results,
/// exports, merge; see docs/response-format.md, "Revisions"):
/// - the higher edit counter is the later revision; `updatedAt` only breaks a tie;
/// - the same counter and the same `updatedAt` with identical bytes is the same
///   revision, with different bytes a **conflict**: neither is later.
public enum RevisionOrder {
    public enum Relation: Sendable, Hashable {
        /// The first is the later revision.
        case newer
        /// The first is the earlier revision.
        case older
        /// Neither is later: the same revision if the bytes are equal, else a conflict.
        case tied
    }

    /// How revision `a` stands to revision `b` of the same interview.
    public static func relation(_ a: RevisionKey, to b: RevisionKey) -> Relation {
        if a == b { return .tied }
        return b < a ? .newer : .older
    }

    /// Whether two revisions with these keys and bytes conflict: tied keys, different content.
    public static func conflicts(_ a: RevisionKey, _ b: RevisionKey, sameBytes: Bool) -> Bool {
        relation(a, to: b) == .tied && !sameBytes
    }
}
