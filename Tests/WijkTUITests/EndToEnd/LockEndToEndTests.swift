import Foundation
import Testing
import WijkModel
@testable import WijkTUI

/// Issue 13, item 7: a refused lock means read-only. Two terminals view the same completed
/// interview; A reopens it, B's reopen is refused with A's name and B stays read-only, so
/// nothing B does can overwrite A's changes — not even after A has left.
@Suite(.serialized, .enabled(if: Tmux.isAvailable, Tmux.missing)) struct LockEndToEndTests {
    @Test func reopenRefusedElsewhereStaysReadOnly() throws {
        let a = try EndToEndFixture()
        try a.rememberInterviewer("Fatma")
        let b = try EndToEndFixture(data: a.data)
        try b.rememberInterviewer("Sanne")
        try a.seed(id: "af", status: .complete, answers: [MetadataID.organisation: .text("Wijkteam Noord"),
                                                         MetadataID.gemeente: .text("Utrecht")])
        let termA = try a.start(["resume", "af"])
        defer { termA.kill() }
        let termB = try b.start(["resume", "af"])
        defer { termB.kill() }
        try termA.waitFor(text: "alleen lezen")
        try termB.waitFor(text: "alleen lezen")

        try termA.sendKeys(named: "F7")
        try termA.waitFor(text: "eropenen")
        try termA.sendKeys(literal: "j")
        try termA.waitFor(text: "Interview heropend")
        _ = try a.lockHolderPID("af")

        try termB.sendKeys(named: "F7")
        try termB.waitFor(text: "eropenen")
        try termB.sendKeys(literal: "j")
        try termB.waitFor(text: "Fatma")            // who has it
        let screenB = try termB.waitFor(text: "alleen lezen")
        #expect(!screenB.contains("Interview heropend"))

        // A changes the organisation and leaves.
        try termA.sendKeys(named: "End")
        try termA.sendKeys(literal: " A")
        try termA.sendKeys(named: "Enter")
        try a.waitForResponse("af", what: "A's change") { $0.answers[MetadataID.organisation] == .text("Wijkteam Noord A") }
        try termA.sendKeys(named: "F10")
        #expect(try a.waitForExit() == 0)

        // B, still read-only, cannot type into the answer.
        try termB.sendKeys(named: "End")
        try termB.sendKeys(literal: " B")
        try termB.sendKeys(named: "Enter")
        try termB.waitFor(text: "alleen lezen")
        // Reopening now works and shows A's version, not B's stale one.
        try termB.sendKeys(named: "F7")
        try termB.waitFor(text: "eropenen")
        try termB.sendKeys(literal: "j")
        try termB.waitUntil(what: "B editing") { !$0.contains("alleen lezen") && $0.contains("vraag ") }
        try termB.sendKeys(named: "BTab")
        try termB.waitFor(text: "Wijkteam Noord A")
        try termB.sendKeys(named: "F10")
        #expect(try b.waitForExit() == 0)

        let file = try a.store.load(id: "af")
        #expect(file.answers[MetadataID.organisation] == .text("Wijkteam Noord A"))
        #expect(file.audit.filter { $0.event == "reopen" }.count == 1)
        #expect(file.audit.contains { $0.event == "answer" && $0.question == MetadataID.organisation })
    }
}
