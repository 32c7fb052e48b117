import Foundation
import WijkModel

/// The small per-user config file that remembers the interviewer's name and the
/// interviewer's preferences: `$XDG_CONFIG_HOME/wijk/config.json`, else
/// `~/.config/wijk/config.json`. Written atomically with mode 0600 (it names a person)
/// in a 0700 directory.
struct InterviewerConfig: Equatable {
    var interviewer: String = ""
    /// `"autoAdvance": true`: a one-key answer (a choice, a scale point, yes/no) also moves
    /// on to the next question. Off by default: then only Enter moves on.
    var autoAdvance = false
    /// The coder name `--coder` last gave (docs/coding-format.md): coding commands use it when none is given.
    var coder: String = ""

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
        guard let data = try? Data(contentsOf: url), case .object(let object)? = try? JSONParser.parse(data)
        else { return InterviewerConfig() }
        var config = InterviewerConfig()
        if case .string(let name)? = object["interviewer"] { config.interviewer = name }
        if case .bool(let on)? = object["autoAdvance"] { config.autoAdvance = on }
        if case .string(let coder)? = object["coder"] { config.coder = coder }
        return config
    }

    /// Writes the file atomically (0600), creating its directory (0700) if needed.
    func save(to url: URL) throws {
        try DataDirectory.prepare(url.deletingLastPathComponent())
        var object = JSONObject([("interviewer", .string(interviewer)), ("autoAdvance", .bool(autoAdvance))])
        if !coder.isEmpty { object["coder"] = .string(coder) }
        let value = JSONValue.object(object)
        try AtomicFile.write(JSONWriter.data(value), to: url, mode: 0o600)
    }
}
