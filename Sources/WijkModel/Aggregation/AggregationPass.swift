import Foundation

/// One valid file's place in the deduplication: which interview, which revision.
struct Revision: Sendable {
    var id: String
    var revision: Int
    var updatedAt: Double
    var createdAt: Double
    var file: Int
    /// Whether it passed the filter (and, in a summary, was folded into the tallies).
    var included: Bool

    var key: RevisionKey { RevisionKey(revision: revision, updatedAt: Date(timeIntervalSince1970: updatedAt)) }

    /// `RevisionOrder` applied to a list: sorted by id, each id's latest
    /// revision first (the one that counts), tied ones by path.
    static func newestFirst(_ revisions: inout [Revision], files: [String]) {
        revisions.sort { a, b in
            if a.id != b.id { return a.id < b.id }
            switch RevisionOrder.relation(a.key, to: b.key) {
            case .newer: return true
            case .older: return false
            case .tied: return files[a.file] < files[b.file]
            }
        }
    }

    /// The runs of one id in revisions sorted by `newestFirst`.
    static func runs(_ revisions: [Revision]) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start = 0
        while start < revisions.count {
            var end = start + 1
            while end < revisions.count && revisions[end].id == revisions[start].id { end += 1 }
            runs.append(start..<end)
            start = end
        }
        return runs
    }
}

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
    /// Distinct ids among the valid files, set when duplicates are resolved.
    var distinctIDs = 0

    /// The index of group `key`, created empty when new.
    mutating func group(_ key: String, layouts: Int) -> Int {
        if let g = groupIndex[key] { return g }
        groupIndex[key] = tallies.count
        tallies.append(Array(repeating: nil, count: layouts))
        return tallies.count - 1
    }

    mutating func merge(_ other: PassResult) {
        for (key, g) in other.groupIndex {
            let mine = group(key, layouts: other.tallies[g].count)
            for i in other.tallies[g].indices {
                guard let t = other.tallies[g][i] else { continue }
                if tallies[mine][i] == nil { tallies[mine][i] = t } else { tallies[mine][i]!.merge(t) }
            }
        }
        for (key, name) in other.groupNames where groupNames[key].map({ name < $0 }) ?? true {
            groupNames[key] = name
        }
        revisions.append(contentsOf: other.revisions)
        invalid.append(contentsOf: other.invalid)
        warnings += other.warnings
    }
}

/// Reading, validating and folding files: shared by the workers.
struct AggregationPass: Sendable {
    let layouts: [QuestionLayout]
    let layoutByID: [String: Int]
    let validator: ResponseValidator
    let options: AggregationOptions
    /// Per layout, the question indices of each cross-tab request.
    let crossIndices: [[(Int?, Int?)]]
    /// Per layout and slot: whether the scanner must decode a text answer.
    /// Open texts that no expression, cross-tab or kept open answer reads are
    /// only checked (most of a file's bytes with `--no-open-answers`).
    let keepsText: [[Bool]]

    init(questionnaires: [Questionnaire], options: AggregationOptions) {
        layouts = questionnaires.enumerated().map { QuestionLayout($1, number: $0) }
        var byID: [String: Int] = [:]
        for (i, q) in questionnaires.enumerated() where byID[q.id] == nil { byID[q.id] = i }
        layoutByID = byID
        validator = ResponseValidator(questionnaires: questionnaires, lang: options.lang, today: options.today)
        self.options = options
        crossIndices = layouts.map { layout in
            options.crossTabs.map { (layout.indexByID[$0.row], layout.indexByID[$0.column]) }
        }
        // Texts the filter and grouping read themselves (a questionnaire may make `datum` a text).
        let readIDs = Set(options.crossTabs.flatMap { [$0.row, $0.column] })
            .union([MetadataID.date, MetadataID.gemeente, MetadataID.wijk, MetadataID.organisation])
        keepsText = layouts.map { layout in
            var keeps = Array(repeating: false, count: layout.questions.count)
            for i in layout.questions.indices {
                keeps[layout.slots[i]] = keeps[layout.slots[i]] || layout.kinds[i] != .openText
                    || options.keepOpenAnswers || layout.constraints[i] != nil
                    || layout.referencedIDs.contains(layout.ids[i]) || readIDs.contains(layout.ids[i])
            }
            return keeps
        }
    }

    /// The same pass built from its own copy of the questionnaires, written
    /// out and read back, so that it shares no object with this one: two
    /// threads retaining and releasing the same strings, tables and
    /// expression trees for every file made each core wait for the other's
    /// cache line. Falls back to this pass if a copy does not read back equal.
    func privateCopy() -> AggregationPass {
        var copies: [Questionnaire] = []
        for q in layouts.map(\.questionnaire) {
            let bytes = JSONWriter.data(QuestionnaireEncoder.encode(q), pretty: false)
            guard let json = try? JSONParser.parse(bytes), let copy = QuestionnaireDecoder.decode(json).questionnaire,
                  copy == q else { return self }
            copies.append(copy)
        }
        return AggregationPass(questionnaires: copies, options: options)
    }

