import Foundation

/// Finds the response files `wijk merge` is given: files and folders
/// (recursively, `*.json`, hidden files such as temporaries and locks skipped).
/// The data exports use the summary's `FileCollection` instead (via `ExportSource`).
public enum ResponseLoading {
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
