import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a project's coding lives: `<data>/coding/` with `codebook.codes`
/// and one `<coder>.codings` per coder (docs/coding-format.md). JSON, but
/// deliberately not named `*.json`: the corpus walk reads every `*.json`
/// under a data folder as an interview, and these are not interviews.
/// Folder 0700, files 0600 (codings quote no text, but name interviews).
public struct CodingFolder: Sendable {
    public static let folderName = "coding"
    public static let codebookName = "codebook.codes"
    public static let codingsExtension = "codings"
    static let lockName = ".coding.lock"

    public let url: URL

    /// The coding folder of the data folder `data`.
    public init(data: URL) {
        url = data.appendingPathComponent(Self.folderName, isDirectory: true)
    }

    public var codebookURL: URL { url.appendingPathComponent(Self.codebookName) }

    public func codingsURL(_ coder: String) -> URL {
        url.appendingPathComponent(coder + "." + Self.codingsExtension)
    }

    /// The codebook; empty when there is none yet.
    public func loadCodebook() throws -> CodeBook {
        guard let data = try read(codebookURL) else { return CodeBook() }
        return try CodingFiles.decodeCodebook(data, path: codebookURL.path)
    }

    /// One coder's codings; none when the coder has no file yet.
    public func loadCodings(_ coder: String) throws -> CoderCodings {
        guard CoderName.isValid(coder) else { throw CodingError.invalidCoder(coder) }
        let url = codingsURL(coder)
        guard POSIX.lstat(url) != nil else { return CoderCodings(coder: coder) }
        // Read through a moving window: a coder of a large corpus has a file of 100 MB and more.
        let fd = POSIX.open(url, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw StoreError.io(.read, path: url.path, code: errno) }
        defer { _ = POSIX.close(fd) }
        return try CodingFiles.decodeCodings(file: fd, coder: coder, path: url.path)
    }

    /// The coders with a codings file, sorted.
    public func coders() -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: url.path) else { return [] }
        let suffix = "." + Self.codingsExtension
        return names.filter { $0.hasSuffix(suffix) && !$0.hasPrefix(".") }
            .map { String($0.dropLast(suffix.count)) }.filter(CoderName.isValid).sorted()
    }

    func save(_ book: CodeBook) throws {
        try prepare()
        try AtomicFile.write(CodingFiles.encode(book), to: codebookURL)
    }

    func save(_ codings: CoderCodings) throws {
        try prepare()
        try AtomicFile.write(CodingFiles.encode(codings), to: codingsURL(codings.coder))
    }

    /// Identity and size of a file as last read or written, to notice another writer.
    func stamp(_ file: URL) -> FileStamp? {
        POSIX.lstat(file).map(FileStamp.init)
    }

    /// Runs `body` holding the folder's lock (a blocking flock on a hidden
    /// file, dropped by the kernel if the process dies), so two programs
    /// changing the codebook or codings never interleave read and write.
    func locked<T>(_ body: () throws -> T) throws -> T {
        try prepare()
        let lockURL = url.appendingPathComponent(Self.lockName)
        let fd = POSIX.open(lockURL, O_CREAT | O_RDWR | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { throw StoreError.io(.lock, path: lockURL.path, code: errno) }
        defer { _ = POSIX.close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            if errno != EINTR { throw StoreError.io(.lock, path: lockURL.path, code: errno) }
        }
        return try body()
    }

    private func prepare() throws { try DataDirectory.prepare(url) }

    /// The file's bytes; nil when it does not exist.
    private func read(_ file: URL) throws -> Data? {
        guard POSIX.lstat(file) != nil else { return nil }
        do { return try Data(contentsOf: file) } catch {
            throw StoreError.io(.read, path: file.path, code: EIO)
        }
    }
}

/// Enough of `stat` to tell that a file was replaced or changed.
struct FileStamp: Sendable, Hashable {
    var device: UInt64, inode: UInt64, size: Int64, modified: Int64

    init(_ st: stat) {
        device = UInt64(st.st_dev); inode = UInt64(st.st_ino); size = Int64(st.st_size)
        #if canImport(Darwin)
        modified = Int64(st.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(st.st_mtimespec.tv_nsec)
        #else
        modified = Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)
        #endif
    }
}