    enum Outcome {
        /// `record` holds the response with its relevance.
        case valid(layout: Int, warnings: Int)
        case invalid(FileReport)
    }

    /// The layout of the questionnaire a response names, as the validator picks it.
    func layoutIndex(_ ref: QuestionnaireRef) -> Int? {
        for (i, l) in layouts.enumerated() where l.questionnaire.id == ref.id && l.questionnaire.version == ref.version {
            return i
        }
        return layoutByID[ref.id]
    }

    /// Reads and checks one file into `record`: the byte scanner when it is
    /// sure, else the full parser, decoder and validator.
    func load(_ path: String, reader: inout ResponseFileReader, record: inout ResponseRecord) -> Outcome {
        let bytes: UnsafeRawBufferPointer
        switch reader.read(path, maxSize: FileValidation.maxFileSize) {
        case .success(let read): bytes = read
        case .failure(let failure):
            let lang = options.lang
            let message: String
            switch failure {
            case .cannotOpen(let reason), .cannotRead(let reason):
                message = lang.t("kan niet lezen: \(reason)", "cannot read: \(reason)")
            case .tooLarge(let size):
                message = lang.t("bestand is te groot (\(size >> 20) MB)", "file is too large (\(size >> 20) MB)")
            }
            return .invalid(FileReport(file: path, responseID: nil, problems: [Problem(path: "$", message: message)]))
        }
        if options.fastPath, let layout = ResponseScanner.scan(bytes, into: &record, pass: self) {
            let check = layouts[layout].check(&record, today: options.today)
            if check.certainlyValid { return .valid(layout: layout, warnings: check.warnings) }
        }
        return loadFully(path, bytes, record: &record)
    }

    /// The full path: what `wijk validate` does, then the same record.
    func loadFully(_ path: String, _ bytes: UnsafeRawBufferPointer, record: inout ResponseRecord) -> Outcome {
        let lang = options.lang
        let json: JSONValue
        do throws(JSONParseError) { json = try JSONParser.parse(bytes: bytes) } catch {
            return .invalid(FileReport(file: path, responseID: nil,
                                       problems: [Problem(path: "$", message: error.message(lang))]))
        }
        let (decoded, structural) = ResponseDecoder.decode(json, lang: lang)
        guard let response = decoded else {
            return .invalid(FileReport(file: path, responseID: nil, problems: structural))
        }
        let layout = layoutIndex(response.questionnaire)
        if let layout {
            record.fill(response, layout: layouts[layout])
            let check = layouts[layout].check(&record, today: options.today)
            if check.certainlyValid { return .valid(layout: layout, warnings: check.warnings) }
        }
        // Something may be wrong: the validator decides and words it.
        let problems = validator.validate(response)
        guard !problems.contains(where: { $0.severity == .hard }), let layout else {
            return .invalid(FileReport(file: path, responseID: response.id, problems: problems))
        }
        record.fill(response, layout: layouts[layout])
        layouts[layout].relevance(of: &record, response: response, today: options.today)
        return .valid(layout: layout, warnings: problems.count)
    }

    /// The group a response belongs to: "" without grouping, else its gemeente (normalised).
    func groupKey(_ record: ResponseRecord, layout: QuestionLayout) -> (key: String, name: String) {
        guard options.groupByGemeente else { return ("", "") }
        let name = ResponseFilter.trimmed(ResponseFilter.text(record.answer(MetadataID.gemeente, in: layout)))
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

    /// Reads the files with the given indices.
    func run(_ files: [String], indices: some Sequence<Int>) -> PassResult {
        var result = PassResult()
        if options.keepOpenAnswers { result.open = OpenCollector() }
        var reader = ResponseFileReader()
        defer { reader.release() }
        var record = ResponseRecord()
        for i in indices {
            switch load(files[i], reader: &reader, record: &record) {
            case .invalid(let report):
                result.invalid.append(report)
            case .valid(let layout, let warnings):
                result.warnings += warnings
                let included = options.filter.matches(record, layout: layouts[layout])
                result.revisions.append(Revision(id: record.id, revision: record.revision, updatedAt: record.updatedAt.timeIntervalSince1970,
                                                 createdAt: record.createdAt.timeIntervalSince1970,
                                                 file: i, included: included))
                if included { fold(record, layout: layout, file: i, sign: 1, into: &result) }
            }
        }
        return result
    }
}
