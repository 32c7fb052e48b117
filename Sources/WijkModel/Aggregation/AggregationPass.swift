import Foundation

/// What one worker has read: tallies per group and variant, revisions, invalid files.
struct PassResult: Sendable {
    /// Group key → index into `tallies`.
    var groupIndex: [String: Int] = [:]
    /// Per group, tallies per layout (nil until that variant occurs).
    var tallies: [[VariantTally?]] = []
    /// Group key → the spelling shown (the smallest seen, for determinism).
    var groupNames: [String: String] = [:]
    var revisions: [Revision] = []
    var invalid: [FileReport] = []
    /// Where open answers go (nil without `keepOpenAnswers`); one store per worker.
    var open: OpenCollector?
    var warnings = 0
    /// Per valid file passing every filter but the status: what `FieldworkProgress` counts.
    var progress: [ProgressEntry] = []
    /// Counted from `progress` once revisions are resolved.
    var fieldwork = FieldworkProgress()
    /// Distinct ids among the valid files, set when duplicates are resolved.
    var distinctIDs = 0

    /// The index of group `key`, created empty when new.
    mutating func group(_ key: String, layouts: Int) -> Int {
        if let g = groupIndex[key] { return g }
        groupIndex[key] = tallies.count
        tallies.append(Array(repeating: nil, count: layouts))
        return tallies.count - 1
    }

    /// Adds `other` (whose tallies are taken: their open answers move here).
    mutating func merge(_ other: inout PassResult) {
        for (key, g) in other.groupIndex {
            let mine = group(key, layouts: other.tallies[g].count)
            for i in other.tallies[g].indices where other.tallies[g][i] != nil {
                if tallies[mine][i] == nil {
                    tallies[mine][i] = other.tallies[g][i].take()
                } else {
                    tallies[mine][i]!.merge(&other.tallies[g][i]!)
                }
            }
        }
        for (key, name) in other.groupNames where groupNames[key].map({ name < $0 }) ?? true {
            groupNames[key] = name
        }
        revisions.append(contentsOf: other.revisions)
        invalid.append(contentsOf: other.invalid)
        progress.append(contentsOf: other.progress)
        warnings += other.warnings
    }
}

/// Judging and folding files: shared by the workers.
struct AggregationPass: Sendable {
    /// The verdict on each file (the corpus's, as every command's).
    let judge: FileJudge
    let options: AggregationOptions
    /// Per layout, the question indices of each cross-tab request.
    let crossIndices: [[(Int?, Int?)]]
    /// The filter without its status part: fieldwork progress counts drafts and completed alike.
    let progressFilter: ResponseFilter
    /// Per layout, the slot of the interview date (`datum`).
    let dateSlots: [Int?]
    /// Where every worker keeps open answers (with `keepOpenAnswers`).
    let openPool: OpenAnswerPool?

    var layouts: [QuestionLayout] { judge.layouts }

    init(questionnaires: [Questionnaire], options: AggregationOptions, openPool: OpenAnswerPool? = nil) {
        judge = FileJudge(questionnaires: questionnaires, lang: options.lang, today: options.today,
                          fastPath: options.fastPath, keepOpenAnswers: options.keepOpenAnswers,
                          readIDs: Set(options.crossTabs.flatMap { [$0.row, $0.column] }))
        self.options = options
        crossIndices = judge.layouts.map { layout in
            options.crossTabs.map { (layout.indexByID[$0.row], layout.indexByID[$0.column]) }
        }
        var relaxed = options.filter
        relaxed.status = nil
        relaxed.includeDrafts = true
        progressFilter = relaxed
        dateSlots = judge.layouts.map { $0.indexByID[MetadataID.date] }
        self.openPool = options.keepOpenAnswers ? openPool ?? OpenAnswerPool() : nil
    }

    /// The same pass with its own copy of the questionnaires (see `FileJudge.privateCopy`).
    func privateCopy() -> AggregationPass {
        guard let copies = FileJudge.privateCopies(layouts.map(\.questionnaire)) else { return self }
        return AggregationPass(questionnaires: copies, options: options, openPool: openPool)
    }

    /// The group a response belongs to: "" without grouping, else its gemeente,
    /// wijk or interviewer (normalised).
    func groupKey(_ record: ResponseRecord, layout: QuestionLayout) -> (key: String, name: String) {
        let raw: String
        switch options.grouping {
        case nil: return ("", "")
        case .gemeente?: raw = ResponseFilter.text(record.answer(MetadataID.gemeente, in: layout))
        case .wijk?: raw = ResponseFilter.text(record.answer(MetadataID.wijk, in: layout))
        case .interviewer?: raw = record.interviewer
        }
        let name = ResponseFilter.trimmed(raw)
        return (ResponseFilter.normalized(name), name)
    }

    /// Adds or takes out one response.
    func fold(_ record: ResponseRecord, layout: Int, file: Int, sign: Int, into result: inout PassResult) {
        let l = layouts[layout]
        let (key, name) = groupKey(record, layout: l)
        if sign > 0, result.groupNames[key].map({ name < $0 }) ?? true { result.groupNames[key] = name }
        let g = result.group(key, layouts: layouts.count)
        if result.tallies[g][layout] == nil {
            result.tallies[g][layout] = VariantTally(questionCount: l.questions.count,
                                                     crossTabCount: options.crossTabs.count)
        }
        // In place: a copy of the tally here would copy every counter per file.
        l.fold(record, file: file, sign: sign, open: &result.open,
               crossTabs: crossIndices[layout], into: &result.tallies[g][layout]!)
    }

    /// The interview date as a day number: the `datum` answer, else `createdAt`'s day (UTC),
    /// as `ResponseFilter.interviewDate` has it.
    func progressEntry(_ record: ResponseRecord, layout: Int, file: Int) -> ProgressEntry {
        var day: Int?
        if let slot = dateSlots[layout], case .text(let d)? = record.values[slot] { day = ISOWeek.day(d) }
        let days = day ?? Int((record.createdAt.timeIntervalSince1970 / 86_400).rounded(.down))
        return ProgressEntry(file: Int32(truncatingIfNeeded: file), isDraft: record.status == .draft,
                             day: Int32(clamping: days), interviewer: record.interviewer,
                             layout: Int16(clamping: layout), withoutConsent: layouts[layout].endedWithoutConsent(record))
    }

    /// Reads the files with the given indices.
    func run(_ files: PathList, indices: some Sequence<Int>) -> PassResult {
        var result = PassResult()
        result.open = openPool.map(OpenCollector.init)
        var reader = CorpusReader()
        defer { reader.release() }
        var record = ResponseRecord()
        var sharing = ProblemSharing()
        for i in indices {
            switch judge.load(files[i], reader: &reader, record: &record) {
            case .invalid(var report):
                sharing.share(&report)
                result.invalid.append(report)
            case .valid(let layout, let warnings):
                result.warnings += warnings
                let included = options.filter.matches(record, layout: layouts[layout])
                result.revisions.append(Revision(id: record.id, revision: record.revision, updatedAt: record.updatedAt.timeIntervalSince1970,
                                                 createdAt: record.createdAt.timeIntervalSince1970,
                                                 file: i, included: included))
                if included { fold(record, layout: layout, file: i, sign: 1, into: &result) }
                if included || progressFilter.matches(record, layout: layouts[layout]) {
                    result.progress.append(progressEntry(record, layout: layout, file: i))
                }
            }
        }
        return result
    }
}
