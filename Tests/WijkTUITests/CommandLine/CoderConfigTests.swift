import Foundation
import Testing
@testable import WijkTUI

@Suite struct CoderConfigTests {
    @Test func theCoderIsRememberedBesideTheInterviewer() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wijk-config-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("wijk/config.json")
        var config = InterviewerConfig(interviewer: "Fatma", autoAdvance: true)
        config.coder = "anna"
        try config.save(to: url)
        var loaded = InterviewerConfig.load(from: url)
        #expect(loaded.coder == "anna" && loaded.interviewer == "Fatma" && loaded.autoAdvance)
        loaded.interviewer = "Ayşe"   // as the home screen saves a new name
        try loaded.save(to: url)
        #expect(InterviewerConfig.load(from: url).coder == "anna")
        // No coder: the file stays as it was before coding existed.
        try InterviewerConfig(interviewer: "X").save(to: url)
        #expect(!(try String(contentsOf: url, encoding: .utf8)).contains("coder"))
    }
}
