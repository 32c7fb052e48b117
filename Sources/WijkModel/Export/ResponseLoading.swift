import Foundation

/// Reads the response files the export commands are given: files and folders
/// (recursively, `*.json`, hidden files such as temporaries and locks
/// skipped). The same interview found twice (merged folders, backups) counts
/// once: the revision with the newest `updatedAt` wins. Files that do not
/// decode are skipped with a warning, never abort the run.
public enum ResponseLoading {
    /// The responses and one warning line per skipped file (`FILE: reason`).
    public static func load(paths: [String], lang: Lang = .nl) -> (responses: [Response], warnings: [String]) {
        var warnings: [String] = []
        let paths = files(in: paths, warnings: &warnings)
        // Reading and decoding dominate; they run on all cores, one slot per file.
        let results = ResultSlots<Result<Response, ResponseFileError>>(count: paths.count)
        DispatchQueue.concurrentPerform(iterations: (paths.count + 255) / 256) { chunk in
            for i in (chunk * 256)..<min(paths.count, (chunk + 1) * 256) {
                guard let data = FileManager.default.contents(atPath: paths[i]) else { continue }
                do throws(ResponseFileError) {
                    results.set(i, .success(try ResponseDecoder.decode(data, lang: lang)))
                } catch {
                    results.set(i, .failure(error))
                }
            }
        }
        var newest: [String: Response] = [:]
        for (file, result) in zip(paths, results.values) {
            switch result {
            case nil:
                warnings.append("\(file): " + lang.t("kan niet lezen", "cannot read"))
            case .failure(let error)?:
                warnings.append("\(file): " + lang.t("overgeslagen: ", "skipped: ") + error.message(lang))
            case .success(let response)?:
                if let seen = newest[response.id], seen.updatedAt >= response.updatedAt { continue }
                newest[response.id] = response
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

/// Fixed slots filled from concurrent workers, each slot by one worker.
final class ResultSlots<T>: @unchecked Sendable {
    // @unchecked: every access goes through `lock`.
    private let lock = NSLock()
    private var storage: [T?]

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: T) { lock.withLock { storage[index] = value } }

    /// The values in slot order (nil where none was set).
    var values: [T?] { lock.withLock { storage } }
}
