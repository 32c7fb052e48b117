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
    /// - Throws: `StoreError.invalidID` unless `id` keeps the id rule (`ResponseID`).
    public func url(for id: String) throws -> URL {
        guard ResponseID.isValid(id) else { throw StoreError.invalidID(id) }
        return directory.appendingPathComponent(id + ".json", isDirectory: false)
    }

    /// The hidden lock file for `id`: `.<id>.lock`.
    public func lockURL(for id: String) throws -> URL {
        guard ResponseID.isValid(id) else { throw StoreError.invalidID(id) }
        return directory.appendingPathComponent("." + id + ".lock", isDirectory: false)
    }

    /// Writes `response` to `<id>.json`, durably and atomically (mode 0600).
    public func save(_ response: Response) throws {
        try AtomicFile.write(response.encoded(), to: url(for: response.id))
    }

    /// Reads `<id>.json` (through the corpus's reader: never more than `CorpusReader.maxFileSize`).
    /// - Throws: `StoreError.notFound`, `StoreError.io` for read failures, `StoreError.tooLarge`, or
    ///   `StoreError.invalidFile` wrapping the `ResponseFileError` (messages in `lang`).
    public func load(id: String, lang: Lang = .nl) throws -> Response {
        let file = try url(for: id)
        let data = try Self.read(file)
        do {
            return try ResponseDecoder.decode(data, lang: lang)
        } catch {
            throw StoreError.invalidFile(path: file.path, error)
        }
    }

    private static func read(_ file: URL) throws(StoreError) -> Data {
        switch CorpusReader.data(file.path) {
        case .success(let data): return data
        case .failure(.cannotOpen(let code)) where code == ENOENT: throw .notFound(path: file.path)
        case .failure(.cannotOpen(let code)), .failure(.cannotRead(let code)): throw .io(.read, path: file.path, code: code)
        case .failure(.tooLarge(let size)): throw .tooLarge(path: file.path, size: size)
        }
    }

    /// The interviews the home screen lists: the response files directly in
    /// the directory, as the corpus walks them (hidden files, temporaries and
    /// conflict copies left out, links only inside the folder), newest first
    /// (ties by id). A file that cannot be read or decoded (too large
    /// included) is listed as broken. A missing directory lists as empty.
    /// Sub-folders are not listed: resume finds an interview by its id in
    /// this directory.
    public func list(lang: Lang = .nl) -> [StoreListing] { list(lang: lang, progress: nil) }

    /// As `list(lang:)`, but with `progress` each listing gets `percent` from its response
    /// and the response itself is not kept: memory stays small however many files there are.
    public func list(lang: Lang = .nl, progress: ((Response) -> Int?)?) -> [StoreListing] {
        let walk = CorpusWalker.walk([directory.path], recursive: false, lang: lang)
        var listings: [StoreListing] = []
        listings.reserveCapacity(walk.files.count)
        for path in walk.files {
            let file = URL(fileURLWithPath: path, isDirectory: false)
            let name = file.lastPathComponent
            guard name.hasSuffix(".json") else { continue }
            let id = String(name.dropLast(5))
            guard ResponseID.isValid(id) else { continue }
            do {
                let response = try ResponseDecoder.decode(try Self.read(file), lang: lang)
                var listing = StoreListing(id: id, url: file, response: response)
                if let progress {
                    listing.percent = progress(response)
                    listing.response = nil
                }
                listings.append(listing)
            } catch {
                let problem = (error as? StoreError)?.message(lang) ?? (error as? ResponseFileError)?.message(lang) ?? "\(error)"
                let modified = POSIX.lstat(file).map(POSIX.modified) ?? Date(timeIntervalSince1970: 0)
                listings.append(StoreListing(id: id, url: file, problem: problem, modified: modified))
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
}
