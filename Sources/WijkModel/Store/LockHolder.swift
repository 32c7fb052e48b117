import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Who has a draft open: written into the lock file so a second interviewer
/// sees who to ask instead of a bare "locked".
public struct LockHolder: Sendable, Hashable {
    public var interviewer: String
    public var host: String
    public var pid: Int32
    public var since: Date

    public init(interviewer: String, host: String, pid: Int32, since: Date) {
        self.interviewer = interviewer; self.host = host; self.pid = pid; self.since = since
    }

    /// This process, now, on this machine.
    public static func current(interviewer: String, now: Date = Date()) -> LockHolder {
        LockHolder(interviewer: interviewer, host: hostName(), pid: getpid(), since: now)
    }

    /// "Dit interview is al geopend door Fatma op laptop-3 (pid 1234) sinds 14:02"
    public func lockedMessage(_ lang: Lang, now: Date = Date()) -> String {
        let (who, host, since) = shown(lang, now: now)
        return lang.t("Dit interview is al geopend door \(who) op \(host) (pid \(pid)) sinds \(since)",
                      "This interview is already open by \(who) on \(host) (pid \(pid)) since \(since)")
    }

    /// "In map ‘X’ wordt al samengevoegd door Fatma op laptop-3 (pid 1234) sinds 14:02"
    public func busyFolderMessage(path: String, _ lang: Lang, now: Date = Date()) -> String {
        let (who, host, since) = shown(lang, now: now)
        let path = DisplayText.line(path)
        return lang.t("In map ‘\(path)’ wordt al samengevoegd door \(who) op \(host) (pid \(pid)) sinds \(since)",
                      "A merge into ‘\(path)’ is already running, by \(who) on \(host) (pid \(pid)) since \(since)")
    }

    /// Who, where and since when, as shown to a person.
    private func shown(_ lang: Lang, now: Date) -> (who: String, host: String, since: String) {
        // Both come from a file anyone with access to the folder can write.
        (interviewer.isEmpty ? lang.t("iemand anders", "someone else") : DisplayText.line(interviewer),
         host.isEmpty ? "?" : DisplayText.line(host),
         Self.clockText(since, now: now))
    }

    // MARK: - Lock file text

    /// `key=value` lines; tiny, readable with `cat`, no JSON machinery needed.
    var fileText: String {
        "interviewer=\(Self.oneLine(interviewer))\nhost=\(Self.oneLine(host))\npid=\(pid)\n"
            + "since=\(since.timeIntervalSince1970)\n"
    }

    /// Parses `fileText`; missing or garbled fields become empty/zero, since a
    /// holder may be caught between creating and writing the file.
    init(fileText: String) {
        var fields: [Substring: Substring] = [:]
        for line in fileText.split(separator: "\n") {
            guard let eq = line.firstIndex(of: "=") else { continue }
            fields[line[..<eq]] = line[line.index(after: eq)...]
        }
        self.init(interviewer: fields["interviewer"].map(String.init) ?? "",
                  host: fields["host"].map(String.init) ?? "",
                  pid: fields["pid"].flatMap { Int32($0) } ?? 0,
                  since: Date(timeIntervalSince1970: fields["since"].flatMap { Double($0) } ?? 0))
    }

    private static func oneLine(_ s: String) -> String {
        String(s.map { $0.isNewline ? " " : $0 })
    }

    static func hostName() -> String {
        var buf = [CChar](repeating: 0, count: 256)
        guard gethostname(&buf, buf.count - 1) == 0 else { return "" }
        return String(decoding: buf.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// "14:02" today, "2024-05-03 14:02" otherwise, in local time; localtime_r
    /// avoids DateFormatter's ICU start-up cost for one message.
    static func clockText(_ date: Date, now: Date) -> String {
        func local(_ d: Date) -> tm {
            // `since` comes from the lock file: NaN or 1e300 must not trap.
            let seconds = d.timeIntervalSince1970.rounded(.down)
            var t = time_t(exactly: seconds.isFinite ? min(max(seconds, -1e15), 1e15) : 0) ?? 0
            var out = tm()
            localtime_r(&t, &out)
            return out
        }
        let d = local(date), n = local(now)
        func two(_ v: Int32) -> String { v < 10 ? "0\(v)" : "\(v)" }
        let clock = two(d.tm_hour) + ":" + two(d.tm_min)
        if d.tm_year == n.tm_year, d.tm_yday == n.tm_yday { return clock }
        return "\(d.tm_year + 1900)-\(two(d.tm_mon + 1))-\(two(d.tm_mday)) \(clock)"
    }
}
