import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where `-o` may write: a new file, or an existing regular file that is
/// replaced. Never a FIFO, device, socket or folder (renaming over `/dev/null`
/// as root replaced it), and never through a symbolic link (the link would be
/// replaced by a file, or point somewhere the user did not name).
public enum OutputTarget {
    public enum Refusal: Error, Sendable, Hashable {
        case symbolicLink(path: String)
        case notARegularFile(path: String, kind: String)
        case sameAsCompanion(path: String)

        public func message(_ lang: Lang) -> String {
            switch self {
            case .symbolicLink(let path):
                return lang.t("‘\(path)’ is een symbolische koppeling; geef het echte bestand op",
                              "‘\(path)’ is a symbolic link; name the real file")
            case let .notARegularFile(path, kind):
                return lang.t("‘\(path)’ is \(Self.kindText(kind, .nl)), geen gewoon bestand; kies een (nieuw) bestand",
                              "‘\(path)’ is \(Self.kindText(kind, .en)), not a regular file; choose a (new) file")
            case .sameAsCompanion(let path):
                return lang.t("‘\(path)’ zou zowel de CSV als de syntax worden; geef de CSV een andere naam (NAAM.csv)",
                              "‘\(path)’ would be both the CSV and the syntax; give the CSV another name (NAME.csv)")
            }
        }

        private static func kindText(_ kind: String, _ lang: Lang) -> String {
            switch kind {
            case "directory": return lang.t("een map", "a folder")
            case "fifo": return lang.t("een pipe (FIFO)", "a pipe (FIFO)")
            case "device": return lang.t("een apparaat", "a device")
            case "socket": return lang.t("een socket", "a socket")
            default: return lang.t("een bijzonder bestand", "a special file")
            }
        }
    }

    /// Throws a `Refusal` unless `url` is absent or an existing regular file (not a link to one).
    public static func check(_ url: URL) throws {
        guard let st = POSIX.lstat(url) else { return }   // absent (or unreadable: opening will say why)
        let type = st.st_mode & S_IFMT
        if type == S_IFREG { return }
        if type == S_IFLNK { throw Refusal.symbolicLink(path: url.path) }
        let kind: String
        switch type {
        case S_IFDIR: kind = "directory"
        case S_IFIFO: kind = "fifo"
        case S_IFCHR, S_IFBLK: kind = "device"
        case S_IFSOCK: kind = "socket"
        default: kind = "other"
        }
        throw Refusal.notARegularFile(path: url.path, kind: kind)
    }

    /// Checks every target of one export, and that no two are the same path
    /// (`export spss -o data.sps` would write the CSV and then the syntax over it).
    public static func check(_ urls: [URL]) throws {
        var seen: Set<String> = []
        for url in urls {
            let key = url.standardizedFileURL.path
            if !seen.insert(key).inserted { throw Refusal.sameAsCompanion(path: url.path) }
            try check(url)
        }
    }
}
