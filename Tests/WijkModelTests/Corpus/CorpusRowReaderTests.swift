import Foundation
import Testing
@testable import WijkModel

/// The tables' reader gives the decoded response itself, remarks and audit
/// trail left out: by the scanner, and by the full path when it doubts.
@Suite struct CorpusRowReaderTests {
    @Test func sameResponseAsTheDecoderWithoutRemarksAndAudit() throws {
        try withTempDir { dir in
            var responses = SampleData.generate(count: 60, seed: 21)
            responses[0].device = "laptop \"7\"\t\u{e9}"           // escapes: the full path
            responses[1].revision = 41
            responses[2].completedAt = nil
            var files: [URL] = []
            for (i, r) in responses.enumerated() {
                let url = dir.appendingPathComponent("r\(i).json")
                let bytes = i % 5 == 0 ? Data(JSONWriter.write(r.toJSON(), pretty: false).utf8) : r.encoded()
                try bytes.write(to: url)
                files.append(url)
            }
            let judge = CorpusRowReader.judge(questionnaires: BundledQuestionnaires.all, lang: .en, today: SampleData.today)
            var rows = CorpusRowReader(judge: judge)
            defer { rows.release() }
            for url in files {
                var expected = try ResponseDecoder.decode(Data(contentsOf: url))
                expected.remarks = [:]
                expected.audit = []
                #expect(rows.response(url.path) == expected, "\(url.lastPathComponent)")
            }
        }
    }
}
