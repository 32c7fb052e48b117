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
        case .failure(let failure): throw error(failure, path: file.path)
        }
    }

    /// What the store reports when the corpus's reader could not read `path`.
    static func error(_ failure: CorpusReader.Failure, path: String) -> StoreError {
        switch failure {
        case .cannotOpen(let code) where code == ENOENT: return .notFound(path: path)
        case .cannotOpen(let code), .cannotRead(let code): return .io(.read, path: path, code: code)
        case .tooLarge(let size): return .tooLarge(path: path, size: size)
        }
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
