import Foundation
import WijkModel

/// The small per-user config file that remembers the interviewer's name:
/// `$XDG_CONFIG_HOME/wijk/config.json`, else `~/.config/wijk/config.json`.
/// Written atomically with mode 0600 (it names a person) in a 0700 directory.
struct InterviewerConfig: Equatable {
    var interviewer: String = ""

    /// Where the file lives for this environment.
    static func url(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg).appendingPathComponent("wijk/config.json")
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".config/wijk/config.json")
    }

    /// Reads the file; a missing or unreadable file gives the defaults (it is only a convenience).
    static func load(from url: URL) -> InterviewerConfig {
        guard let data = try? Data(contentsOf: url), case .object(let object)? = try? JSONParser.parse(data),
              case .string(let name)? = object["interviewer"] else { return InterviewerConfig() }
        return InterviewerConfig(interviewer: name)
    }

    /// Writes the file atomically (0600), creating its directory (0700) if needed.
    func save(to url: URL) throws {
        try DataDirectory.prepare(url.deletingLastPathComponent())
        let value = JSONValue.object(JSONObject([("interviewer", .string(interviewer))]))
        try AtomicFile.write(JSONWriter.data(value), to: url, mode: 0o600)
    }
}
