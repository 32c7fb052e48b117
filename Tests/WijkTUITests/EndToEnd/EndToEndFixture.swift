import Foundation
import WijkModel
@testable import WijkTUI

/// A private world for one end-to-end test: its own data directory, config directory and
/// HOME under a fresh temporary directory, and helpers to run `wijk` in tmux against it.
final class EndToEndFixture {
    let root: URL
    /// The data directory (`root/data` unless given, e.g. on a `SmallDisk`).
    let data: URL
    var config: URL { root.appendingPathComponent("config") }
    var store: ResponseStore { ResponseStore(directory: data) }

    init(data: URL? = nil) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("wijk-e2e-\(UUID().uuidString)")
        self.data = data ?? root.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    /// Starts `wijk <arguments> --data <data>` in tmux. Its stderr goes to `stderrFile` and
    /// its exit status to `exitFile` (tmux does not reliably keep lines printed around a
    /// process start or exit in the captured pane, files are certain).
    func start(_ arguments: [String] = [], width: Int = 100, height: Int = 30,
               environment: [String: String] = [:]) throws -> Tmux {
        let quoted = ([WijkBinary.path] + arguments + ["--data", data.path]).map(Self.quote).joined(separator: " ")
        var env = ["XDG_CONFIG_HOME": config.path, "HOME": root.path, "WIJK_DATA": "",
                   "SWIFT_BACKTRACE": "enable=no"]
        env.merge(environment) { $1 }
        try? FileManager.default.removeItem(at: exitFile)
        let command = "\(quoted) 2>\(Self.quote(stderrFile.path)); echo $? >\(Self.quote(exitFile.path))"
        return try Tmux(command: command, width: width, height: height, environment: env)
    }

    var exitFile: URL { root.appendingPathComponent("exit-status") }
    var stderrFile: URL { root.appendingPathComponent("stderr") }
    var stderr: String { (try? String(contentsOf: stderrFile, encoding: .utf8)) ?? "" }

    /// Waits until wijk has exited and returns its status.
    func waitForExit(timeout: Duration = .seconds(5)) throws -> Int32 {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while clock.now < deadline {
            if let text = try? String(contentsOf: exitFile, encoding: .utf8),
               let status = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                return status
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
        throw TmuxError(description: "wijk did not exit")
    }

    /// Remembers `name` as the interviewer, as an earlier run would have.
    func rememberInterviewer(_ name: String) throws {
        try InterviewerConfig(interviewer: name).save(to: config.appendingPathComponent("wijk/config.json"))
    }

    /// Saves a draft (or completed) response in the data directory.
    @discardableResult
    func seed(id: String, variant: String = "wijkteam", status: ResponseStatus = .draft,
              answers: [String: AnswerValue], updatedAt: Date = Date()) throws -> Response {
        let questionnaire = BundledQuestionnaires.variant(variant)!
        let response = Response(id: id, questionnaire: QuestionnaireRef(id: questionnaire.id, version: questionnaire.version),
                                variant: variant, status: status, interviewer: "Fatma", createdAt: updatedAt,
                                updatedAt: updatedAt, answers: answers)
        try store.prepare()
        try store.save(response)
        return response
    }

    /// The process holding the lock of draft `id` (from the lock file), waiting until it is there.
    func lockHolderPID(_ id: String, timeout: Duration = .seconds(5)) throws -> pid_t {
        let url = try store.lockURL(for: id)
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while clock.now < deadline {
            if let text = try? String(contentsOf: url, encoding: .utf8),
               let line = text.split(separator: "\n").first(where: { $0.hasPrefix("pid=") }),
               let pid = pid_t(line.dropFirst(4)), pid > 0 {
                return pid
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
        throw TmuxError(description: "no lock file for \(id)")
    }

    /// Polls until `condition` holds for the stored response `id`.
    @discardableResult
    func waitForResponse(_ id: String, timeout: Duration = .seconds(5), what: String,
                         _ condition: (Response) -> Bool) throws -> Response {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        var last: Response?
        while clock.now < deadline {
            if let response = try? store.load(id: id), condition(response) { return response }
            last = try? store.load(id: id)
            Thread.sleep(forTimeInterval: 0.02)
        }
        throw TmuxError(description: "timed out waiting for \(what); file: \(String(describing: last))")
    }

    static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
