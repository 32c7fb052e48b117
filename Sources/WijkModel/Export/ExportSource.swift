import Foundation

/// The interviews a data export writes, read in two streaming passes so memory
/// stays flat with the number of files (a `Response` is ~20 KB in memory; all
/// of them at once ran field laptops out of memory at 50,000–130,000 files).
///
/// 1. `plan(paths:)` takes the corpus's survey (`Corpus`: the summary's walk,
///    verdict, id rule and `RevisionOrder`) and keeps only a few bytes per
///    file. Per id the counted revision is exported if it passes the filter —
///    the summary's selection.
/// 2. `stream(_:render:write:)` re-reads the winners in batches, decodes them
///    and lets the format render each to bytes, which go to the output in
///    order. Batches render on `workers` threads; a batch is at most
///    `batchSize` responses, which bounds memory.
public struct ExportSource: Sendable {
    public let questionnaires: [Questionnaire]
    public let filter: ResponseFilter
    public let lang: Lang
    public let today: String
    public let workers: Int
    /// Responses rendered per batch in the second pass.
    public var batchSize = 1024

    public init(questionnaires: [Questionnaire], filter: ResponseFilter = ResponseFilter(), lang: Lang = .nl,
                today: String, workers: Int = 2) {
        self.questionnaires = questionnaires; self.filter = filter; self.lang = lang
        self.today = today; self.workers = max(1, workers)
    }

    /// Pass 1: which files to export, in row order (oldest interview first,
    /// ties by id), and one warning line per file left out (invalid files,
    /// unusable paths, unresolved conflict copies) and per conflict.
    public func plan(paths: [String]) -> ExportPlan {
        let corpus = Corpus(paths: paths, questionnaires: questionnaires, lang: lang, today: today,
                            filter: filter, workers: workers)
        let survey = corpus.survey()
        var warnings = survey.leftOut.map(warning)
        for set in survey.duplicates where set.isConflict {
            warnings.append(set.kept + ": " + lang.t(
                "conflict met \(set.conflicting.joined(separator: ", ")) (zelfde revisie, andere inhoud); dit bestand is geëxporteerd",
                "conflict with \(set.conflicting.joined(separator: ", ")) (same revision, different content); this file was exported"))
        }
        return ExportPlan(files: corpus.selected(survey), warnings: warnings)
    }

    /// One line for a file left out: `FILE: overgeslagen: problem; problem`.
    func warning(_ report: FileReport) -> String {
        let problems = report.hardProblems.isEmpty ? report.problems : report.hardProblems
        return DisplayText.line(report.file) + ": " + lang.t("overgeslagen: ", "skipped: ")
            // A whole-file problem (path "$", the JSON root) has no place to name, as in the summary.
            + problems.map { DisplayText.line($0.path == "$" ? $0.message : $0.description) }.joined(separator: "; ")
    }

    /// What the second pass did.
    public struct Streamed: Sendable {
        /// Responses rendered.
        public var count = 0
        /// Per column, the widest cell in UTF-8 bytes (as the renderer measured).
        public var widths: [Int] = []
        /// Files that changed or disappeared since the first pass.
        public var warnings: [String] = []
    }

    /// Pass 2: the plan's files batch by batch, each read again through the corpus's
    /// record (`CorpusRowReader`: the fast verdict, no parse and decode, no remarks or
    /// audit trail) — a file counts only if it still gets the verdict "valid"; `render`
    /// turns one interview's row (its questionnaire numbered as in `questionnaires`)
    /// into table bytes (and may widen per-column widths); `write` gets each batch's
    /// bytes, in plan order.
    func stream(_ plan: ExportPlan, columns: Int = 0,
                render: @escaping @Sendable (ExportRow, inout [UInt8], inout [Int]) -> Void,
                write: ([UInt8]) throws -> Void) throws -> Streamed {
        let lang = self.lang
        let judge = CorpusRowReader.judge(questionnaires: questionnaires, lang: lang, today: today)
        return try batches(plan, columns: columns, judge: judge, write: write) { path, rows, bytes, widths in
            rows.withRow(path) { row in render(row, &bytes, &widths) } ? nil : Self.noLongerValid(lang)
        }
    }

    /// As `stream`, for a format that writes each file's own bytes (JSONL):
    /// a file counts if it still gets the corpus's verdict "valid", and no
    /// `Response` is built for it.
    public func streamBytes(_ plan: ExportPlan,
                            renderFile: @escaping @Sendable (UnsafeRawBufferPointer, inout [UInt8]) -> Void,
                            write: ([UInt8]) throws -> Void) throws -> Streamed {
        let lang = self.lang
        let judge = CorpusRowReader.bytesJudge(questionnaires: questionnaires, lang: lang, today: today)
        return try batches(plan, columns: 0, judge: judge, write: write) { path, rows, bytes, _ in
            rows.withValidBytes(path) { raw in renderFile(raw, &bytes) } ? nil : Self.noLongerValid(lang)
        }
    }

    private static func noLongerValid(_ lang: Lang) -> DecodeFailure {
        DecodeFailure(message: lang.t("geen geldig interviewbestand meer", "no longer a valid interview file"))
    }

    /// The plan's files in batches of `batchSize`, each split over the workers;
    /// `file` renders one file into the worker's bytes (nil) or says why it
    /// was skipped. Each batch's bytes go to `write` in plan order.
    private func batches(_ plan: ExportPlan, columns: Int, judge: FileJudge, write: ([UInt8]) throws -> Void,
                         file: @escaping @Sendable (String, inout CorpusRowReader,
                                                    inout [UInt8], inout [Int]) -> DecodeFailure?) throws -> Streamed {
        var result = Streamed(widths: Array(repeating: 0, count: columns))
        let files = plan.files
        let lang = self.lang
        // One judge per worker, each with its own questionnaires (see `FileJudge.privateCopy`).
        let judges = [judge] + (1..<workers).map { _ in judge.privateCopy() }
        var start = 0
        while start < files.count {
            let batch = Array(files[start..<min(start + batchSize, files.count)])
            start += batch.count
            let pieces = ParallelChunks.map(batch.count, workers: workers, minimum: 64) { range, worker -> (bytes: [UInt8], part: Streamed) in
                var part = Streamed(widths: Array(repeating: 0, count: columns))
                var bytes: [UInt8] = []
                var rows = CorpusRowReader(judge: judges[worker])
                defer { rows.release() }
                for i in range {
                    if let failure = file(batch[i], &rows, &bytes, &part.widths) {
                        part.warnings.append(DisplayText.line(batch[i]) + ": " + lang.t("overgeslagen: ", "skipped: ")
                                             + DisplayText.line(failure.message))
                    } else {
                        part.count += 1
                    }
                }
                return (bytes, part)
            }
            for (bytes, part) in pieces {
                try write(bytes)
                result.count += part.count
                result.warnings += part.warnings
                for c in result.widths.indices { result.widths[c] = max(result.widths[c], part.widths[c]) }
            }
        }
        return result
    }

    struct DecodeFailure: Error { var message: String }
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
