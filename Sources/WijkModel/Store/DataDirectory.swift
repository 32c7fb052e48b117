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

    /// Creates `url` and any missing parents with mode 0700, and tightens an
    /// existing directory owned by us to 0700: responses hold personal data.
    ///
    /// A directory owned by someone else (a shared mount) is left as it is.
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
        try tighten(url)
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

    private static func tighten(_ url: URL) throws {
        guard let st = statFollowing(url) else {
            throw StoreError.io(.createDirectory, path: url.path, code: errno)
        }
        // Only our own directory: chmod on someone else's would fail anyway, and
        // changing a shared folder's mode is not ours to decide.
        guard st.st_uid == geteuid(), st.st_mode & 0o777 != 0o700 else { return }
        if POSIX.withPath(url, { chmod($0, 0o700) }) != 0 {
            throw StoreError.io(.permissions, path: url.path, code: errno)
        }
    }
}
