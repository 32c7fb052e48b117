import Foundation

/// Reads the response files the export commands are given: files and folders
/// (recursively, `*.json`, hidden files such as temporaries and locks
/// skipped). The same interview found twice (merged folders, backups) counts
/// once: the revision with the newest `updatedAt` wins. Files that do not
/// decode are skipped with a warning, never abort the run.
public enum ResponseLoading {
    /// The responses and one warning line per skipped file (`FILE: reason`).
    public static func load(paths: [String], lang: Lang = .nl) -> (responses: [Response], warnings: [String]) {
        var newest: [String: Response] = [:]
        var warnings: [String] = []
        for file in files(in: paths, warnings: &warnings) {
            guard let data = FileManager.default.contents(atPath: file) else {
                warnings.append("\(file): " + lang.t("kan niet lezen", "cannot read")); continue
            }
            do {
                let response = try ResponseDecoder.decode(data, lang: lang)
                if let seen = newest[response.id], seen.updatedAt >= response.updatedAt { continue }
                newest[response.id] = response
            } catch {
                warnings.append("\(file): " + lang.t("overgeslagen: ", "skipped: ") + error.message(lang))
            }
        }
        // Oldest first (ties by id): rows in the order the interviews were taken.
        let responses = newest.values.sorted { ($0.createdAt, $0.id) < ($1.createdAt, $1.id) }
        return (responses, warnings)
    }

    /// The `*.json` files under `paths`, sorted per folder; symlinked folders
    /// are followed once.
    static func files(in paths: [String], warnings: inout [String]) -> [String] {
        var out: [String] = []
        var seen: Set<String> = []
        func walk(_ path: String, explicit: Bool) {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                if explicit { warnings.append("\(path): bestaat niet / does not exist") }
                return
            }
            if isDirectory.boolValue {
                let real = (path as NSString).resolvingSymlinksInPath
                guard seen.insert(real).inserted,
                      let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
                for name in names.sorted() where !name.hasPrefix(".") {
                    walk((path as NSString).appendingPathComponent(name), explicit: false)
                }
            } else if explicit || path.hasSuffix(".json") {
                out.append(path)
            }
        }
        for path in paths { walk(path, explicit: true) }
        return out
    }
}
