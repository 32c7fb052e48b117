import Foundation
import Testing
import WijkModel
@testable import WijkTUI

/// The real binary in tmux: home screen, locks, leaving safely, and starting without a terminal.
@Suite(.serialized, .enabled(if: Tmux.isAvailable, Tmux.missing)) struct HomeEndToEndTests {
    @Test func noTerminalFailsCleanly() throws {
        // stdout is a pipe here.
        let piped = try WijkBinary.run([], environment: ["TERM": "xterm-256color"])
        #expect(piped.status == 1)
        #expect(piped.stdout.isEmpty)
        #expect(piped.stderr.contains("De uitvoer is geen terminal"))
        #expect(!piped.stderr.contains("\u{1B}"))
        for command in [["interview", "--variant", "wijkteam"], ["resume"]] {
            let result = try WijkBinary.run(command)
            #expect(result.status == 1)
            #expect(result.stderr.contains("geen terminal"))
        }

        // A real terminal (a pty from script(1)), but TERM=dumb: our message and nothing
        // else — no ncurses error text, no escape codes. Every byte written to the pty is kept.
        let fixture = try EndToEndFixture()
        let command = EndToEndFixture.quote(WijkBinary.path) + " --data " + EndToEndFixture.quote(fixture.data.path)
        let dumb = try spawnAndWait("/usr/bin/script", ["-qec", command, "/dev/null"],
                                    environment: ["TERM": "dumb", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin",
                                                  "HOME": fixture.root.path])
        #expect(dumb.status == 1)
        #expect(dumb.stdout.contains("Deze terminal (TERM=dumb) kan geen schermen tekenen."))
        #expect(!dumb.stdout.contains("\u{1B}"))
        #expect(!dumb.stdout.lowercased().contains("error opening terminal"))
    }

    @Test func homeListsDraftsAndQuitRestoresTheTerminal() throws {
        let fixture = try EndToEndFixture()
        try fixture.seed(id: "d-turks", variant: "migrantenorganisatie",
                         answers: [MetadataID.organisation: .text("Türk Kadınlar Derneği"),
                                   MetadataID.gemeente: .text("Zaanstad")])
        try fixture.seed(id: "c-klaar", status: .complete,
                         answers: [MetadataID.organisation: .text("Wijkteam Oost"), MetadataID.gemeente: .text("Utrecht")])
        let tmux = try fixture.start()
        defer { tmux.kill() }
        // Wait for the whole frame: a capture can land while the rows are still being painted.
        let screen = try tmux.waitUntil(what: "both lists") {
            $0.contains("Türk Kadınlar Derneği") && $0.contains("Wijkteam Oost") && $0.contains("migrantenorg.")
        }
        #expect(screen.contains("Concepten — hervatten (1)"))
        #expect(screen.contains("Wijkteam Oost"))
        #expect(screen.contains("migrantenorg."))
        try tmux.sendKeys(named: "q")
        #expect(try fixture.waitForExit() == 0)
        #expect(!(try tmux.capture()).contains("Concepten"))  // the alternate screen is gone
    }

    /// Hundreds of interviews (read by two workers, drawn only where visible) and broken files:
    /// the headings count what the store lists, End reaches the broken files and their problems.
    @Test func manyInterviewsAndBrokenFilesAreAllListed() throws {
        let fixture = try EndToEndFixture()
        try fixture.store.prepare()
        let writer = SampleWriter(directory: fixture.data)
        for response in SampleData.generate(count: 400, seed: 21) { try writer.write(response) }
        try writer.finish()
        for (name, bytes) in [("kapot", "{\"format\": \"wijk-response\", kapot"), ("leeg", "{}")] {
            let url = try fixture.store.url(for: name)
            try Data(bytes.utf8).write(to: url)
            #expect(chmod(url.path, 0o600) == 0)
        }
        let listed = fixture.store.list()
        let drafts = listed.filter { $0.status == .draft }.count, done = listed.filter { $0.status == .complete }.count
        #expect(drafts > 0 && done > 0 && drafts + done == 400)
        let tmux = try fixture.start(width: 100, height: 30)
        defer { tmux.kill() }
        let screen = try tmux.waitUntil(what: "the lists") { $0.contains("Concepten — hervatten (\(drafts))") }
        #expect(screen.contains("%"))
        try tmux.sendKeys(named: "End")
        let bottom = try tmux.waitUntil(what: "the end of the list") { $0.contains("▸ Stoppen") }
        #expect(bottom.contains("Onleesbare bestanden (2)"))
        #expect(bottom.contains("kapot.json — ongeldige JSON") && bottom.contains("leeg.json — $.format: ontbreekt"))
        try tmux.sendKeys(named: "Home")
        try tmux.waitUntil(what: "the top again") { $0.contains("▸ Nieuw interview starten") }
        try tmux.sendKeys(named: "q")
        #expect(try fixture.waitForExit() == 0)
    }

    @Test func newInterviewRemembersTheInterviewer() throws {
        let fixture = try EndToEndFixture()
        let tmux = try fixture.start()
        defer { tmux.kill() }
        try tmux.waitFor(text: "Nieuw interview starten")
        try tmux.sendKeys(named: "n")
        try tmux.waitFor(text: "Kies de variant")
        try tmux.sendKeys(named: "2")
        try tmux.waitFor(text: "Naam van de interviewer")
        try tmux.sendKeys(literal: "Ayşe Yılmaz")
        try tmux.sendKeys(named: "Enter")
        try tmux.waitUntil(what: "interview screen") { !$0.contains("Naam van de interviewer") && !$0.contains("Nieuw interview starten") }
        let config = InterviewerConfig.load(from: fixture.config.appendingPathComponent("wijk/config.json"))
        #expect(config.interviewer == "Ayşe Yılmaz")
        try tmux.sendKeys(named: "C-c")
        #expect(try fixture.waitForExit() == 130)
        // Nothing answered: no empty draft left behind.
        #expect(fixture.store.list().isEmpty)
    }

    @Test func aDraftOpenElsewhereIsRefusedWithWhoHasIt() throws {
        let fixture = try EndToEndFixture()
        try fixture.rememberInterviewer("Fatma")
        try fixture.seed(id: "gedeeld", answers: [MetadataID.organisation: .text("Buurtteam Zuid")])
        let first = try fixture.start(["resume", "gedeeld"])
        defer { first.kill() }
        _ = try fixture.lockHolderPID("gedeeld")
        let second = try fixture.start()
        defer { second.kill() }
        try second.waitFor(text: "Buurtteam Zuid")
        try second.sendKeys(named: "Down")  // past "Resultaten bekijken"
        try second.sendKeys(named: "Down")
        try second.sendKeys(named: "Enter")
        let screen = try second.waitFor(text: "Dit interview is al geopend door Fatma")
        #expect(screen.contains("Kan niet openen"))
        // From the command line too, as a plain message.
        let third = try fixture.start(["resume", "gedeeld"])
        defer { third.kill() }
        #expect(try fixture.waitForExit() == 1)
        #expect(fixture.stderr.contains("al geopend door Fatma"))
    }

    @Test func resumeWithoutDraftsSaysSo() throws {
        let fixture = try EndToEndFixture()
        let tmux = try fixture.start(["resume"])
        defer { tmux.kill() }
        #expect(try fixture.waitForExit() == 1)
        #expect(fixture.stderr.contains("Geen concepten om te hervatten"))
    }

    @Test func sigtermAndSighupSaveTheOpenDraft() throws {
        for signal in [SIGTERM, SIGHUP] {
            let fixture = try EndToEndFixture()
            try fixture.rememberInterviewer("Fatma")
            try fixture.seed(id: "open", answers: [MetadataID.organisation: .text("Buurtteam Zuid")])
            let tmux = try fixture.start(["resume"])
            defer { tmux.kill() }
            let pid = try fixture.lockHolderPID("open")
            try tmux.waitUntil(what: "interview screen") { $0.contains { !$0.isWhitespace } }
            kill(pid, signal)
            #expect(try fixture.waitForExit() == 128 + signal)
            let saved = try fixture.store.load(id: "open")
            #expect(saved.audit.map(\.event) == ["resume", "leave"])
            #expect(saved.answers[MetadataID.organisation] == .text("Buurtteam Zuid"))
            #expect(!FileManager.default.fileExists(atPath: try fixture.store.lockURL(for: "open").path))
        }
    }

    @Test func ctrlCInAnInterviewSaves() throws {
        let fixture = try EndToEndFixture()
        try fixture.rememberInterviewer("Fatma")
        try fixture.seed(id: "open", answers: [MetadataID.organisation: .text("Buurtteam Zuid")])
        let tmux = try fixture.start(["resume", "open"])
        defer { tmux.kill() }
        _ = try fixture.lockHolderPID("open")
        // The lock is taken before the terminal is set up: wait for the screen, so
        // Ctrl-C arrives as a key in raw mode (under load it could come before).
        try tmux.waitFor(text: "Opslaan en stoppen")
        try tmux.sendKeys(named: "C-c")
        #expect(try fixture.waitForExit() == 130)
        let saved = try fixture.store.load(id: "open")
        #expect(saved.audit.map(\.event) == ["resume", "leave"])
    }

    @Test func resizeBelowTheMinimumAndBack() throws {
        let fixture = try EndToEndFixture()
        let tmux = try fixture.start(width: 100, height: 30)
        defer { tmux.kill() }
        try tmux.waitFor(text: "Nieuw interview starten")
        try tmux.resize(width: 60, height: 20)
        try tmux.waitFor(text: "Venster te klein")
        try tmux.resize(width: 90, height: 26)
        let screen = try tmux.waitUntil(what: "home without the notice") {
            $0.contains("Nieuw interview starten") && $0.contains("Stoppen") && !$0.contains("Venster te klein")
        }
        #expect(!screen.contains("Venster te klein"))
        try tmux.sendKeys(named: "F10")
        #expect(try fixture.waitForExit() == 0)
    }
}
