import Foundation

extension Corpus {
    /// The interviews behind one answer category of the summary (the results'
    /// drill-down): the counted revision of every interview the filter
    /// selects (`selected`, the exports' rows) whose answer to `questionID`
    /// the summary codes as `code` — a choice code, `"true"`/`"false"`, a
    /// scale point or a `SpecialCode` — by the summary's own coding
    /// (`QuestionLayout.categoryCodes`, relevance included). Oldest first.
    public func responses(answering questionID: String, in code: String) -> [Response] {
        let survey = survey()
        let judge = FileJudge(questionnaires: questionnaires, lang: lang, today: today, fastPath: fastPath)
        var reader = CorpusReader()
        defer { reader.release() }
        var record = ResponseRecord()
        var matching: [Response] = []
        for file in selected(survey) {
            guard case .success(let bytes) = reader.read(file),
                  case .valid(let l, _) = judge.judge(file, bytes, record: &record),
                  let i = judge.layouts[l].indexByID[questionID],
                  judge.layouts[l].answers(i, record, fallIn: code) else { continue }
            // Valid a moment ago; a file that changed since is left out rather than guessed at.
            guard let json = try? JSONParser.parse(bytes: bytes),
                  let response = ResponseDecoder.decode(json, lang: lang).response else { continue }
            matching.append(response)
        }
        return matching
    }
}

extension QuestionLayout {
    /// Whether the answer to question `i` is counted under `code`; a counted
    /// name in any spelling the counts fold together (`CountedTextSpelling`).
    func answers(_ i: Int, _ r: ResponseRecord, fallIn code: String) -> Bool {
        let codes = categoryCodes(i, r)
        guard kinds[i] == .countedText else { return codes.contains(code) }
        return codes.contains { ResponseFilter.same($0, code) }
    }
}
