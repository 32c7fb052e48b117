import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Response files in one directory: `<id>.json`, one interview per file,
/// written durably (`AtomicFile`) and guarded while edited (`DraftLock`).
///
/// The store keeps no state beyond its directory, so it is freely shared.
public struct ResponseStore: Sendable {
    /// Where the response files are (see `DataDirectory.resolve`).
    public let directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    /// Creates the directory (mode 0700) if needed; see `DataDirectory.prepare`.
    public func prepare() throws {
        try DataDirectory.prepare(directory)
    }

    /// The file for `id`: `<id>.json`.
    /// - Throws: `StoreError.invalidID` unless `id` is 1–200 of `[A-Za-z0-9_-]`,
    ///   which rules out path traversal (`../x`), hidden files and odd names.
    public func url(for id: String) throws -> URL {
        guard Self.isValidID(id) else { throw StoreError.invalidID(id) }
        return directory.appendingPathComponent(id + ".json", isDirectory: false)
    }

    /// The hidden lock file for `id`: `.<id>.lock`.
    public func lockURL(for id: String) throws -> URL {
        guard Self.isValidID(id) else { throw StoreError.invalidID(id) }
        return directory.appendingPathComponent("." + id + ".lock", isDirectory: false)
    }

    /// Writes `response` to `<id>.json`, durably and atomically (mode 0600).
    public func save(_ response: Response) throws {
        try AtomicFile.write(response.encoded(), to: url(for: response.id))
    }

    /// Reads `<id>.json`.
    /// - Throws: `StoreError.notFound`, `StoreError.io` for read failures, or
    ///   `StoreError.invalidFile` wrapping the `ResponseFileError` (messages in `lang`).
    public func load(id: String, lang: Lang = .nl) throws -> Response {
        let file = try url(for: id)
        let data: Data
        switch POSIX.readAll(file) {
        case .success(let d): data = d
        case .failure(let e) where e.code == ENOENT: throw StoreError.notFound(path: file.path)
        case .failure(let e): throw StoreError.io(.read, path: file.path, code: e.code)
        }
        do {
            return try ResponseDecoder.decode(data, lang: lang)
        } catch {
            throw StoreError.invalidFile(path: file.path, error)
        }
    }

    /// Every `<id>.json` in the directory, newest first (ties by id). Hidden
    /// files (temporaries, locks) and other names are skipped; a file that does
    /// not decode is listed as broken. A missing directory lists as empty.
    public func list(lang: Lang = .nl) -> [StoreListing] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return [] }
        var listings: [StoreListing] = []
        listings.reserveCapacity(names.count)
        for name in names where !name.hasPrefix(".") && name.hasSuffix(".json") {
            let id = String(name.dropLast(5))
            guard Self.isValidID(id) else { continue }
            let file = directory.appendingPathComponent(name, isDirectory: false)
            guard let st = POSIX.lstat(file), POSIX.isRegular(st) else { continue }
            switch POSIX.readAll(file) {
            case .success(let data):
                do {
                    let response = try ResponseDecoder.decode(data, lang: lang)
                    listings.append(StoreListing(id: id, url: file, response: response))
                } catch {
                    listings.append(StoreListing(id: id, url: file, problem: error.message(lang),
                                                 modified: POSIX.modified(st)))
                }
            case .failure(let e):
                let problem = StoreError.io(.read, path: file.path, code: e.code).message(lang)
                listings.append(StoreListing(id: id, url: file, problem: problem, modified: POSIX.modified(st)))
            }
        }
        listings.sort { a, b in a.updatedAt != b.updatedAt ? a.updatedAt > b.updatedAt : a.id < b.id }
        return listings
    }

    /// Locks the draft `id` for editing by `holder` until the lock is released.
    /// - Throws: `StoreError.locked(holder:)` naming whoever has it open.
    public func lock(id: String, holder: LockHolder) throws -> DraftLock {
        try DraftLock.acquire(at: lockURL(for: id), holder: holder)
    }

    /// Removes temporaries left by a crashed save (older than an hour).
    @discardableResult
    public func removeStaleTemporaries() -> Int {
        AtomicFile.removeStaleTemporaries(in: directory)
    }

    /// 1–200 characters of `[A-Za-z0-9_-]`.
    public static func isValidID(_ id: String) -> Bool {
        let utf8 = id.utf8
        guard !utf8.isEmpty, utf8.count <= 200 else { return false }
        return utf8.allSatisfy { b in
            (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F || b == 0x2D
        }
    }
}
