import Foundation
import Testing
import WijkModel
@testable import WijkTUI

/// Issue 13, item 6: a save that failed is never dropped. On a full (tmpfs) disk the
/// interview cannot be closed: F10 retries, saves in another folder, or discards only
/// after a second confirmation.
@Suite(.serialized, .enabled(if: Tmux.isAvailable, Tmux.missing), .enabled(if: SmallDisk.isAvailable, "needs root to mount a tmpfs"))
struct SaveFailureEndToEndTests {
    /// Starts an interview on a small disk, saves two answers, fills the disk and
    /// confirms "Centrum" (which cannot be saved), then presses F10.
    func failAndLeave(_ disk: SmallDisk) throws -> (EndToEndFixture, Tmux, String) {
        let fixture = try EndToEndFixture(data: disk.url.appendingPathComponent("data"))
        try fixture.rememberInterviewer("Fatma")
        let tmux = try fixture.start(["interview", "--variant", "wijkteam"])
        try tmux.waitFor(text: "vraag 1 van")
        try tmux.sendKeys(literal: "Buurtteam Oost")
        try tmux.sendKeys(named: "Enter")
        try tmux.waitFor(text: "vraag 2 van")
        try tmux.sendKeys(literal: "Utrecht")
        try tmux.sendKeys(named: "Enter")
        try tmux.waitFor(text: "vraag 3 van")
        let id = try #require(fixture.store.list().first?.id)
        try fixture.waitForResponse(id, what: "gemeente saved") { $0.answers[MetadataID.gemeente] == .text("Utrecht") }
        disk.fillUp()
        try tmux.sendKeys(literal: "Centrum")
        try tmux.sendKeys(named: "Enter")
        try tmux.waitFor(text: "Opslaan mislukt")
        try tmux.sendKeys(named: "Enter")
        try tmux.sendKeys(named: "F10")
        try tmux.waitFor(text: "Andere map")
        try tmux.sendKeys(literal: "o")   // retry: the disk is still full
        try tmux.waitFor(text: "Mislukte pogingen: 2")
        #expect(try !tmux.paneIsDead())
        #expect(try fixture.store.load(id: id).answers[MetadataID.wijk] == nil)
        return (fixture, tmux, id)
    }

    @Test func anotherFolderKeepsTheAnswer() throws {
        let disk = try SmallDisk(kilobytes: 96)
        let (fixture, tmux, id) = try failAndLeave(disk)
        defer { tmux.kill() }
        let usb = fixture.root.appendingPathComponent("usb-stick")
        try tmux.sendKeys(literal: "a")
        try tmux.waitFor(text: "Map:")
        try tmux.sendKeys(literal: usb.path)
        try tmux.sendKeys(named: "Enter")
        try tmux.waitFor(text: "Opgeslagen in")
        try tmux.sendKeys(named: "Enter")
        #expect(try fixture.waitForExit() == 0)
        let copy = try ResponseStore(directory: usb).load(id: id)
        #expect(copy.answers[MetadataID.wijk] == .text("Centrum"))
        #expect(copy.audit.last?.event == "leave")
    }

    @Test func retryAfterMakingRoomSaves() throws {
        let disk = try SmallDisk(kilobytes: 96)
        let (fixture, tmux, id) = try failAndLeave(disk)
        defer { tmux.kill() }
        disk.makeRoom()
        try tmux.sendKeys(literal: "o")
        #expect(try fixture.waitForExit() == 0)
        #expect(try fixture.store.load(id: id).answers[MetadataID.wijk] == .text("Centrum"))
        #expect(!FileManager.default.fileExists(atPath: try fixture.store.lockURL(for: id).path))
    }

    @Test func discardingNeedsASecondConfirmation() throws {
        let disk = try SmallDisk(kilobytes: 96)
        let (fixture, tmux, id) = try failAndLeave(disk)
        defer { tmux.kill() }
        try tmux.sendKeys(literal: "w")
        try tmux.waitFor(text: "Echt weggooien?")
        try tmux.sendKeys(literal: "n")
        try tmux.waitFor(text: "Andere map")
        #expect(try !tmux.paneIsDead())
        try tmux.sendKeys(named: "Escape")   // back to the interview, still open
        try tmux.waitFor(text: "vraag 4 van")
        try tmux.sendKeys(named: "F10")
        try tmux.waitFor(text: "Andere map")
        try tmux.sendKeys(literal: "w")
        try tmux.waitFor(text: "Echt weggooien?")
        try tmux.sendKeys(literal: "j")
        #expect(try fixture.waitForExit() == 0)
        #expect(try fixture.store.load(id: id).answers[MetadataID.wijk] == nil)
    }
}
