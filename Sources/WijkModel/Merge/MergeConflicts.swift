import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The conflict copies `wijk merge` keeps (`<id>.conflict-<hash>.json`), and
/// resolving them: keeping one revision of an interview.
public enum MergeConflicts {
    /// `<id>.conflict-<16 hex digits of the bytes' hash>.json`
    static func name(id: String, hash: UInt64) -> String {
        let hex = String(hash, radix: 16)
        return id + ".conflict-" + String(repeating: "0", count: 16 - hex.count) + hex + ".json"
    }

    /// The id a conflict copy's name belongs to, or nil for any other name.
    public static func id(ofConflictName name: String) -> String? {
        CorpusWalker.isConflictCopy(Substring(name)) ? CorpusListing.conflictID(name) : nil
    }

    /// The conflict copies in `folder`, as the corpus walk finds them, by name, sorted.
    public static func list(in folder: URL) -> [String] {
        CorpusWalker.walk([folder.path], recursive: false, lang: .nl).conflicts
            .map { $0.split(separator: "/").last.map(String.init) ?? $0 }.sorted()
    }

    /// Why a conflict could not be resolved.
    public enum ResolveError: Error, Equatable {
        /// `id` has no conflict copies in the folder.
        case noConflict(id: String)
        /// `keep` is not `<id>.json` nor one of the id's conflict copies in the folder.
        case notARevision(keep: String, candidates: [String])
        /// A revision could not be read or decoded.
        case unreadable(file: String, reason: String)

        public func message(_ lang: Lang) -> String {
            switch self {
            case .noConflict(let id):
                return lang.t("Interview \(id) heeft geen conflict in deze map.", "Interview \(id) has no conflict in this folder.")
            case let .notARevision(keep, candidates):
                return lang.t("‘\(keep)’ is geen versie van dit interview in deze map; kies uit: ",
                              "‘\(keep)’ is not a revision of this interview in this folder; choose from: ")
                    + candidates.joined(separator: ", ")
            case let .unreadable(file, reason):
                return lang.t("Kan ‘\(file)’ niet lezen: ", "Cannot read ‘\(file)’: ") + reason
            }
        }
    }

    /// Keeps one revision of interview `id` in `folder`: the file named `keep`
    /// (`<id>.json` or one of its conflict copies; a path to it in `folder` too)
    /// becomes `<id>.json`, its edit counter (`revision`) one past the highest
    /// of the id's revisions there and a "resolve" entry added to its audit
    /// trail, so a later merge of the same folders sees the others as older
    /// and skips them; then the id's conflict copies are removed.
    /// The caller holds the folder's `FolderLock`.
    /// - Returns: the conflict copies removed.
    /// - Throws: `ResolveError`, or `StoreError` when writing fails.
    @discardableResult
    public static func resolve(id: String, keep: String, in folder: URL, lang: Lang,
                               now: Date = Date()) throws -> [String] {
        guard ResponseID.isValid(id) else { throw StoreError.invalidID(id) }
        let copies = list(in: folder).filter { Self.id(ofConflictName: $0) == id }
        guard !copies.isEmpty else { throw ResolveError.noConflict(id: id) }
        let mainName = id + ".json"
        var revisions = copies
        if POSIX.lstat(folder.appendingPathComponent(mainName, isDirectory: false)).map(POSIX.isRegular) == true {
            revisions.insert(mainName, at: 0)
        }
        let keepURL = URL(fileURLWithPath: keep)
        let keepName = keepURL.lastPathComponent
        let inFolder = !keep.contains("/")
            || keepURL.deletingLastPathComponent().standardizedFileURL.path == folder.standardizedFileURL.path
        guard inFolder, revisions.contains(keepName) else {
            throw ResolveError.notARevision(keep: keep, candidates: revisions)
        }
        var kept: Response?
        var latest = RevisionKey(revision: 0, updatedAt: .distantPast)
        for name in revisions {
            let file = folder.appendingPathComponent(name, isDirectory: false)
            let response: Response
            switch CorpusReader.data(file.path) {
            case .failure(let failure):
                if name != keepName { continue }   // only the kept one must be readable
                throw ResolveError.unreadable(file: file.path, reason: failure.message(lang))
            case .success(let data):
                do { response = try ResponseDecoder.decode(data, lang: lang) } catch {
                    if name != keepName { continue }
                    throw ResolveError.unreadable(file: file.path, reason: error.message(lang))
                }
            }
            latest = max(latest, RevisionKey(response))
            if name == keepName { kept = response }
        }
        guard var response = kept, response.id == id else {
            throw ResolveError.notARevision(keep: keep, candidates: revisions)
        }
        // Later than every other revision by `RevisionOrder`: the counter one past the highest;
        // only at the counter's ceiling does `updatedAt` have to move instead.
        response.revision = min(latest.revision + 1, Response.maxRevision)
        if response.revision == latest.revision { response.updatedAt = latest.updatedAt.addingTimeInterval(0.001) }
        response.audit.append(AuditEntry(at: now, event: "resolve"))
        try AtomicFile.write(response.encoded(), to: folder.appendingPathComponent(mainName, isDirectory: false))
        for name in copies where name != mainName {
            if POSIX.withPath(folder.appendingPathComponent(name, isDirectory: false), { unlink($0) }) != 0, errno != ENOENT {
                throw StoreError.io(.write, path: folder.appendingPathComponent(name, isDirectory: false).path, code: errno)
            }
        }
        try AtomicFile.syncDirectory(folder)
        return copies
    }
}
