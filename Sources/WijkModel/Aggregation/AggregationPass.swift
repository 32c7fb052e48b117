import Foundation

/// One valid file's place in the deduplication: which interview, which revision.
struct Revision: Sendable {
    var id: String
    var updatedAt: Double
    var hash: UInt64
    var file: Int
    /// Whether it passed the filter and was folded into the tallies.
    var included: Bool
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

    init(questionnaires: [Questionnaire], options: AggregationOptions) {
        layouts = questionnaires.map(QuestionLayout.init)
        var byID: [String: Int] = [:]
        for (i, q) in questionnaires.enumerated() where byID[q.id] == nil { byID[q.id] = i }
        layoutByID = byID
        validator = ResponseValidator(questionnaires: questionnaires, lang: options.lang, today: options.today)
        self.options = options
        crossIndices = layouts.map { layout in
            options.crossTabs.map { (layout.indexByID[$0.row], layout.indexByID[$0.column]) }
        }
    }

    enum Outcome {
        case valid(Response, layout: Int, hash: UInt64, warnings: Int)
        case invalid(FileReport)
    }

    /// Reads and checks one file.
    func load(_ path: String, reader: inout ResponseFileReader) -> Outcome {
        let lang = options.lang
        let result = reader.withContents(of: path, maxSize: FileValidation.maxFileSize) { bytes -> Outcome in
            let hash = ResponseFileReader.hash(bytes)
            let json: JSONValue
            do throws(JSONParseError) { json = try JSONParser.parse(bytes: bytes) } catch {
                return .invalid(FileReport(file: path, responseID: nil,
                                           problems: [Problem(path: "$", message: error.message(lang))]))
            }
            let (response, problems) = validator.validate(json)
            let hard = problems.filter { $0.severity == .hard }
            guard let response, hard.isEmpty,
                  let q = validator.questionnaire(for: response.questionnaire),
                  let layout = layoutByID[q.id] else {
                return .invalid(FileReport(file: path, responseID: response?.id, problems: problems))
            }
            return .valid(response, layout: layout, hash: hash, warnings: problems.count)
        }
        switch result {
        case .success(let outcome): return outcome
        case .failure(let failure):
            let message: String
            switch failure {
            case .cannotOpen(let reason), .cannotRead(let reason):
                message = lang.t("kan niet lezen: \(reason)", "cannot read: \(reason)")
            case .tooLarge(let size):
                message = lang.t("bestand is te groot (\(size >> 20) MB)", "file is too large (\(size >> 20) MB)")
            }
            return .invalid(FileReport(file: path, responseID: nil, problems: [Problem(path: "$", message: message)]))
        }
    }

    /// The group a response belongs to: "" without grouping, else its gemeente (normalised).
    func groupKey(_ response: Response) -> (key: String, name: String) {
        guard options.groupByGemeente else { return ("", "") }
        let name = ResponseFilter.gemeente(of: response)
        return (ResponseFilter.normalized(name), name)
    }

    /// Adds or takes out one response.
    func fold(_ response: Response, layout: Int, file: Int, sign: Int, into result: inout PassResult) {
        let (key, name) = groupKey(response)
        if sign > 0, result.groupNames[key].map({ name < $0 }) ?? true { result.groupNames[key] = name }
        let g = result.group(key, layouts: layouts.count)
        let l = layouts[layout]
        if result.tallies[g][layout] == nil {
            result.tallies[g][layout] = VariantTally(questionCount: l.questions.count,
                                                     crossTabCount: options.crossTabs.count)
        }
        let relevance = l.relevance(of: response, today: options.today)
        // In place: a copy of the tally here would copy every counter per file.
        l.fold(response, relevance: relevance, file: file, sign: sign, keepOpen: options.keepOpenAnswers,
               crossTabs: crossIndices[layout], into: &result.tallies[g][layout]!)
    }

    /// Reads the files with the given indices.
    func run(_ files: [String], indices: some Sequence<Int>) -> PassResult {
        var result = PassResult()
        var reader = ResponseFileReader()
        defer { reader.release() }
        for i in indices {
            switch load(files[i], reader: &reader) {
            case .invalid(let report):
                result.invalid.append(report)
            case .valid(let response, let layout, let hash, let warnings):
                result.warnings += warnings
                let included = options.filter.matches(response)
                result.revisions.append(Revision(id: response.id, updatedAt: response.updatedAt.timeIntervalSince1970,
                                                 hash: hash, file: i, included: included))
                if included { fold(response, layout: layout, file: i, sign: 1, into: &result) }
            }
        }
        return result
    }
}
