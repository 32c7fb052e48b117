import Foundation

/// `wijk merge SRC... --into DIR`: brings interviewers' folders together.
///
/// Per interview id the target keeps the latest revision (`RevisionOrder`);
/// an older file never replaces a newer one, nothing is ever deleted, and a
/// revision with the same id and `updatedAt` but different content is kept
/// beside the other as `<id>.conflict-<hash>.json` (hash of its bytes), which
/// `wijk validate` then reports as a duplicate id for someone to resolve.
/// Files are copied byte for byte, each with `AtomicFile.write`, so an
/// interrupted run leaves whole files only and running again completes it.
/// Running twice changes nothing the second time.
public struct ResponseMerger {
    public let target: URL
    public let validator: ResponseValidator
    /// Runs before each rename; tests use it to simulate an interruption.
    public var beforeWrite: (() throws -> Void)?

    public init(target: URL, validator: ResponseValidator) {
        self.target = target; self.validator = validator
    }

    /// What the target holds for one id: the main file's revision and the
    /// hashes of every revision kept (main and conflict files).
    struct Held {
        var main: Response?
        var hashes: Set<String> = []
        var responses: [Response] = []
    }

    /// Merges `sources` (files or folders) into the target; with `dryRun`
    /// only reports. Throws only when a write fails (the report so far is lost;
    /// the files written so far are complete, and a re-run carries on).
    public func run(sources: [String], dryRun: Bool) throws -> MergeReport {
        var held = index()
        var report = MergeReport()
        // The summary's and the exports' file walk: the same files, loops and hidden entries skipped.
        let listing = CorpusWalker.walk(sources, lang: validator.lang)
        for problem in listing.unusable(validator.lang) {
            report.entries.append(MergeEntry(source: problem.file, id: nil,
                                             outcome: .invalid(problem.problems.map(\.message).joined(separator: "; ")),
                                             target: nil))
        }
        for file in listing.files {
            let entry = try merge(file, into: &held, dryRun: dryRun)
            report.entries.append(entry)
        }
        return report
    }

    private func merge(_ file: String, into held: inout [String: Held], dryRun: Bool) throws -> MergeEntry {
        let lang = validator.lang
        let data: Data
        switch CorpusReader.data(file) {
        case .success(let read): data = read
        case .failure(let failure): return MergeEntry(source: file, id: nil, outcome: .invalid(failure.message(lang)), target: nil)
        }
        let json: JSONValue
        do { json = try JSONParser.parse(data) } catch {
            return MergeEntry(source: file, id: nil, outcome: .invalid(error.message(lang)), target: nil)
        }
        let (decoded, problems) = validator.validate(json)
        let hard = problems.filter { $0.severity == .hard }
        guard let response = decoded, hard.isEmpty else {
            let reason = hard.first?.description ?? lang.t("ongeldige id", "invalid id")
            return MergeEntry(source: file, id: decoded?.id, outcome: .invalid(reason), target: nil)
        }
        let id = response.id
        let hash = Self.shortHash(data)
        var state = held[id] ?? Held()
        let mainURL = target.appendingPathComponent(id + ".json")
        let outcome: MergeOutcome
        var written: URL?
        if state.hashes.contains(hash) || state.responses.contains(response) {
            outcome = .unchanged
        } else if let main = state.main {
            switch RevisionOrder.relation(RevisionKey(response), to: RevisionKey(main)) {
            case .newer:
                outcome = .updated; written = mainURL
                state.main = response
            case .older:
                outcome = .older
            case .tied:
                outcome = .conflict
                written = target.appendingPathComponent("\(id).conflict-\(hash).json")
            }
        } else if FileManager.default.fileExists(atPath: mainURL.path) {
            // `<id>.json` is there but unreadable or invalid: never overwrite it.
            outcome = .conflict
            written = target.appendingPathComponent("\(id).conflict-\(hash).json")
        } else {
            outcome = .added; written = mainURL
            state.main = response
        }
        if outcome != .unchanged && outcome != .older {
            state.hashes.insert(hash); state.responses.append(response)
        }
        if let written, !dryRun {
            try AtomicFile.write(data, to: written, beforeRename: beforeWrite)
        }
        held[id] = state
        return MergeEntry(source: file, id: id, outcome: outcome, target: written?.path)
    }

    /// What the target folder holds now, by id. Files that do not decode are
    /// left out (and never overwritten: see the `fileExists` check).
    func index() -> [String: Held] {
        var held: [String: Held] = [:]
        // The corpus's walk of the target folder itself (conflict copies included: their
        // revisions are held too), read under the size cap.
        let listing = CorpusWalker.walk([target.path], recursive: false, lang: validator.lang)
        for path in (listing.files + listing.conflicts).sorted() {
            let name = URL(fileURLWithPath: path).lastPathComponent
            guard case .success(let data) = CorpusReader.data(path),
                  let response = try? ResponseDecoder.decode(data, lang: validator.lang) else { continue }
            var state = held[response.id] ?? Held()
            state.hashes.insert(Self.shortHash(data))
            state.responses.append(response)
            if name == response.id + ".json" { state.main = response }
            held[response.id] = state
        }
        return held
    }

    /// 8 hex digits of FNV-1a 64 over the bytes: stable across runs and platforms.
    static func shortHash(_ data: Data) -> String {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in data { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        let s = String(h >> 32, radix: 16)
        return String(repeating: "0", count: 8 - s.count) + s
    }
}
