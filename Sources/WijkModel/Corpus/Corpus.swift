import Foundation

/// The response files under the paths a user named, found, read and judged
/// the one way every command does (docs/corpus.md): `CorpusWalker` finds
/// them, `CorpusReader` reads them under the size cap, `FileJudge` gives one
/// verdict per file (fast scanner, full path on any doubt; the id rule
/// included) and `RevisionOrder` picks the revision that counts per id.
/// `wijk summary` folds as it judges (`Aggregator`); validate, the exports,
/// the results' drill-down and merge start from `survey()` or `listing()`.
public struct Corpus: Sendable {
    public let paths: [String]
    public let questionnaires: [Questionnaire]
    public let lang: Lang
    public let today: String
    /// Which interviews count (the summary's filter); validate uses the default.
    public var filter: ResponseFilter
    /// Threads judging files; the result does not depend on it.
    public var workers: Int
    /// Off: every file takes the full path (tests compare the two).
    var fastPath = true

    public init(paths: [String], questionnaires: [Questionnaire], lang: Lang = .nl, today: String,
                filter: ResponseFilter = ResponseFilter(), workers: Int = 2) {
        self.paths = paths; self.questionnaires = questionnaires; self.lang = lang; self.today = today
        self.filter = filter; self.workers = max(1, workers)
    }

    /// The walk alone: which files there are, which are conflict copies, which paths cannot be used.
    public func listing() -> CorpusListing {
        CorpusWalker.walk(paths, lang: lang)
    }

    /// Walks, judges every file and resolves revisions.
    public func survey() -> CorpusSurvey { survey(visit: nil) }

    /// Sees one valid file the filter includes, as it is judged, on its
    /// worker's thread: the worker's number (`0..<workers`, one thread each),
    /// the file's index in `CorpusSurvey.files`, its record, the index of its
    /// questionnaire and its bytes (valid during the call only).
    typealias Visit = @Sendable (_ worker: Int, _ file: Int, _ record: ResponseRecord, _ questionnaire: Int,
                                 _ bytes: UnsafeRawBufferPointer) -> Void

    /// As `survey()`, and `visit` sees each valid file the filter includes
    /// (an export renders its row there: every file is read and judged once).
    /// With `keepOpenAnswers` the records hold every open text.
    func survey(keepOpenAnswers: Bool = false, visit: Visit?) -> CorpusSurvey {
        let listing = listing()
        let files = listing.files
        FreedMemory.giveBack()   // the walk's transient lists
        let judge = FileJudge(questionnaires: questionnaires, lang: lang, today: today, fastPath: fastPath,
                              keepOpenAnswers: keepOpenAnswers)
        let filter = self.filter
        var parts = ParallelChunks.map(files.count, workers: workers) { range, worker -> ([Revision], [(Int, FileReport)], [(Int, Int)]) in
            // Workers other than the first judge with their own copy of the questionnaires (see `FileJudge.privateCopy`).
            let judge = worker == 0 ? judge : judge.privateCopy()
            var revisions: [Revision] = [], invalid: [(Int, FileReport)] = [], warned: [(Int, Int)] = []
            var reader = CorpusReader()
            defer { reader.release() }
            var record = ResponseRecord()
            var sharing = ProblemSharing()
            for i in range {
                let (outcome, bytes) = judge.loadWithBytes(files[i], reader: &reader, record: &record)
                switch outcome {
                case .invalid(var report):
                    sharing.share(&report)
                    invalid.append((i, report))
                case .valid(let layout, let warnings):
                    if warnings > 0 { warned.append((i, warnings)) }
                    let included = filter.matches(record, layout: judge.layouts[layout])
                    revisions.append(Revision(id: record.id, revision: record.revision,
                                              updatedAt: record.updatedAt.timeIntervalSince1970,
                                              createdAt: record.createdAt.timeIntervalSince1970, file: i,
                                              included: included))
                    if included { visit?(worker, i, record, layout, bytes) }
                }
            }
            return (revisions, invalid, warned)
        }
        // Each worker's revisions are freed once copied: two full copies of them at once were
        // a fifth of an export's memory at 200,000 files.
        var revisions: [Revision] = []
        revisions.reserveCapacity(parts.reduce(0) { $0 + $1.0.count })
        for i in parts.indices {
            revisions += parts[i].0
            parts[i].0 = []
        }
        let resolution = RevisionResolution(revisions, files: files)
        FreedMemory.giveBack()   // the workers' arrays, the sort's buffer
        return CorpusSurvey(files: files, invalid: parts.flatMap(\.1), warned: parts.flatMap(\.2),
                            unusable: listing.unusable(lang), resolution: resolution)
    }

    /// The counted revision of every interview the filter selects, oldest
    /// interview first (ties by id): the rows of an export, the drill-down's list.
    public func selected(_ survey: CorpusSurvey) -> [String] {
        selectedIndices(survey).map { survey.files[$0] }
    }

    /// As `selected`, by index into the survey's files.
    func selectedIndices(_ survey: CorpusSurvey) -> [Int] {
        // Positions sorted, not the revisions: two sorted copies of them were a tenth of an export's memory.
        let winners = survey.resolution.winners
        var order = winners.indices.filter { winners[$0].included }
        order.sort { (winners[$0].createdAt, winners[$0].id) < (winners[$1].createdAt, winners[$1].id) }
        return order.map { winners[$0].file }
    }
}

/// What `Corpus.survey()` found.
public struct CorpusSurvey: Sendable {
    /// The response files judged, in walk order (conflict copies not among them).
    public let files: PathList
    /// Files that are not valid responses, by index into `files`, with their problems.
    let invalid: [(Int, FileReport)]
    /// Valid files with warnings (soft problems), by index, and how many.
    let warned: [(Int, Int)]
    /// Paths the walk could not use and conflict copies, by path.
    public let unusable: [FileReport]
    let resolution: RevisionResolution

    /// Ids found in more than one valid file (`RevisionOrder` picked the one counted).
    public var duplicates: [DuplicateSet] { resolution.sets }
    /// Distinct interviews among the valid files.
    public var interviews: Int { resolution.winners.count }
    /// Every file left out: the walk's problems, conflict copies and invalid files, by path.
    public var leftOut: [FileReport] {
        (unusable + invalid.map(\.1)).sorted { $0.file < $1.file }
    }
    /// The files counted: each interview's counted revision, whatever the filter, by path.
    public var counted: [String] { resolution.winners.map { files[$0.file] }.sorted() }
}
