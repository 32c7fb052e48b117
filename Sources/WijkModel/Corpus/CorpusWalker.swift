import Foundation

/// The one walk over response files (docs/corpus.md):
/// - a folder contributes its `*.json` files, recursively; hidden entries
///   (temporaries, locks) never; pipes, devices and sockets are passed over
///   (reading one could wait forever); each folder is read once (loops);
/// - `*.conflict-*.json` is listed as an unresolved conflict, never as the interview;
/// - a symbolic link is followed only while its target resolves inside the
///   folders the user named; one that leads out is reported and skipped,
///   without a byte of its target being read or its path being shown;
/// - a path named by the user is taken as named: a file (any name), a pipe or
///   a device (`wijk summary <(…)`), or a folder.
enum CorpusWalker {
    static func walk(_ paths: [String], recursive: Bool = true, lang: Lang) -> CorpusListing {
        var walk = Walk(lang: lang, recursive: recursive)
        // Every folder named bounds where links may lead.
        for path in paths {
            var info = stat()
            if stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR, let real = realPath(path) {
                walk.roots.append(real)
            }
        }
        for path in paths { walk.root(path) }
        return walk.listing
    }

    static func isConflictCopy(_ name: Substring) -> Bool {
        var name = name
        return name.withUTF8(isConflictCopy)
    }

    /// A name ending in `.json` that holds `.conflict-`, by its bytes
    /// (`String.contains` went through Foundation: a tenth of an export's walk).
    static func isConflictCopy(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        let marker = conflictMarker, count = name.count
        guard count >= 5, name[(count - 5)...].elementsEqual(".json".utf8), count >= marker.count else { return false }
        for start in 0...(count - marker.count) where name[start] == marker[0] {
            if name[start..<(start + marker.count)].elementsEqual(marker) { return true }
        }
        return false
    }

    private static let conflictMarker = Array(".conflict-".utf8)

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private struct Walk {
        let lang: Lang
        let recursive: Bool
        var roots: [String] = []
        var listing = CorpusListing()
        var visited: Set<FileIdentity> = []

        init(lang: Lang, recursive: Bool) { self.lang = lang; self.recursive = recursive }

        mutating func report(_ path: String, _ nl: String, _ en: String) {
            listing.problems.append(FileReport(file: path, problems: [Problem(path: "$", message: lang.t(nl, en))]))
        }

        mutating func add(_ path: String) {
            var path = path
            let conflict = path.withUTF8 { bytes in
                let name = bytes.lastIndex(of: UInt8(ascii: "/")).map { bytes.index(after: $0) } ?? 0
                return CorpusWalker.isConflictCopy(UnsafeBufferPointer(rebasing: bytes[name...]))
            }
            if conflict { listing.conflicts.append(path) } else { listing.files.append(path) }
        }

        /// Why `path` cannot be followed (errno set by the failed `stat`).
        mutating func unreachable(_ path: String) {
            let code = errno
            var link = stat()
            if code == ELOOP {
                report(path, "symbolische-linklus", "symbolic link loop")
            } else if code == ENOENT && lstat(path, &link) == 0 {
                report(path, "verwijst naar een bestand dat niet bestaat", "dangling symbolic link")
            } else if code == ENOENT {
                report(path, "bestaat niet", "does not exist")
            } else {
                let reason = String(cString: strerror(code))
                report(path, "kan niet lezen: \(reason)", "cannot read: \(reason)")
            }
        }

        /// A path the user named.
        mutating func root(_ path: String) {
            var info = stat()
            guard stat(path, &info) == 0 else { return unreachable(path) }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: directory(path, info)
            case S_IFREG, S_IFIFO, S_IFCHR: add(path)
            default: report(path, "geen gewoon bestand", "not a regular file")
            }
        }

        mutating func directory(_ path: String, _ info: stat) {
            guard visited.insert(FileIdentity(info)).inserted else { return }
            guard let entries = DirectoryEntries.read(path) else {
                return report(path, "map kan niet worden gelezen", "directory cannot be read")
            }
            for entry in entries {
                switch entry.type {
                case UInt8(DT_REG):
                    if entry.isJSON { add(entry.path) }   // the common case, without a stat
                case UInt8(DT_DIR):
                    if recursive { descend(entry.path) }
                case UInt8(DT_LNK):
                    link(entry)
                case UInt8(DT_UNKNOWN):
                    // The file system did not say: lstat decides.
                    var info = stat()
                    guard lstat(entry.path, &info) == 0 else { continue }
                    switch info.st_mode & S_IFMT {
                    case S_IFREG: if entry.isJSON { add(entry.path) }
                    case S_IFDIR: if recursive { directory(entry.path, info) }
                    case S_IFLNK: link(entry)
                    default: break
                    }
                default:
                    break   // pipes, devices, sockets: passed over
                }
            }
        }

        mutating func descend(_ path: String) {
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { return }
            directory(path, info)
        }

        /// A link inside a folder: followed only if it resolves inside a named folder.
        mutating func link(_ entry: DirectoryEntries.Entry) {
            var info = stat()
            guard stat(entry.path, &info) == 0 else {
                if entry.isJSON { unreachable(entry.path) }
                return
            }
            let kind = info.st_mode & S_IFMT
            let relevant = kind == S_IFDIR ? recursive : (kind == S_IFREG && entry.isJSON)
            guard relevant else { return }
            guard let real = CorpusWalker.realPath(entry.path), inside(real) else {
                return report(entry.path, "symbolische link naar buiten de opgegeven mappen; overgeslagen",
                              "symbolic link leading outside the folders given; skipped")
            }
            if kind == S_IFDIR { directory(entry.path, info) } else { add(entry.path) }
        }

        func inside(_ real: String) -> Bool {
            roots.contains { root in
                real == root || root == "/" || (real.hasPrefix(root) && real.utf8.dropFirst(root.utf8.count).first == UInt8(ascii: "/"))
            }
        }
    }
}

struct FileIdentity: Hashable, Sendable {
    var device: UInt64
    var inode: UInt64

    init(_ info: stat) {
        device = UInt64(info.st_dev); inode = UInt64(info.st_ino)
    }
}
