import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where response files live, and making sure that place is private.
public enum DataDirectory {
    /// Picks the response directory: `--data DIR`, else `$WIJK_DATA`, else
    /// `$XDG_DATA_HOME/wijk/responses`, else `~/.local/share/wijk/responses`.
    ///
    /// Empty variables count as unset, and a relative `XDG_DATA_HOME` is ignored,
    /// as the XDG spec asks. A leading `~/` is expanded with `HOME` from `environment`
    /// (for a `--data` value that came through quotes, or from a config file).
    public static func resolve(explicit: String?,
                               environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        let home = nonEmpty(environment["HOME"]) ?? NSHomeDirectory()
        if let dir = nonEmpty(explicit) { return url(dir, home: home) }
        if let dir = nonEmpty(environment["WIJK_DATA"]) { return url(dir, home: home) }
        if let xdg = nonEmpty(environment["XDG_DATA_HOME"]), xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg, isDirectory: true)
                .appendingPathComponent("wijk", isDirectory: true)
                .appendingPathComponent("responses", isDirectory: true)
        }
        return URL(fileURLWithPath: home, isDirectory: true)
            .appendingPathComponent(".local/share/wijk/responses", isDirectory: true)
    }

    /// Creates `url` and any missing parents with mode 0700 (responses hold
    /// personal data). A directory that already exists is left exactly as it
    /// is, mode and owner: it may be a shared or sticky folder, or reached
    /// through a symlink, and changing that is not Wijk's to decide;
    /// `exposureWarning` tells the user instead.
    public static func prepare(_ url: URL) throws {
        let url = url.standardizedFileURL
        // Following links: a data dir symlinked into a sync folder is fine.
        if let st = statFollowing(url) {
            guard POSIX.isDirectory(st) else {
                throw StoreError.notADirectory(path: url.path)
            }
        } else {
            try createWithParents(url)
        }
    }

    /// Whether group or others have any access to `url` (following links);
    /// false when it does not exist.
    public static func isExposed(_ url: URL) -> Bool {
        guard let st = statFollowing(url) else { return false }
        return st.st_mode & 0o077 != 0
    }

    /// How many regular `*.json` files directly in `folder` group or others may read or write.
    /// Names are judged by their bytes and each file is looked at relative to the open folder
    /// (200,000 files: a `String` and a `URL` per name were a fifth of the home screen's start).
    public static func exposedFiles(in folder: URL) -> Int {
        guard let dir = opendir(folder.path) else { return 0 }
        defer { closedir(dir) }
        let fd = dirfd(dir)
        var count = 0
        while let entry = readdir(dir) {
            let exposed = withUnsafeBytes(of: &entry.pointee.d_name) { raw -> Bool in
                let name = raw.baseAddress!.assumingMemoryBound(to: CChar.self)
                let length = strnlen(name, raw.count)
                let bytes = UnsafeRawBufferPointer(start: raw.baseAddress!, count: length)
                guard length > 5, bytes[0] != UInt8(ascii: "."), bytes[(length - 5)...].elementsEqual(".json".utf8) else {
                    return false
                }
                var st = stat()
                return fstatat(fd, name, &st, AT_SYMLINK_NOFOLLOW) == 0 && POSIX.isRegular(st) && isExposedFile(st)
            }
            if exposed { count += 1 }
        }
        return count
    }

    /// Whether group or others may read or write the file `st` describes.
    static func isExposedFile(_ st: stat) -> Bool { st.st_mode & 0o066 != 0 }

    /// One line for the user when `folder` (existing) or `exposedFiles` of its
    /// files can be read by others; nil when all is private.
    public static func exposureWarning(folder: URL, exposedFiles: Int, lang: Lang) -> String? {
        let folderOpen = isExposed(folder)
        guard folderOpen || exposedFiles > 0 else { return nil }
        let path = folder.standardizedFileURL.path
        var what: [String] = []
        if folderOpen { what.append(lang.t("de map ‘\(path)’", "the folder ‘\(path)’")) }
        if exposedFiles > 0 {
            what.append(folderOpen ? lang.t("\(exposedFiles) interviewbestand(en) erin", "\(exposedFiles) interview file(s) in it")
                                   : lang.t("\(exposedFiles) interviewbestand(en) in ‘\(path)’", "\(exposedFiles) interview file(s) in ‘\(path)’"))
        }
        let verb = folderOpen && exposedFiles == 0 ? "is" : "zijn"
        let fix = (folderOpen ? "chmod 700 '\(path)'" : "") + (folderOpen && exposedFiles > 0 ? "; " : "")
            + (exposedFiles > 0 ? "chmod 600 '\(path)'/*.json" : "")
        return lang.t("Let op: \(what.joined(separator: " en ")) \(verb) ook voor anderen toegankelijk; interviews zijn persoonsgegevens (AVG). Wijk verandert dat niet zelf; maak ze privé met: \(fix)",
                      "Warning: \(what.joined(separator: " and ")) can be accessed by others; interviews are personal data (GDPR). Wijk does not change that itself; make them private with: \(fix)")
    }

    // MARK: - Helpers

    private static func nonEmpty(_ s: String?) -> String? {
        guard let s, !s.isEmpty else { return nil }
        return s
    }

    private static func url(_ path: String, home: String) -> URL {
        var path = path
        if path == "~" { path = home } else if path.hasPrefix("~/") { path = home + path.dropFirst(1) }
        return URL(fileURLWithPath: path, isDirectory: true).standardizedFileURL
    }

    private static func statFollowing(_ url: URL) -> stat? {
        POSIX.withPath(url) { path in
            var st = stat()
            return stat(path, &st) == 0 ? st : nil
        }
    }

    /// `mkdir -p` with 0700 for every directory we create.
    private static func createWithParents(_ url: URL) throws {
        let parent = url.deletingLastPathComponent()
        if parent.path != url.path, statFollowing(parent) == nil {
            try createWithParents(parent)
        }
        let rc = POSIX.withPath(url) { mkdir($0, 0o700) }
        if rc != 0, errno != EEXIST {
            throw StoreError.io(.createDirectory, path: url.path, code: errno)
        }
    }
}
