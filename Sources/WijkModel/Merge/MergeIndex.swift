import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What a merge target holds, by interview id: only what the decisions need
/// (the main file's revision and a hash per kept file), never the responses
/// themselves, so memory stays small however many files there are (~0.2 KB
/// per id: at 200,000 files a name string and an array per id were a fifth
/// of a merge's memory).
struct MergeIndex {
    /// One file kept under an id: where, and a hash of its bytes.
    struct Kept: Equatable {
        enum Place: Equatable {
            /// `<id>.json`.
            case main
            /// `<id>.conflict-<hash>.json`, named by its own hash (`MergeConflicts.name`).
            case conflict
            /// Any other name (a conflict copy whose bytes changed since, a file holding another id).
            case named(String)
        }
        var place: Place
        var hash: UInt64

        init(name: String, id: String, hash: UInt64) {
            self.hash = hash
            if name == id + ".json" { place = .main }
            else if name == MergeConflicts.name(id: id, hash: hash) { place = .conflict }
            else { place = .named(name) }
        }

        func name(id: String) -> String {
            switch place {
            case .main: return id + ".json"
            case .conflict: return MergeConflicts.name(id: id, hash: hash)
            case .named(let name): return name
            }
        }
    }

    /// The files kept under one id: nearly always one, held without an array.
    struct KeptFiles {
        private var first: Kept?
        private var rest: [Kept] = []

        func contains(hash: UInt64) -> Bool {
            first?.hash == hash || rest.contains { $0.hash == hash }
        }

        /// Adds `kept`, replacing a file of the same name.
        mutating func put(_ kept: Kept, id: String) {
            let name = kept.name(id: id)
            if let f = first, f.name(id: id) == name { first = kept; return }
            if let i = rest.firstIndex(where: { $0.name(id: id) == name }) { rest[i] = kept; return }
            if first == nil { first = kept } else { rest.append(kept) }
        }
    }

    struct Held {
        /// The revision in `<id>.json`; nil when there is none or it is unusable.
        var main: RevisionKey?
        /// `<id>.json` exists but does not hold a usable revision of `id`: never overwritten.
        var mainOccupied = false
        var kept = KeptFiles()
    }

    var byID: [String: Held] = [:]
    /// Files in the target that group or others may read or write (for one warning).
    var exposedFiles = 0

    /// Reads the target's response files and conflict copies as the corpus
    /// walks them (this folder only, hidden files never, links only inside it),
    /// each through the corpus reader with its size cap. Files that do not
    /// decode are left out, except that an `<id>.json` not holding `id` is
    /// remembered, so it is never overwritten.
    static func read(_ target: URL, lang: Lang) -> MergeIndex {
        var index = MergeIndex()
        let listing = CorpusWalker.walk([target.path], recursive: false, lang: lang)
        var reader = CorpusReader()
        defer { reader.release() }
        for path in (Array(listing.files) + listing.conflicts).sorted() {
            let name = path.split(separator: "/").last.map(String.init) ?? path
            if let st = POSIX.lstat(URL(fileURLWithPath: path, isDirectory: false)), DataDirectory.isExposedFile(st) {
                index.exposedFiles += 1
            }
            let decoded: (Response, UInt64)?
            switch reader.read(path) {
            case .success(let bytes):
                decoded = (try? ResponseDecoder.decode(Data(bytes), lang: lang)).map { ($0, CorpusReader.hash(bytes)) }
            case .failure:
                decoded = nil
            }
            // `<id>.json` holding something else (unusable, or another id): never overwritten.
            let fileID = String(name.dropLast(5))
            if decoded?.0.id != fileID, ResponseID.isValid(fileID) {
                index.byID[fileID, default: Held()].mainOccupied = true
            }
            guard let (response, hash) = decoded else { continue }
            var held = index.byID[response.id] ?? Held()
            held.kept.put(Kept(name: name, id: response.id, hash: hash), id: response.id)
            if name == response.id + ".json" { held.main = RevisionKey(response) }
            index.byID[response.id] = held
        }
        return index
    }
}
