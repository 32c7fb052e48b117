import Foundation
import Testing

/// Errors of the tmux harness; the message carries the last screen for debugging.
struct TmuxError: Error, CustomStringConvertible {
    var description: String
}

/// An end-to-end test harness: one private tmux server with one session running a
/// command in a fixed-size pane, driven by keys and read back with capture-pane.
///
/// The server is private (`-L <unique>`, `-f /dev/null`), so tests never touch a user's
/// tmux; it is killed by `kill()` and in deinit. The suites that use it are
/// enabled only when tmux is installed (`Tmux.isAvailable`, `scripts/test` installs it).
final class Tmux {
    /// Whether tmux is on PATH; suites that drive the app through it skip with `missing` otherwise.
    static var isAvailable: Bool { findTmux() != nil }
    static let missing: Comment = "needs tmux (apt-get install tmux)"

    let socket: String
    let target: String
    private let tmuxPath: String
    private var killed = false

    /// Starts `command` (run by `/bin/sh -c`) in a `width`×`height` pane with
    /// `LANG=C.UTF-8 TERM=tmux-256color` plus `environment`. The pane stays after the
    /// command exits, so its last output can still be captured.
    init(command: String, width: Int = 100, height: Int = 30,
         environment: [String: String] = [:]) throws {
        guard let path = Self.findTmux() else {
            throw TmuxError(description: "tmux not found on PATH: end-to-end tests need tmux (CI installs it)")
        }
        tmuxPath = path
        socket = "wijk-test-\(getpid())-\(UUID().uuidString.prefix(8))"
        target = "t"
        var env = ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": "tmux-256color"]
        env.merge(environment) { _, new in new }
        let assignments = env.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.shellQuote($0.value))" }
        let shellCommand = "exec env \(assignments.joined(separator: " ")) /bin/sh -c \(Self.shellQuote(command))"
        // One invocation: the option is set before the session (and its command) starts.
        try run(["set-option", "-g", "remain-on-exit", "on", ";",
                 "new-session", "-d", "-s", target, "-x", String(width), "-y", String(height),
                 shellCommand])
    }

    deinit { kill() }

    /// Types `text` literally (UTF-8 as is, no key-name lookup).
    func sendKeys(literal text: String) throws {
        try run(["send-keys", "-t", target, "-l", "--", text])
    }

    /// Sends named keys such as "Enter", "F2", "C-q", "BTab", "Up", "Escape".
    func sendKeys(named names: String...) throws {
        try run(["send-keys", "-t", target] + names)
    }

    /// The visible pane text, one string per row (trailing spaces trimmed by tmux).
    func capture() throws -> String {
        try run(["capture-pane", "-p", "-t", target])
    }

    /// Polls the screen until it contains `text`; throws with the last screen on timeout.
    @discardableResult
    func waitFor(text: String, timeout: Duration = .seconds(5)) throws -> String {
        try waitUntil(timeout: timeout, what: "text \"\(text)\"") { $0.contains(text) }
    }

    /// Polls the screen until `condition` holds; throws with the last screen on timeout.
    @discardableResult
    func waitUntil(timeout: Duration = .seconds(5), what: String = "condition",
                   _ condition: (String) -> Bool) throws -> String {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        var screen = ""
        while true {
            screen = try capture()
            if condition(screen) { return screen }
            if clock.now >= deadline { break }
            Thread.sleep(forTimeInterval: 0.02)
        }
        throw TmuxError(description: "timed out waiting for \(what); screen:\n\(screen)")
    }

    /// Resizes the window (the program gets SIGWINCH).
    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", target, "-x", String(width), "-y", String(height)])
    }

    /// Whether the command in the pane has exited.
    func paneIsDead() throws -> Bool {
        try run(["display-message", "-p", "-t", target, "#{pane_dead}"])
            .trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    /// The exit status of the pane's command once it has exited (nil while it runs).
    /// Read from tmux itself: the "Pane is dead" line on screen is not reliably captured.
    func paneExitStatus() throws -> Int32? {
        guard try paneIsDead() else { return nil }
        let fields = try run(["display-message", "-p", "-t", target, "#{pane_dead_status}|#{pane_dead_signal}"])
            .trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "|", omittingEmptySubsequences: false)
        // tmux 3.3 leaves the status empty for a clean exit 0; a signal shows as 128+n.
        if fields.count == 2, let signal = Int32(fields[1]) { return 128 + signal }
        return fields.first.flatMap { Int32($0) } ?? 0
    }

    /// Kills the private server (idempotent).
    func kill() {
        guard !killed else { return }
        killed = true
        _ = try? run(["kill-server"])
    }

    // MARK: Private

    @discardableResult
    private func run(_ arguments: [String]) throws -> String {
        var environment = ProcessInfo.processInfo.environment
        environment["TMUX"] = nil  // also works when the tests run inside tmux
        let result = try spawnAndWait(tmuxPath, ["-L", socket, "-f", "/dev/null"] + arguments,
                                      environment: environment)
        guard result.status == 0 else {
            throw TmuxError(description: "tmux \(arguments.joined(separator: " ")) failed (\(result.status)): \(result.stderr)")
        }
        return result.stdout
    }

    private static func findTmux() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/tmux"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    private static func shellQuote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
