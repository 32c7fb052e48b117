import Foundation
import Testing

/// Proves the end-to-end harness on plain commands, so wijk's own e2e tests can rely on it.
@Suite(.serialized, .enabled(if: Tmux.isAvailable, Tmux.missing)) struct TmuxHarnessTests {
    @Test func typesTextAndReadsItBack() throws {
        let tmux = try Tmux(command: "bash --norc --noprofile", width: 60, height: 10,
                            environment: ["PS1": "$ "])
        defer { tmux.kill() }
        try tmux.waitFor(text: "$")
        try tmux.sendKeys(literal: "printf '%s|%s\\n' 'één ĳs' 'şoför 日本'")
        try tmux.sendKeys(named: "Enter")
        let screen = try tmux.waitFor(text: "één ĳs|şoför 日本")
        #expect(screen.contains("één ĳs|şoför 日本"))
    }

    @Test func namedKeysAndExit() throws {
        let tmux = try Tmux(command: "cat; echo klaar", width: 40, height: 5)
        defer { tmux.kill() }
        try tmux.sendKeys(literal: "hallo")
        try tmux.sendKeys(named: "Enter")
        try tmux.waitUntil(what: "echo of hallo") { $0.components(separatedBy: "hallo").count >= 3 }
        try tmux.sendKeys(named: "C-d")
        try tmux.waitFor(text: "klaar")
        try tmux.waitUntil(what: "pane exit") { _ in (try? tmux.paneIsDead()) == true }
    }

    @Test func fixedSizeAndResize() throws {
        let tmux = try Tmux(command: "bash --norc --noprofile", width: 70, height: 12,
                            environment: ["PS1": "$ "])
        defer { tmux.kill() }
        try tmux.waitFor(text: "$")
        try tmux.sendKeys(literal: "echo size=$(stty size)")
        try tmux.sendKeys(named: "Enter")
        try tmux.waitFor(text: "size=12 70")
        try tmux.resize(width: 50, height: 9)
        try tmux.sendKeys(literal: "echo now=$(stty size)")
        try tmux.sendKeys(named: "Enter")
        try tmux.waitFor(text: "now=9 50")
    }

    @Test func waitForTimesOutWithTheScreen() throws {
        let tmux = try Tmux(command: "echo alleen-dit; sleep 30", width: 40, height: 5)
        defer { tmux.kill() }
        try tmux.waitFor(text: "alleen-dit")
        #expect(throws: TmuxError.self) { try tmux.waitFor(text: "nooit", timeout: .milliseconds(200)) }
    }

    @Test func terminalInsideThePaneIsUTF8Tmux256() throws {
        // Keep the pane alive: output of a command that exits at once can be lost before tmux reads it.
        let tmux = try Tmux(command: "echo \"[$TERM][$LANG]\"; sleep 30", width: 40, height: 5)
        defer { tmux.kill() }
        try tmux.waitFor(text: "[tmux-256color][C.UTF-8]")
    }
}
