import Foundation

/// The interviews a data export writes, read and judged once each, with
/// memory flat in the number of files (a `Response` is ~20 KB in memory; all
/// of them at once ran field laptops out of memory at 50,000–130,000 files).
///
/// `export(paths:…)` takes the corpus's survey (`Corpus`: the summary's walk,
/// verdict, id rule and `RevisionOrder`) and, as each file is judged, lets
/// the format render the row of every file the filter includes into an
/// `ExportSpill` on disk. Once the revisions are resolved, the counted
/// revision of each id — the summary's selection — is copied to the output in
/// row order (oldest interview first, ties by id). `plan(paths:)` is the same
/// selection without rendering.
public struct ExportSource: Sendable {
    public let questionnaires: [Questionnaire]
    public let filter: ResponseFilter
    public let lang: Lang
    public let today: String
    public let workers: Int
    /// Rendered bytes each worker holds before writing them to its spill.
    public var spillBufferSize = 1 << 20
    /// Where `export` sends each warning line as it is made (the commands: stderr); without
    /// one they are collected in `Streamed.warnings`. At 200,000 invalid files the lines
    /// collected were a quarter of an export's memory.
    public var warn: (@Sendable (String) -> Void)?

    public init(questionnaires: [Questionnaire], filter: ResponseFilter = ResponseFilter(), lang: Lang = .nl,
                today: String, workers: Int = 2) {
        self.questionnaires = questionnaires; self.filter = filter; self.lang = lang
        self.today = today; self.workers = max(1, workers)
    }

    /// Which files an export writes, in row order (oldest interview first,
    /// ties by id), and one warning line per file left out (invalid files,
    /// unusable paths, unresolved conflict copies) and per conflict.
    public func plan(paths: [String]) -> ExportPlan {
        let corpus = self.corpus(paths)
        let survey = corpus.survey()
        var warnings: [String] = []
        forEachWarning(survey) { warnings.append($0) }
        return ExportPlan(files: corpus.selected(survey), warnings: warnings)
    }

    private func corpus(_ paths: [String]) -> Corpus {
        Corpus(paths: paths, questionnaires: questionnaires, lang: lang, today: today, filter: filter, workers: workers)
    }

    private func forEachWarning(_ survey: CorpusSurvey, _ body: (String) -> Void) {
        for report in survey.leftOut { body(warning(report)) }
        for set in survey.duplicates where set.isConflict {
            body(set.kept + ": " + lang.t(
                "conflict met \(set.conflicting.joined(separator: ", ")) (zelfde revisie, andere inhoud); dit bestand is geëxporteerd",
                "conflict with \(set.conflicting.joined(separator: ", ")) (same revision, different content); this file was exported"))
        }
    }

    /// One line for a file left out: `FILE: overgeslagen: problem; problem`.
    func warning(_ report: FileReport) -> String {
        let problems = report.hardProblems.isEmpty ? report.problems : report.hardProblems
        return DisplayText.line(report.file) + ": " + lang.t("overgeslagen: ", "skipped: ")
            // A whole-file problem (path "$", the JSON root) has no place to name, as in the summary.
            + problems.map { DisplayText.line($0.path == "$" ? $0.message : $0.description) }.joined(separator: "; ")
    }

    /// What an export wrote.
    public struct Streamed: Sendable {
        /// Responses written.
        public var count = 0
        /// Per column, the widest cell in UTF-8 bytes (as the renderer measured).
        public var widths: [Int] = []
        /// One line per file left out and per conflict (`plan(paths:)`'s warnings),
        /// unless they went to `ExportSource.warn`.
        public var warnings: [String] = []
    }

    /// How a format turns one file into output bytes, on a worker's thread.
    enum Renderer: Sendable {
        /// From the file's row (`ExportRow`: straight from the corpus's record,
        /// no `Response`; its questionnaire numbered as in `questionnaires`),
        /// widening per-column widths if it measures them.
        case rows(@Sendable (ExportRow, inout [UInt8], inout [Int]) -> Void)
        /// From the file's own bytes (JSONL): open texts are not decoded.
        case bytes(@Sendable (UnsafeRawBufferPointer, inout [UInt8]) -> Void)
    }

    /// Reads and judges the files under `paths` once each, rendering each
    /// selected file with `renderer(worker)` into a spill in `spillDirectory`, then
    /// gives the counted rows to `write` in row order, in pieces of about
    /// `spillBufferSize` bytes. `columns` is the number of widths the renderer
    /// measures (0: none). With `measure`, the widths are those of the rows
    /// written exactly: when a rendered row is not written (a revision that
    /// lost), `measure` measures each written row again from its bytes.
    ///
    /// One renderer per worker, so that each may hold its own copy of what it
    /// reads for every cell: two threads retaining and releasing the same
    /// objects per cell wait for each other's cache line.
    /// - Throws: `StoreError.io` when the spill cannot be written or read, or what `write` throws.
    func export(paths: [String], renderer: (_ worker: Int) -> Renderer, columns: Int = 0, spillDirectory: URL,
                measure: ((UnsafeRawBufferPointer, inout [Int]) -> Void)? = nil,
                write: ([UInt8]) throws -> Void) throws -> Streamed {
        let spill = try ExportSpill(directory: spillDirectory, workers: workers, columns: columns,
                                    bufferSize: spillBufferSize)
        let corpus = self.corpus(paths)
        let renderers = (0..<workers).map(renderer)
        let keepOpenAnswers: Bool
        if case .rows = renderers[0] { keepOpenAnswers = true } else { keepOpenAnswers = false }
        let survey = corpus.survey(keepOpenAnswers: keepOpenAnswers) { worker, file, record, questionnaire, bytes in
            spill.writers[worker].append(file: file) { out, widths in
                switch renderers[worker] {
                case .rows(let render):
                    render(ExportRow(record: record, questionnaire: questionnaire, bytes: bytes), &out, &widths)
                case .bytes(let render):
                    render(bytes, &out)
                }
            }
        }
        var warnings: [String] = []
        forEachWarning(survey) { line in
            if let warn { warn(line) } else { warnings.append(line) }
        }
        let rows = corpus.selectedIndices(survey)
        var (locations, widths) = try spill.finish(files: survey.files.count)
        let rendered = locations.lazy.filter { $0.worker >= 0 }.count
        let remeasure = rendered != rows.count ? measure : nil
        if remeasure != nil { widths = widths.map { _ in 0 } }
        var piece: [UInt8] = []
        piece.reserveCapacity(spillBufferSize + 64 << 10)
        for file in rows {
            let start = piece.count
            try spill.read(locations[file], into: &piece)
            if let remeasure {
                piece.withUnsafeBytes { remeasure(UnsafeRawBufferPointer(rebasing: $0[start...]), &widths) }
            }
            if piece.count >= spillBufferSize {
                try write(piece)
                piece.removeAll(keepingCapacity: true)
            }
        }
        if !piece.isEmpty { try write(piece) }
        return Streamed(count: rows.count, widths: widths, warnings: warnings)
    }
}

/// The files a data export writes, in row order, and the files left out.
public struct ExportPlan: Sendable {
    /// The winning revision of each selected interview, oldest interview first.
    public var files: [String]
    /// One line per file left out (`FILE: overgeslagen: reason`), for stderr.
    public var warnings: [String]

    public init(files: [String], warnings: [String] = []) {
        self.files = files; self.warnings = warnings
    }
}
