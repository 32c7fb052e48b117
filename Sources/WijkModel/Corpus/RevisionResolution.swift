import Foundation

/// One valid file's place in the deduplication: which interview, which revision.
struct Revision: Sendable {
    var id: String
    var revision: Int
    var updatedAt: Double
    var createdAt: Double
    var file: Int
    /// Whether it passed the filter (and, in a summary, was folded into the tallies).
    var included: Bool

    var key: RevisionKey { RevisionKey(revision: revision, updatedAt: Date(timeIntervalSince1970: updatedAt)) }

    /// `RevisionOrder` applied to a list: sorted by id, each id's latest
    /// revision first (the one that counts), tied ones by path.
    static func newestFirst(_ revisions: inout [Revision], files: PathList) {
        revisions.sort { a, b in
            if a.id != b.id { return a.id < b.id }
            switch RevisionOrder.relation(a.key, to: b.key) {
            case .newer: return true
            case .older: return false
            case .tied: return files[a.file] < files[b.file]
            }
        }
    }
}

/// Several files holding the same interview id.
public struct DuplicateSet: Sendable, Hashable {
    public var id: String
    /// The file counted: the latest revision by `RevisionOrder` (tied: the first path).
    public var kept: String
    /// The other files, not counted.
    public var others: [String]
    /// Tied with the kept file (same revision and `updatedAt`) but different content: conflicts.
    public var conflicting: [String]

    public var isConflict: Bool { !conflicting.isEmpty }
}

/// `RevisionOrder` applied to every valid file of a run: per id, the revision
/// that counts, the others, and the conflicts among them. Summary, validate,
/// results and the exports all resolve through this.
struct RevisionResolution {
    /// The counted revision of each id, sorted by id.
    var winners: [Revision] = []
    /// Valid files that do not count (an id's other revisions), by file index.
    var superseded: [Revision] = []
    /// Ids found in more than one valid file.
    var sets: [DuplicateSet] = []
    /// Superseded files (by index) tied with the counted one and byte for byte equal to it.
    private var copies: Set<Int> = []

    /// Whether `revision` (superseded) is an identical copy of the counted one.
    func isCopy(_ revision: Revision) -> Bool { copies.contains(revision.file) }

    /// - Parameter revisions: one per valid file; `files` names them by index.
    ///   Taken (sorted, then reused for `winners`): at 200,000 files a copy
    ///   of them, and `winners` grown by appending, were a fifth of a
    ///   command's memory.
    init(_ revisions: consuming [Revision], files: PathList) {
        var revisions = revisions
        Revision.newestFirst(&revisions, files: files)
        var reader = CorpusReader()
        defer { reader.release() }
        var kept = 0   // winners are moved to the front as they are found
        var start = 0
        while start < revisions.count {
            // The run of one id (the array is mutated below: no iterator holding a copy of it).
            var end = start + 1
            while end < revisions.count && revisions[end].id == revisions[start].id { end += 1 }
            let run = start..<end
            start = end
            let winner = revisions[run.lowerBound]
            revisions[kept] = winner
            kept += 1
            guard run.count > 1 else { continue }
            var others: [String] = [], conflicting: [String] = []
            var winnerHash: UInt64??   // computed at most once per set
            for loser in revisions[(run.lowerBound + 1)..<run.upperBound] {
                others.append(files[loser.file])
                superseded.append(loser)
                if RevisionOrder.relation(loser.key, to: winner.key) == .tied {
                    // Rare, so the bytes are compared only now, by reading both again;
                    // a file that cannot be read any more counts as different.
                    if winnerHash == nil { winnerHash = .some(Self.contentHash(files[winner.file], &reader)) }
                    let hash = Self.contentHash(files[loser.file], &reader)
                    if hash == nil || hash != winnerHash! { conflicting.append(files[loser.file]) } else { copies.insert(loser.file) }
                }
            }
            sets.append(DuplicateSet(id: winner.id, kept: files[winner.file], others: others, conflicting: conflicting))
        }
        revisions.removeSubrange(kept...)
        winners = revisions
    }

    /// A hash of a file's bytes; nil when it cannot be read.
    private static func contentHash(_ path: String, _ reader: inout CorpusReader) -> UInt64? {
        try? reader.withContents(of: path, CorpusReader.hash).get()
    }
}
