import Foundation
import Testing
import WijkModel
@testable import WijkTUI

/// The config's `autoAdvance`: a one-key answer also moves on; off by default.
@Suite("Interview screen: optional auto-advance")
struct AutoAdvanceTests {
    @Test func offByDefaultAOneKeyAnswerStaysOnItsQuestion() {
        var s = InterviewFixtures.screen(at: "tevreden")
        #expect(!s.autoAdvance)
        #expect(InterviewScreen.saved(s.type("4")).last?.answers["tevreden"] == .number(4))
        #expect(s.currentID == "tevreden")
    }

    @Test func onAScalePointAndYesNoSaveAndMoveOn() {
        var s = InterviewFixtures.screen(at: "tevreden")
        s.autoAdvance = true
        #expect(InterviewScreen.saved(s.type("4")).last?.answers["tevreden"] == .number(4))
        #expect(s.currentID == "leden")
        var yesNo = InterviewFixtures.screen(at: "subsidie")
        yesNo.autoAdvance = true
        #expect(InterviewScreen.saved(yesNo.type("j")).last?.answers["subsidie"] == .bool(true))
        #expect(yesNo.currentID == "bedrag")
    }

    @Test func notFromOtherNorFromArrows() {
        var s = InterviewFixtures.screen(at: "soort")
        s.autoAdvance = true
        s.press(.down)  // arrows only move the highlight
        #expect(s.currentID == "soort")
        s.type("4")  // "Anders": its text comes next, so it stays
        #expect(s.currentID == "soort")
        #expect(s.engine.answer("soort") == .text("anders"))
        var plain = InterviewFixtures.screen(at: "soort")
        plain.autoAdvance = true
        plain.type("2")
        #expect(plain.engine.answer("soort") == .text("moskee"))
        #expect(plain.currentID != "soort")
    }
}

@Suite struct InterviewerConfigPreferenceTests {
    @Test func autoAdvanceIsReadAndKeptWhenTheNameIsSaved() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wijk-config-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("wijk/config.json")
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(#"{"interviewer": "Fatma", "autoAdvance": true}"#.utf8).write(to: url)
        var config = InterviewerConfig.load(from: url)
        #expect(config == InterviewerConfig(interviewer: "Fatma", autoAdvance: true))
        config.interviewer = "Ayşe"
        try config.save(to: url)
        #expect(InterviewerConfig.load(from: url) == InterviewerConfig(interviewer: "Ayşe", autoAdvance: true))
        #expect(InterviewerConfig.load(from: url.deletingLastPathComponent()).autoAdvance == false)
    }
}
