import Foundation

/// The one verdict on a response file, shared by every command: the byte
/// scanner (`ResponseScanner` + `QuestionLayout.check`) when it is sure the
/// file is valid, else — on any doubt — the full parser, decoder and
/// validator, which find and word the problems exactly as `wijk validate`
/// shows them. Either way the outcome fills a `ResponseRecord`.
struct FileJudge: Sendable {
    let layouts: [QuestionLayout]
    let layoutByID: [String: Int]
    let validator: ResponseValidator
    /// Per layout and slot: whether the scanner must decode a text answer.
    /// Open texts that no expression, cross-tab, filter or kept open answer
    /// reads are only checked (most of a file's bytes with `--no-open-answers`).
    let keepsText: [[Bool]]
    /// Off: every file takes the full path (tests compare the two).
    let fastPath: Bool
    private let keepOpenAnswers: Bool
    private let readIDs: Set<String>

    var lang: Lang { validator.lang }
    var today: String { validator.today }

    /// - Parameter readIDs: question ids whose text answers must be decoded besides the
    ///   ones expressions and checks read (cross-tabs); `keepOpenAnswers` keeps every text.
    init(questionnaires: [Questionnaire], lang: Lang, today: String, fastPath: Bool = true,
         keepOpenAnswers: Bool = false, readIDs: Set<String> = []) {
        layouts = questionnaires.enumerated().map { QuestionLayout($1, number: $0) }
        var byID: [String: Int] = [:]
        for (i, q) in questionnaires.enumerated() where byID[q.id] == nil { byID[q.id] = i }
        layoutByID = byID
        validator = ResponseValidator(questionnaires: questionnaires, lang: lang, today: today)
        self.fastPath = fastPath
        self.keepOpenAnswers = keepOpenAnswers
        self.readIDs = readIDs
        // Texts the filter and grouping read themselves (a questionnaire may make `datum` a text).
        let read = readIDs.union([MetadataID.date, MetadataID.gemeente, MetadataID.wijk, MetadataID.organisation])
        keepsText = layouts.map { layout in
            var keeps = Array(repeating: false, count: layout.questions.count)
            for i in layout.questions.indices {
                keeps[layout.slots[i]] = keeps[layout.slots[i]] || layout.kinds[i] != .openText
                    || keepOpenAnswers || layout.constraints[i] != nil
                    || layout.referencedIDs.contains(layout.ids[i]) || read.contains(layout.ids[i])
            }
            return keeps
        }
    }

    /// The same judge built from its own copy of the questionnaires, written
    /// out and read back, so that it shares no object with this one: two
    /// threads retaining and releasing the same strings, tables and
    /// expression trees for every file made each core wait for the other's
    /// cache line. Falls back to this judge if a copy does not read back equal.
    func privateCopy() -> FileJudge {
        guard let copies = Self.privateCopies(layouts.map(\.questionnaire)) else { return self }
        return FileJudge(questionnaires: copies, lang: lang, today: today, fastPath: fastPath,
                         keepOpenAnswers: keepOpenAnswers, readIDs: readIDs)
    }

    /// Questionnaires written out and read back (nil if one does not read back equal).
    static func privateCopies(_ questionnaires: [Questionnaire]) -> [Questionnaire]? {
        var copies: [Questionnaire] = []
        for q in questionnaires {
            let bytes = JSONWriter.data(QuestionnaireEncoder.encode(q), pretty: false)
            guard let json = try? JSONParser.parse(bytes), let copy = QuestionnaireDecoder.decode(json).questionnaire,
                  copy == q else { return nil }
            copies.append(copy)
        }
        return copies
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

    /// Reads (through the size cap) and judges one file into `record`.
    func load(_ path: String, reader: inout CorpusReader, record: inout ResponseRecord) -> Outcome {
        loadWithBytes(path, reader: &reader, record: &record).outcome
    }

    /// As `load`, also giving the bytes read (valid until the reader's next read; none when it failed).
    func loadWithBytes(_ path: String, reader: inout CorpusReader,
                       record: inout ResponseRecord) -> (outcome: Outcome, bytes: UnsafeRawBufferPointer) {
        switch reader.read(path) {
        case .success(let bytes): return (judge(path, bytes, record: &record), bytes)
        case .failure(let failure):
            return (.invalid(FileReport(file: path, problems: [Problem(path: "$", message: failure.message(lang))])),
                    UnsafeRawBufferPointer(start: nil, count: 0))
        }
    }

    /// Judges bytes already read: the scanner when it is sure, else the full path.
    func judge(_ path: String, _ bytes: UnsafeRawBufferPointer, record: inout ResponseRecord) -> Outcome {
        if fastPath, let layout = ResponseScanner.scan(bytes, into: &record, judge: self) {
            let check = layouts[layout].check(&record, today: today)
            if check.certainlyValid { return .valid(layout: layout, warnings: check.warnings) }
        }
        return loadFully(path, bytes, record: &record)
    }

    /// The full path: what `wijk validate` always did, then the same record.
    func loadFully(_ path: String, _ bytes: UnsafeRawBufferPointer, record: inout ResponseRecord) -> Outcome {
        let json: JSONValue
        do throws(JSONParseError) { json = try JSONParser.parse(bytes: bytes) } catch {
            return .invalid(FileReport(file: path, problems: [Problem(path: "$", message: error.message(lang))]))
        }
        let (decoded, structural) = ResponseDecoder.decode(json, lang: lang)
        guard let response = decoded else {
            return .invalid(FileReport(file: path, problems: structural))
        }
        let layout = layoutIndex(response.questionnaire)
        if let layout, ResponseID.isValid(response.id) {
            record.fill(response, layout: layouts[layout])
            let check = layouts[layout].check(&record, today: today)
            if check.certainlyValid { return .valid(layout: layout, warnings: check.warnings) }
        }
        // Something may be wrong: the validator decides and words it.
        let problems = validator.validate(response)
        guard !problems.contains(where: { $0.severity == .hard }), let layout else {
            return .invalid(FileReport(file: path, responseID: ResponseID.isValid(response.id) ? response.id : nil,
                                       problems: problems))
        }
        record.fill(response, layout: layouts[layout])
        layouts[layout].relevance(of: &record, response: response, today: today)
        return .valid(layout: layout, warnings: problems.count)
    }
}
