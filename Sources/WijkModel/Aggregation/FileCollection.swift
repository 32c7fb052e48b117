import Foundation

/// The response files under a list of paths: a directory contributes its
/// regular `*.json` files (recursively, hidden entries skipped, each directory
/// once even through symlinks; pipes and devices in folders are passed over,
/// as reading one could wait forever); a path given by name is taken if it is
/// a file, a pipe or a device (`wijk summary <(…)`). Paths that cannot be used
/// become reports, so the summary goes on without them.
enum FileCollection {
    static func collect(_ paths: [String], lang: Lang) -> (files: [String], problems: [FileReport]) {
        var files: [String] = [], problems: [FileReport] = []
        var visited: Set<FileIdentity> = []
        func report(_ path: String, _ nl: String, _ en: String) {
            problems.append(FileReport(file: path, responseID: nil, problems: [Problem(path: "$", message: lang.t(nl, en))]))
        }
        func unreachable(_ path: String) {
            var link = stat()
            if errno == ENOENT && lstat(path, &link) == 0 {
                report(path, "verwijst naar een bestand dat niet bestaat", "dangling symbolic link")
            } else if errno == ENOENT {
                report(path, "bestaat niet", "does not exist")
            } else {
                let reason = String(cString: strerror(errno))
                report(path, "kan niet lezen: \(reason)", "cannot read: \(reason)")
            }
        }
        func walk(_ path: String, explicit: Bool) {
            var info = stat()
            guard stat(path, &info) == 0 else { return unreachable(path) }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                guard visited.insert(FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))).inserted else { return }
                guard let entries = entries(of: path) else {
                    report(path, "map kan niet worden gelezen", "directory cannot be read")
                    return
                }
                for entry in entries {
                    let child = entry.path
                    if entry.isJSON && entry.type == UInt8(DT_REG) {
                        files.append(child)   // the common case, without a stat
                    } else if entry.type == UInt8(DT_DIR) {
                        walk(child, explicit: false)
                    } else if entry.isJSON || entry.type == UInt8(DT_LNK) || entry.type == UInt8(DT_UNKNOWN) {
                        // The file system did not say, or a link: stat decides.
                        var childInfo = stat()
                        guard stat(child, &childInfo) == 0 else {
                            if entry.isJSON { unreachable(child) }
                            continue
                        }
                        switch childInfo.st_mode & S_IFMT {
                        case S_IFDIR: walk(child, explicit: false)
                        case S_IFREG where entry.isJSON: files.append(child)
                        default: break
                        }
                    }
                }
            case S_IFREG, S_IFIFO, S_IFCHR:
                files.append(path)
            default:
                if explicit { report(path, "geen gewoon bestand", "not a regular file") }
            }
        }
        for path in paths { walk(path, explicit: true) }
        return (files, problems)
    }

    /// A directory's entries, hidden ones left out, sorted by name, each
    /// with its path: read with `readdir` and judged
    /// by their bytes. (100,000 files: `readdir` itself takes ~40 ms here;
    /// `FileManager`, `String` suffix checks and sorting by `String` once
    /// added ~0.1 s.)
    private static func entries(of path: String) -> [Entry]? {
        guard let dir = opendir(path) else { return nil }
        defer { closedir(dir) }
        var entries: [Entry] = []
        var scratch = Array((path.hasSuffix("/") ? path : path + "/").utf8)
        let prefixCount = scratch.count
        while let entry = readdir(dir) {
            let type = entry.pointee.d_type
            let item = withUnsafeBytes(of: &entry.pointee.d_name) { raw -> Entry? in
                let bytes = UnsafeBufferPointer(start: raw.baseAddress!.assumingMemoryBound(to: UInt8.self),
                                                count: strnlen(raw.baseAddress!.assumingMemoryBound(to: CChar.self), raw.count))
                guard let first = bytes.first, first != UInt8(ascii: ".") else { return nil }
                scratch.removeSubrange(prefixCount...)
                scratch.append(contentsOf: bytes)
                return Entry(name: bytes, path: String(decoding: scratch, as: UTF8.self), type: type)
            }
            if let item { entries.append(item) }
        }
        // Sorted as plain numbers where the keys decide, the paths (which
        // share the prefix, so sort as the names do) only where they do not;
        // sorting the entries themselves moved a `String` per swap.
        var order = entries.indices.map { SortItem(key: entries[$0].key, index: $0, keyed: entries[$0].keyed) }
        order.sort { a, b in
            a.key != b.key && a.keyed && b.keyed ? a.key < b.key : entries[a.index].path < entries[b.index].path
        }
        return order.map { entries[$0.index] }
    }

    private struct SortItem {
        var key: UInt64
        var index: Int
        var keyed: Bool
    }

    /// A listed entry with a sort key: comparing 100,000 names as `String`s
    /// took tens of milliseconds, comparing their first eight bytes as one
    /// number does not.
    private struct Entry {
        var path: String
        var isJSON: Bool
        var type: UInt8
        /// The name's first eight bytes, big-endian, zero-padded: numbers in byte order.
        var key: UInt64 = 0
        /// Whether `key` orders as `String` does: its bytes and the next one
        /// are ASCII (no combining mark can change them in normalisation).
        var keyed = true

        init(name bytes: UnsafeBufferPointer<UInt8>, path: String, type: UInt8) {
            self.path = path
            isJSON = bytes.count >= 5 && bytes[(bytes.count - 5)...].elementsEqual(".json".utf8)
            self.type = type
            for i in 0..<8 { key = key << 8 | UInt64(i < bytes.count ? bytes[i] : 0) }
            for b in bytes.prefix(9) where b >= 0x80 { keyed = false }
        }
    }
}
