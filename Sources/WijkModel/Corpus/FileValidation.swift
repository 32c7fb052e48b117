import Foundation

/// `wijk validate`: every response file under the paths, found, read and
/// judged by the corpus (`Corpus.survey`: the walk, size cap, verdict, id
/// rule and revision order the summary and the exports use), with every
/// problem worded. Never crashes or hangs on what it is given: empty,
/// truncated, huge or binary files, unreadable files, symlink loops, pipes.
public struct FileValidation: Sendable {
    public let validator: ResponseValidator
    /// Threads judging files; the result does not depend on it.
    public var workers = 2
    public var lang: Lang { validator.lang }

    public init(validator: ResponseValidator) { self.validator = validator }

    /// One report per file found (problems empty when valid) and per path
    /// that could not be used, by path. A valid file that is not the
    /// counted revision of its id gets a problem naming the one counted.
    public func run(paths: [String]) -> [FileReport] {
        let corpus = Corpus(paths: paths, questionnaires: validator.questionnaires, lang: lang,
                            today: validator.today, workers: workers)
        let survey = corpus.survey()
        var reports = survey.files.map { FileReport(file: $0, problems: []) }
        for (i, report) in survey.invalid { reports[i] = report }
        // The fast verdict only counts warnings; the full path words them, on
        // every worker (a folder where each file warns was one core's work).
        let warned = survey.warned.map(\.0)
        let worded = ParallelChunks.map(warned.count, workers: workers, minimum: 64) { range, worker in
            let own = worker == 0 ? self : FileValidation(validator: validator.privateCopy())
            var reader = CorpusReader()
            defer { reader.release() }
            return range.map { own.check(survey.files[warned[$0]], reader: &reader) }
        }
        for (i, report) in zip(warned, worded.joined()) { reports[i] = report }
        for revision in survey.resolution.winners { reports[revision.file].responseID = revision.id }
        let sets = Dictionary(survey.duplicates.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for revision in survey.resolution.superseded {
            reports[revision.file].responseID = revision.id
            guard let set = sets[revision.id] else { continue }
            let file = survey.files[revision.file]
            let why: (String, String)
            if set.conflicting.contains(file) {
                why = ("zelfde revisie en updatedAt, andere inhoud (conflict)", "same revision and updatedAt, different content (conflict)")
            } else if survey.resolution.isCopy(revision) {
                why = ("een gelijke kopie", "an identical copy")
            } else {
                why = ("een oudere revisie", "an older revision")
            }
            reports[revision.file].problems.append(Problem(path: "$.id", message: lang.t(
                "dezelfde id als \(set.kept): \(why.0); niet meegeteld", "same id as \(set.kept): \(why.1); not counted")))
        }
        return (reports + survey.unusable).sorted { $0.file < $1.file }
    }

    /// Every problem of one file, hard and soft, as the validator words them.
    func check(_ path: String, reader: inout CorpusReader) -> FileReport {
        switch reader.read(path) {
        case .failure(let failure):
            return FileReport(file: path, problems: [Problem(path: "$", message: failure.message(lang))])
        case .success(let bytes):
            let json: JSONValue
            do throws(JSONParseError) { json = try JSONParser.parse(bytes: bytes) } catch {
                return FileReport(file: path, problems: [Problem(path: "$", message: error.message(lang))])
            }
            let (response, problems) = validator.validate(json)
            return FileReport(file: path, responseID: response?.id, problems: problems)
        }
    }
}
