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
/// The files are the corpus's (`CorpusWalker`, `FileJudge`). Deduplication:
/// when several valid files hold the same id, the latest revision by
/// `RevisionOrder` is counted; the others' contributions are taken out again
/// by re-reading them (rare) and folding them with sign −1. A tie with
/// different bytes is a conflict: the first path is counted and the set is
/// reported. Conflict copies (`*.conflict-*.json`) are listed, never read.
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
        let listing = CorpusWalker.walk(paths, lang: options.lang)
        FreedMemory.giveBack()   // the walk's transient lists
        return summarize(files: listing.files, unusable: listing.unusable(options.lang), conflictCopies: listing.conflicts)
    }

    /// Summarises exactly these files, in this order (indices name them).
    func summarize(files: PathList, unusable: [FileReport] = [], conflictCopies: [String] = []) -> Summary {
        let pass = AggregationPass(questionnaires: questionnaires, options: options)
        var result = Self.readAll(files, pass: pass, workers: max(1, options.workers), chunk: chunk)
        result.invalid.append(contentsOf: unusable)
        let duplicates = Self.resolveRevisions(&result, files: files, pass: pass, conflictCopies: conflictCopies)
        FreedMemory.giveBack()   // the workers' arrays, the sort's buffer
        return SummaryBuilder(pass: pass, options: options).build(
            &result, files: files.count + unusable.count, duplicates: duplicates)
    }

    /// Worker 0 reads with `pass`, the others with their private copy of it.
    static func readAll(_ files: PathList, pass: AggregationPass, workers: Int, chunk: Int) -> PassResult {
        let chunks = (files.count + chunk - 1) / chunk
        let workers = min(workers, max(chunks, 1))
        if workers == 1 { return pass.run(files, indices: files.indices) }
        let feed = ChunkFeed(count: files.count, chunk: chunk)
        let slots = ResultSlots<PassResult>(count: workers)
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            slots.set(w, (w == 0 ? pass : pass.privateCopy()).run(files, indices: feed))
        }
        // Merged into the first worker's result, each other one freed once merged: with every
        // result kept until the end, revisions and progress entries were held twice.
        var partials = slots.take().compactMap { $0 }
        var merged = partials[0]
        partials[0] = PassResult()
        merged.revisions.reserveCapacity(merged.revisions.count + partials.dropFirst().reduce(0) { $0 + $1.revisions.count })
        merged.progress.reserveCapacity(merged.progress.count + partials.dropFirst().reduce(0) { $0 + $1.progress.count })
        for i in partials.indices.dropFirst() {
            merged.merge(&partials[i])   // moves its open answers
            partials[i] = PassResult()
        }
        return merged
    }

    /// Resolves revisions (`RevisionResolution`), takes the contributions of
    /// the revisions that do not count out again, and reports the sets.
    static func resolveRevisions(_ result: inout PassResult, files: PathList, pass: AggregationPass,
                                 conflictCopies: [String] = []) -> [DuplicateSet] {
        let revisions = result.revisions
        result.revisions = []   // the resolution takes them (no second copy)
        let resolution = RevisionResolution(revisions, files: files)
        result.distinctIDs = resolution.winners.count
        let conflicted = Set(resolution.sets.filter(\.isConflict).map(\.id) + conflictCopies.compactMap(CorpusListing.conflictID))
        result.fieldwork = FieldworkProgress.count(result.progress, winners: resolution.winners.map(\.file),
                                                   files: files.count, openConflicts: conflicted.sorted(),
                                                   variants: pass.layouts.map(\.questionnaire.variant))
        result.progress = []
        let superseded = resolution.superseded.filter(\.included).map(\.file).sorted()
        guard !superseded.isEmpty else { return resolution.sets }
        var reader = CorpusReader()
        defer { reader.release() }
        var record = ResponseRecord()
        for file in superseded {
            // The file was valid a moment ago; if it changed since, its counts cannot be taken out exactly.
            if case .valid(let layout, _) = pass.judge.load(files[file], reader: &reader, record: &record) {
                pass.fold(record, layout: layout, file: file, sign: -1, into: &result)
            }
        }
        guard let pool = pass.openPool else { return resolution.sets }
        let dropped = pool.origins(fromFiles: Set(superseded.map { Int32(truncatingIfNeeded: $0) }))
        guard !dropped.isEmpty else { return resolution.sets }
        for g in result.tallies.indices {
            for l in result.tallies[g].indices where result.tallies[g][l] != nil {
                for q in result.tallies[g][l]!.tallies.indices {
                    result.tallies[g][l]!.tallies[q].open.removeAll { dropped.contains(UInt32($0.origin)) }
                }
            }
        }
        return resolution.sets
    }
}
