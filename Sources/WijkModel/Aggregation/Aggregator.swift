import Foundation

/// Summarises the interview files of one or more data directories.
///
/// Streaming: each file is read into a reused buffer, parsed, validated and
/// folded into counters at once; no `Response` is kept. Memory grows with the
/// open answers kept and the per-file revision index (id, updatedAt),
/// not with whole files. Files are read by `options.workers` threads, which
/// take chunks of them as they are free; their tallies are merged by adding
/// and everything listed (invalid files, revisions, open answers) is sorted
/// afterwards, so the result does not depend on who read which file.
///
/// Deduplication: when several valid files hold the same id, the newest
/// `updatedAt` is counted; the others' contributions are taken out again by
/// re-reading them (rare) and folding them with sign −1. Same `updatedAt`
/// with different bytes is a conflict: the first path is counted and the set
/// is reported.
public struct Aggregator: Sendable {
    public let questionnaires: [Questionnaire]
    public let options: AggregationOptions
    /// Files per chunk handed to a worker (tests make it small, to mix the workers' shares).
    var chunk = 256

    public init(questionnaires: [Questionnaire], options: AggregationOptions) {
        self.questionnaires = questionnaires; self.options = options
    }

    /// Reads every response file under `paths` (files or directories).
    public func summarize(paths: [String]) -> Summary {
        let (files, unusable) = FileCollection.collect(paths, lang: options.lang)
        return summarize(files: files, unusable: unusable)
    }

    /// Summarises exactly these files, in this order (indices name them).
    func summarize(files: [String], unusable: [FileReport] = []) -> Summary {
        let pass = AggregationPass(questionnaires: questionnaires, options: options)
        var result = Self.readAll(files, pass: pass, workers: max(1, options.workers), chunk: chunk)
        result.invalid.append(contentsOf: unusable)
        let duplicates = Self.resolveDuplicates(&result, files: files, pass: pass)
        return SummaryBuilder(pass: pass, options: options).build(
            result, files: files.count + unusable.count, duplicates: duplicates)
    }

    /// Worker 0 reads with `pass`, the others with their private copy of it.
    static func readAll(_ files: [String], pass: AggregationPass, workers: Int, chunk: Int) -> PassResult {
        let chunks = (files.count + chunk - 1) / chunk
        let workers = min(workers, max(chunks, 1))
        if workers == 1 { return pass.run(files, indices: files.indices) }
        let feed = ChunkFeed(count: files.count, chunk: chunk)
        let slots = ResultSlots<PassResult>(count: workers)
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            slots.set(w, (w == 0 ? pass : pass.privateCopy()).run(files, indices: feed))
        }
        var merged = PassResult()
        for partial in slots.values.compactMap({ $0 }) { merged.merge(partial) }
        return merged
    }

    /// Picks the revision to count per id, takes the others out, and reports the sets.
    static func resolveDuplicates(_ result: inout PassResult, files: [String], pass: AggregationPass) -> [DuplicateSet] {
        Revision.newestFirst(&result.revisions, files: files)
        var sets: [DuplicateSet] = []
        var superseded: Set<Int> = []
        var reader = ResponseFileReader()
        defer { reader.release() }
        let revisions = result.revisions
        for run in Revision.runs(revisions) {
            result.distinctIDs += 1
            guard run.count > 1 else { continue }
            let winner = revisions[run.lowerBound]
            var others: [String] = [], conflicting: [String] = []
            var winnerHash: UInt64??   // computed at most once per set
            for loser in revisions[(run.lowerBound + 1)..<run.upperBound] {
                others.append(files[loser.file])
                if RevisionOrder.relation(loser.key, to: winner.key) == .tied {
                    // Rare, so the bytes are compared only now, by reading both again;
                    // a file that cannot be read any more counts as different.
                    if winnerHash == nil { winnerHash = .some(contentHash(files[winner.file], &reader)) }
                    let hash = contentHash(files[loser.file], &reader)
                    if hash == nil || hash != winnerHash! { conflicting.append(files[loser.file]) }
                }
                if loser.included { superseded.insert(loser.file) }
            }
            sets.append(DuplicateSet(id: winner.id, kept: files[winner.file], others: others,
                                     conflicting: conflicting))
        }
        result.revisions = []   // not needed any more; free before building
        guard !superseded.isEmpty else { return sets }
        var record = ResponseRecord()
        for file in superseded.sorted() {
            // The file was valid a moment ago; if it changed since, its counts cannot be taken out exactly.
            if case .valid(let layout, _) = pass.load(files[file], reader: &reader, record: &record) {
                pass.fold(record, layout: layout, file: file, sign: -1, into: &result)
            }
        }
        let dropped = Set(superseded.map { Int32(truncatingIfNeeded: $0) })
        for g in result.tallies.indices {
            for l in result.tallies[g].indices where result.tallies[g][l] != nil {
                for q in result.tallies[g][l]!.tallies.indices {
                    result.tallies[g][l]!.tallies[q].open.removeAll { dropped.contains($0.file) }
                }
            }
        }
        return sets
    }

    /// A hash of a file's bytes; nil when it cannot be read.
    private static func contentHash(_ path: String, _ reader: inout ResponseFileReader) -> UInt64? {
        try? reader.withContents(of: path, maxSize: FileValidation.maxFileSize, ResponseFileReader.hash).get()
    }
}
