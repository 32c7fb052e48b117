import Foundation

/// The response files under a list of paths: a directory contributes its
/// `*.json` files (recursively, hidden entries skipped, each directory once
/// even through symlinks); a file given by name is taken as is. Paths that
/// cannot be used become reports, so the summary goes on without them.
enum FileCollection {
    static func collect(_ paths: [String], lang: Lang) -> (files: [String], problems: [FileReport]) {
        var files: [String] = [], problems: [FileReport] = []
        var visited: Set<FileIdentity> = []
        func report(_ path: String, _ nl: String, _ en: String) {
            problems.append(FileReport(file: path, responseID: nil, problems: [Problem(path: "$", message: lang.t(nl, en))]))
        }
        func walk(_ path: String, explicit: Bool) {
            var info = stat()
            guard stat(path, &info) == 0 else {
                let reason = String(cString: strerror(errno))
                report(path, "kan niet lezen: \(reason)", "cannot read: \(reason)")
                return
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                guard visited.insert(FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))).inserted else { return }
                guard let entries = try? FileManager.default.contentsOfDirectory(atPath: path) else {
                    report(path, "map kan niet worden gelezen", "directory cannot be read")
                    return
                }
                for name in entries.sorted() where !name.hasPrefix(".") {
                    let child = path.hasSuffix("/") ? path + name : path + "/" + name
                    if name.hasSuffix(".json") {
                        files.append(child)
                    } else {
                        var childInfo = stat()
                        if stat(child, &childInfo) == 0, (childInfo.st_mode & S_IFMT) == S_IFDIR {
                            walk(child, explicit: false)
                        }
                    }
                }
            case S_IFREG:
                files.append(path)
            default:
                if explicit { report(path, "geen gewoon bestand", "not a regular file") }
            }
        }
        for path in paths { walk(path, explicit: true) }
        return (files, problems)
    }
}
