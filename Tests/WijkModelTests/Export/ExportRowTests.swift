import Foundation
import Testing
@testable import WijkModel

/// The tables read a file's row straight from the corpus's record (no
/// `Response`): the same row as the decoded response gives, by the scanner
/// and by the full path when it doubts.
@Suite struct ExportRowTests {
    @Test func recordGivesTheDecodedResponsesRow() throws {
        try withTempDir { dir in
            var responses = SampleData.generate(count: 60, seed: 21)
            responses[0].device = "laptop \"7\"\t\u{e9}"           // escapes: the full path
            responses[1].revision = 41
            responses[2].completedAt = nil
            responses[3].status = .draft
            let questionnaires = BundledQuestionnaires.all
            let judge = FileJudge(questionnaires: questionnaires, lang: .en, today: SampleData.today,
                                  keepOpenAnswers: true)
            let layouts = questionnaires.enumerated().map { QuestionLayout($1, number: $0) }
            var reader = CorpusReader()
            defer { reader.release() }
            var record = ResponseRecord()
            for (i, r) in responses.enumerated() {
                let url = dir.appendingPathComponent("r\(i).json")
                let bytes = i % 5 == 0 ? Data(JSONWriter.write(r.toJSON(), pretty: false).utf8) : r.encoded()
                try bytes.write(to: url)
                let (outcome, read) = judge.loadWithBytes(url.path, reader: &reader, record: &record)
                guard case .valid(let layout, _) = outcome else {
                    Issue.record("\(url.lastPathComponent): not valid")
                    continue
                }
                let decoded = try ResponseDecoder.decode(Data(contentsOf: url))
                #expect(ExportRow(record: record, questionnaire: layout, bytes: read)
                        == ExportRow(decoded, layouts: layouts, today: SampleData.today), "\(url.lastPathComponent)")
            }
        }
    }
}
