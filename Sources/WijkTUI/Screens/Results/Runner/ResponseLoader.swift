import Foundation
import WijkModel

/// Reads the interviews behind one answer category for the drill-down.
///
/// Same rules as the aggregator where it matters: the filter, and per id only
/// the newest `updatedAt` counts (so a superseded revision never shows up).
/// Files that do not decode are skipped (the summary lists them already).
/// Keeps only the matching responses in memory.
struct ResponseLoader {
    var paths: [String]
    var lang: Lang

    func load(_ selection: ResponseSelection) -> [Response] {
        var newest: [String: (updatedAt: Date, response: Response?)] = [:]
        for file in Self.files(under: paths) {
            guard let data = FileManager.default.contents(atPath: file),
                  let response = try? ResponseDecoder.decode(data, lang: lang) else { continue }
            if let seen = newest[response.id], seen.updatedAt >= response.updatedAt { continue }
            let keep = selection.filter.matches(response) && selection.matches(response)
            newest[response.id] = (response.updatedAt, keep ? response : nil)
        }
        return newest.values.compactMap(\.response)
    }

    /// `*.json` files under the paths (directories recursively, hidden entries skipped).
    static func files(under paths: [String]) -> [String] {
        var out: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            guard isDirectory.boolValue else { out.append(path); continue }
            guard let walker = manager.enumerator(atPath: path) else { continue }
            while let relative = walker.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") { walker.skipDescendants(); continue }
                if name.hasSuffix(".json") { out.append((path as NSString).appendingPathComponent(relative)) }
            }
        }
        return out.sorted()
    }
}
