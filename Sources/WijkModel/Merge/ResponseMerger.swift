import Foundation

/// `wijk merge SRC... --into DIR`: brings interviewers' folders together.
///
/// Per interview id the target keeps the latest revision (`RevisionOrder`:
/// edit counter, then `updatedAt`); an older file never replaces a newer one,
/// nothing is ever deleted, and a tied revision with different bytes is kept
/// beside the other as `<id>.conflict-<hash>.json` (hash of its bytes), listed
/// as unresolved until someone keeps one revision (`MergeConflicts.resolve`).
/// Files are copied byte for byte through a `BulkWriter` (temporaries, one
/// flush, renames, directory fsync), so an interrupted run leaves whole files
/// only and running again completes it; running twice changes nothing the
/// second time. The caller holds the target's `FolderLock`.
public struct ResponseMerger {
    public let target: URL
    public let validator: ResponseValidator
    /// Runs before each rename; tests use it to simulate an interruption.
    public var beforeWrite: (() throws -> Void)?
    /// Files renamed into place per flush (see `BulkWriter`).
    public var batchSize = 2048

    public init(target: URL, validator: ResponseValidator) {
        self.target = target; self.validator = validator
    }

    /// Merges `sources` (files or folders) into the target; with `dryRun` only
    /// decides, writing nothing. Entries go to `sink` as they are decided (the
    /// report then keeps counts only), else into the report.
    /// - Throws: only when a write fails (files renamed so far are complete; a re-run carries on).
    public func run(sources: [String], dryRun: Bool, sink: ((MergeEntry) -> Void)? = nil) throws -> MergeReport {
        var index = MergeIndex.read(target, lang: validator.lang)
        var report = MergeReport()
        report.exposedFiles = index.exposedFiles
        var newConflicts: [String] = []
        func record(_ entry: MergeEntry) {
            report.count(entry.outcome)
            if entry.outcome == .conflict, let written = entry.target {
                newConflicts.append(URL(fileURLWithPath: written).lastPathComponent)
            }
            if let sink { sink(entry) } else { report.entries.append(entry) }
        }
        // The corpus's walk: the same files as every command; conflict copies and links out are reported.
        let listing = CorpusWalker.walk(sources, lang: validator.lang)
        FreedMemory.giveBack()   // the walk's transient lists
        for problem in listing.unusable(validator.lang) {
            record(MergeEntry(source: problem.file, id: nil,
                              outcome: .invalid(problem.problems.map(\.message).joined(separator: "; ")), target: nil))
        }
        let writer = dryRun ? nil : BulkWriter(directory: target, batchSize: batchSize)
        writer?.beforeRename = beforeWrite
        var reader = CorpusReader()
        defer { reader.release() }
        for file in listing.files {
            record(try merge(file, reader: &reader, into: &index, writer: writer))
        }
        try writer?.commit()
        report.unresolved = Array(Set(MergeConflicts.list(in: target) + (dryRun ? newConflicts : []))).sorted()
        return report
    }

    private func merge(_ file: String, reader: inout CorpusReader, into index: inout MergeIndex,
                       writer: BulkWriter?) throws -> MergeEntry {
        let lang = validator.lang
        func invalid(_ reason: String, id: String? = nil) -> MergeEntry {
            MergeEntry(source: file, id: id, outcome: .invalid(reason), target: nil)
        }
        let data: Data, hash: UInt64
        switch reader.read(file) {
        case .success(let bytes): data = Data(bytes); hash = CorpusReader.hash(bytes)
        case .failure(let failure): return invalid(failure.message(lang))
        }
        let json: JSONValue
        do { json = try JSONParser.parse(data) } catch { return invalid(error.message(lang)) }
        let (decoded, problems) = validator.validate(json)
        let hard = problems.filter { $0.severity == .hard }
        // The validator holds the one id rule (`ResponseID`).
        guard let response = decoded, hard.isEmpty else {
            return invalid(hard.first?.description ?? lang.t("ongeldige id", "invalid id"), id: decoded?.id)
        }
        let id = response.id
        var held = index.byID[id] ?? MergeIndex.Held()
        var outcome = decide(response, hash: hash, held: held)
        // A draft open in the app right now would be overwritten by its next save: the
        // newer revision is kept beside it as a conflict instead, never lost either way.
        if outcome == .updated, let lock = try? ResponseStore(directory: target).lockURL(for: id),
           DraftLock.isTaken(at: lock) {
            outcome = .conflict
        }
        let name: String?
        switch outcome {
        case .added, .updated: name = id + ".json"
        case .conflict: name = MergeConflicts.name(id: id, hash: hash)
        default: name = nil
        }
        if let name {
            try writer?.stage(data, as: name)
            held.kept.put(MergeIndex.Kept(name: name, id: id, hash: hash), id: id)
            if outcome != .conflict { held.main = RevisionKey(response) }
            index.byID[id] = held
        }
        return MergeEntry(source: file, id: id, outcome: outcome,
                          target: name.map { target.appendingPathComponent($0, isDirectory: false).path })
    }

    /// The one decision: unchanged when the target keeps these bytes, else
    /// `RevisionOrder` against `<id>.json` (tied with other bytes: a conflict).
    private func decide(_ response: Response, hash: UInt64, held: MergeIndex.Held) -> MergeOutcome {
        if held.kept.contains(hash: hash) { return .unchanged }
        guard let main = held.main else { return held.mainOccupied ? .conflict : .added }
        switch RevisionOrder.relation(RevisionKey(response), to: main) {
        case .newer: return .updated
        case .older: return .older
        case .tied: return .conflict
        }
    }
}
