import Foundation
import Testing
@testable import WijkModel

@Suite struct RevisionOrderTests {
    private func key(_ revision: Int, _ seconds: Double) -> RevisionKey {
        RevisionKey(revision: revision, updatedAt: Date(timeIntervalSince1970: seconds))
    }

    @Test func theEditCounterDecidesBeforeTheClock() {
        // A laptop whose clock is behind: the later edit has the earlier time.
        #expect(RevisionOrder.relation(key(5, 100), to: key(4, 9_000)) == .newer)
        #expect(RevisionOrder.relation(key(4, 9_000), to: key(5, 100)) == .older)
        // Equal counters (files without one read as 0): the clock breaks the tie.
        #expect(RevisionOrder.relation(key(0, 200), to: key(0, 100)) == .newer)
        #expect(RevisionOrder.relation(key(3, 100), to: key(3, 200)) == .older)
        #expect(RevisionOrder.relation(key(3, 100), to: key(3, 100)) == .tied)
        #expect(RevisionOrder.conflicts(key(3, 100), key(3, 100), sameBytes: false))
        #expect(!RevisionOrder.conflicts(key(3, 100), key(3, 100), sameBytes: true))
        #expect(!RevisionOrder.conflicts(key(4, 100), key(3, 100), sameBytes: false))
    }

    @Test func theCounterIsReadWrittenAndOmittedAtZero() throws {
        var response = ResponseFixtures.complete
        #expect(response.revision == 0)
        #expect(!String(decoding: response.encoded(), as: UTF8.self).contains("revision"))
        response.revision = 17
        let text = String(decoding: response.encoded(), as: UTF8.self)
        #expect(text.contains("\"updatedAt\": \"2026-11-30T18:11:31.456Z\",\n  \"revision\": 17,\n"))
        #expect(try ResponseDecoder.decode(response.encoded()) == response)
    }

    @Test func aBadCounterIsAProblemWithItsPath() throws {
        for bad: JSONValue in [.number(-1), .number(1.5), .string("3"), .number(2e9), .bool(true)] {
            var object = try ResponseFixtures.completeObject()
            object["revision"] = bad
            let (response, problems) = ResponseDecoder.decode(.object(object), lang: .en)
            #expect(response == nil)
            #expect(problems.map(\.path) == ["$.revision"])
        }
        var object = try ResponseFixtures.completeObject()
        object["revision"] = .null
        #expect(ResponseDecoder.decode(.object(object)).response?.revision == 0)
    }

    @Test func everyRecordedEditRaisesTheCounterAndReopenCarriesIt() throws {
        var engine = EngineFixture.engine()
        let start = engine.response.revision
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        engine.recordResume(at: now)
        engine.recordLeave(at: now)
        #expect(engine.response.revision == start + 2)
        var copy = engine.response
        copy.touch(now)
        #expect(copy.revision == start + 3 && copy.updatedAt == now)
        // Reopened from its file, the counter goes on from where it was.
        let decoded = try ResponseDecoder.decode(copy.encoded())
        #expect(decoded.revision == start + 3)
        var reopened = InterviewEngine(questionnaire: EngineFixture.questionnaire, response: decoded, today: "2024-05-01")
        reopened.recordResume(at: now)
        #expect(reopened.response.revision == start + 4)
    }
}
