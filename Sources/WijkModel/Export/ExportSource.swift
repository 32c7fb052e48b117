import Foundation

/// The interviews a data export writes, read in two streaming passes so memory
/// stays flat with the number of files (a `Response` is ~20 KB in memory; all
/// of them at once ran field laptops out of memory at 50,000–130,000 files).
///
/// 1. `plan(paths:)` reads and checks every file exactly as the summary does
///    (`AggregationPass.load`: the same files, the same validator verdict, the
///    same `ResponseFilter`) and keeps only a few bytes per file: id,
///    `updatedAt`, `createdAt`, whether it passes the filter. Per id the newest
///    `updatedAt` wins (same time: the first path), and the winner is
///    exported if it passes the filter — the summary's selection.
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
    /// ties by id), and one warning line per file left out as unusable.
    public func plan(paths: [String]) -> ExportPlan {
        let (files, unusable) = FileCollection.collect(paths, lang: lang)
        let pass = AggregationPass(questionnaires: questionnaires,
                                   options: AggregationOptions(filter: filter, keepOpenAnswers: false, lang: lang, today: today))
        let parts = Self.inChunks(files.count, workers: workers) { range -> ([Revision], [FileReport]) in
            var candidates: [Revision] = [], invalid: [FileReport] = []
            var reader = ResponseFileReader()
            var record = ResponseRecord()
            defer { reader.release() }
            for i in range {
                switch pass.load(files[i], reader: &reader, record: &record) {
                case .invalid(let report): invalid.append(report)
                case .valid(let layout, _):
                    candidates.append(Revision(id: record.id, revision: record.revision, updatedAt: record.updatedAt.timeIntervalSince1970,
                                               createdAt: record.createdAt.timeIntervalSince1970, file: i,
                                               included: filter.matches(record, layout: pass.layouts[layout])))
                }
            }
            return (candidates, invalid)
        }
        var candidates = parts.flatMap(\.0)
        let reports = unusable + parts.flatMap(\.1)
        Revision.newestFirst(&candidates, files: files)
        var winners = Revision.runs(candidates).map { candidates[$0.lowerBound] }.filter(\.included)
        winners.sort { ($0.createdAt, $0.id) < ($1.createdAt, $1.id) }
        return ExportPlan(files: winners.map { files[$0.file] }, warnings: reports.map(warning))
    }

    /// One line for a file left out: `FILE: overgeslagen: problem; problem`.
    func warning(_ report: FileReport) -> String {
        let problems = report.hardProblems.isEmpty ? report.problems : report.hardProblems
        return DisplayText.line(report.file) + ": " + lang.t("overgeslagen: ", "skipped: ")
            + problems.map { DisplayText.line($0.description) }.joined(separator: "; ")
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

    /// Pass 2: decodes the plan's files batch by batch; `render` turns one
    /// response into bytes (and may widen per-column widths); `write` gets
    /// each batch's bytes, in plan order.
    public func stream(_ plan: ExportPlan, columns: Int = 0,
                       render: @escaping @Sendable (Response, inout [UInt8], inout [Int]) -> Void,
                       write: ([UInt8]) throws -> Void) throws -> Streamed {
        var result = Streamed(widths: Array(repeating: 0, count: columns))
        let files = plan.files
        let lang = self.lang
        var start = 0
        while start < files.count {
            let batch = Array(files[start..<min(start + batchSize, files.count)])
            start += batch.count
            let pieces = Self.inChunks(batch.count, workers: workers, minimum: 64) { range -> (bytes: [UInt8], part: Streamed) in
                var part = Streamed(widths: Array(repeating: 0, count: columns))
                var bytes: [UInt8] = []
                var reader = ResponseFileReader()
                defer { reader.release() }
                for i in range {
                    switch Self.decode(batch[i], reader: &reader, lang: lang) {
                    case .success(let response):
                        render(response, &bytes, &part.widths)
                        part.count += 1
                    case .failure(let failure):
                        part.warnings.append(DisplayText.line(batch[i]) + ": " + lang.t("overgeslagen: ", "skipped: ")
                                             + DisplayText.line(failure.message))
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

    /// Reads and decodes one file of the plan (checked in pass 1; here only
    /// whether it still reads and decodes).
    static func decode(_ path: String, reader: inout ResponseFileReader, lang: Lang) -> Result<Response, DecodeFailure> {
        let read = reader.withContents(of: path, maxSize: FileValidation.maxFileSize) { bytes -> Result<Response, DecodeFailure> in
            let json: JSONValue
            do throws(JSONParseError) { json = try JSONParser.parse(bytes: bytes) } catch {
                return .failure(DecodeFailure(message: error.message(lang)))
            }
            guard let response = ResponseDecoder.decode(json, lang: lang).response else {
                return .failure(DecodeFailure(message: lang.t("geen geldig interviewbestand meer",
                                                              "no longer a valid interview file")))
            }
            return .success(response)
        }
        switch read {
        case .success(let decoded): return decoded
        case .failure: return .failure(DecodeFailure(message: lang.t("kan niet lezen", "cannot read")))
        }
    }

    /// Runs `body` over `0..<count` split in contiguous ranges, one per worker
    /// (at most one range per `minimum` items), and returns the results in range order.
    static func inChunks<T: Sendable>(_ count: Int, workers: Int, minimum: Int = 256,
                                      _ body: @Sendable (Range<Int>) -> T) -> [T] {
        let n = max(1, min(workers, (count + minimum - 1) / minimum))
        if n == 1 { return [body(0..<count)] }
        let size = (count + n - 1) / n
        let slots = ResultSlots<T>(count: n)
        DispatchQueue.concurrentPerform(iterations: n) { w in
            slots.set(w, body((w * size)..<min(count, (w + 1) * size)))
        }
        return slots.values.map { $0! }
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
