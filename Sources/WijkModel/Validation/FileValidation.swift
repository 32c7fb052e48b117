import Foundation

/// The result of checking one file.
public struct FileReport: Sendable {
    public var file: String
    public var responseID: String?
    public var problems: [Problem]

    public var hardProblems: [Problem] { problems.filter { $0.severity == .hard } }
    public var isValid: Bool { hardProblems.isEmpty }
}

/// `wijk validate`: walks files and folders, checks every response file, and
/// reports the same id in two files. Never crashes or hangs on what it is
/// given: empty, truncated, huge or binary files, unreadable files, symlink loops.
public struct FileValidation: Sendable {
    /// A response file is a few KB; anything this large is refused unread.
    public static let maxFileSize = 32 << 20

    public let validator: ResponseValidator
    public var lang: Lang { validator.lang }

    public init(validator: ResponseValidator) { self.validator = validator }

    /// Checks every path; a directory contributes its `*.json` files (recursively,
    /// skipping hidden files such as temporary saves and locks).
    public func run(paths: [String]) -> [FileReport] {
        var reports: [FileReport] = []
        var visitedDirectories: Set<FileIdentity> = []
        for path in paths {
            collect(path, explicit: true, into: &reports, visited: &visitedDirectories)
        }
        markDuplicateIDs(&reports)
        return reports
    }

    /// Checks one file's bytes.
    public func check(data: Data, file: String) -> FileReport {
        let json: JSONValue
        do {
            json = try JSONParser.parse(data)
        } catch {
            return FileReport(file: file, responseID: nil, problems: [Problem(path: "$", message: error.message(lang))])
        }
        let (response, problems) = validator.validate(json)
        return FileReport(file: file, responseID: response?.id, problems: problems)
    }

    private func problem(_ file: String, _ nl: String, _ en: String) -> FileReport {
        FileReport(file: file, responseID: nil, problems: [Problem(path: "$", message: lang.t(nl, en))])
    }

    private func collect(_ path: String, explicit: Bool, into reports: inout [FileReport],
                         visited: inout Set<FileIdentity>) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let reason = String(cString: strerror(errno))
            if errno == ELOOP {
                reports.append(problem(path, "symbolische-linklus", "symbolic link loop"))
            } else if errno == ENOENT, lstat(path, &info) == 0 {
                reports.append(problem(path, "verwijst naar een bestand dat niet bestaat", "dangling symbolic link"))
            } else {
                reports.append(problem(path, "kan niet lezen: \(reason)", "cannot read: \(reason)"))
            }
            return
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
            // A directory reached twice (through a symlink) is a loop or a repeat: read it once.
            guard visited.insert(FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))).inserted else { return }
            let entries: [String]
            do {
                entries = try FileManager.default.contentsOfDirectory(atPath: path).sorted()
            } catch {
                reports.append(problem(path, "map kan niet worden gelezen", "directory cannot be read"))
                return
            }
            for name in entries where !name.hasPrefix(".") {
                let child = (path as NSString).appendingPathComponent(name)
                var childInfo = stat()
                let exists = stat(child, &childInfo) == 0
                let isDirectory = exists && (childInfo.st_mode & S_IFMT) == S_IFDIR
                // A link that cannot be followed is reported, whatever its name.
                if isDirectory || name.hasSuffix(".json") || !exists {
                    collect(child, explicit: false, into: &reports, visited: &visited)
                }
            }
        case S_IFREG:
            if Int(info.st_size) > Self.maxFileSize {
                let mb = Int(info.st_size) >> 20
                reports.append(problem(path, "bestand is te groot (\(mb) MB); een interviewbestand is hooguit enkele honderden KB",
                                       "file is too large (\(mb) MB); a response file is a few hundred KB at most"))
                return
            }
            guard let handle = FileHandle(forReadingAtPath: path) else {
                let reason = String(cString: strerror(errno))
                reports.append(problem(path, "kan niet lezen: \(reason)", "cannot read: \(reason)"))
                return
            }
            defer { try? handle.close() }
            let data: Data
            do {
                data = try handle.read(upToCount: Self.maxFileSize + 1) ?? Data()
            } catch {
                reports.append(problem(path, "kan niet lezen", "cannot read"))
                return
            }
            reports.append(check(data: data, file: path))
        default:
            if explicit {
                reports.append(problem(path, "geen gewoon bestand", "not a regular file"))
            }
        }
    }

    private func markDuplicateIDs(_ reports: inout [FileReport]) {
        var firstFile: [String: String] = [:]
        for i in reports.indices {
            guard let id = reports[i].responseID else { continue }
            if let other = firstFile[id] {
                reports[i].problems.append(Problem(path: "$.id", message: lang.t(
                    "dezelfde id als \(other)", "same id as \(other)")))
            } else {
                firstFile[id] = reports[i].file
            }
        }
    }
}

struct FileIdentity: Hashable, Sendable {
    var device: UInt64
    var inode: UInt64
}
