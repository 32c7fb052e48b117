import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Rendered rows held on disk between the judging pass and the output, so an
/// export reads and judges every file once: rows are rendered as the corpus
/// judges each file (in walk order), and copied out in row order once the
/// revisions are resolved. A second read and verdict of every counted file
/// was a third of an export's time; a spill costs one write and one read of
/// the rows through the page cache.
///
/// One writer per worker (`Writer`, used by that worker's thread only). Its
/// file is unlinked as soon as it is created — nothing with interview data
/// stays behind, even after kill -9 — and readable by the owner only.
/// Memory holds a buffer per worker and one `Location` per file.
final class ExportSpill: @unchecked Sendable {
    /// Where one file's rendered row is: which writer, at which offset, how long.
    struct Location {
        var worker: Int32 = -1
        var length: Int32 = 0
        var offset = 0
    }

    /// One worker's spill file. Not thread-safe: one worker each.
    final class Writer {
        fileprivate let fd: Int32
        private var buffer: [UInt8] = []
        private let bufferSize: Int
        /// Bytes already written to the file.
        private var written = 0
        /// The first write error (errno), reported by `finish`.
        private var failure: Int32 = 0
        /// Per row rendered: its file index, offset and length.
        fileprivate var rows: [(file: Int, offset: Int, length: Int32)] = []
        /// Per column the widest cell of the rows rendered here (for SPSS).
        var widths: [Int]

        fileprivate init(fd: Int32, bufferSize: Int, columns: Int) {
            self.fd = fd; self.bufferSize = bufferSize
            widths = Array(repeating: 0, count: columns)
            buffer.reserveCapacity(bufferSize + 16 << 10)
        }

        /// Renders file `file`'s row with `render` (which appends its bytes).
        func append(file: Int, _ render: (inout [UInt8], inout [Int]) -> Void) {
            let start = buffer.count
            render(&buffer, &widths)
            rows.append((file, written + start, Int32(buffer.count - start)))
            if buffer.count >= bufferSize { flush() }
        }

        fileprivate func flush() {
            guard !buffer.isEmpty else { return }
            if failure == 0 {
                let code = POSIX.writeAll(fd, buffer)
                if code != 0 { failure = code }
            }
            written += buffer.count
            buffer.removeAll(keepingCapacity: true)
        }

        /// Writes what is buffered; throws the first write error (a full disk).
        fileprivate func finish(_ path: String) throws {
            flush()
            if failure != 0 { throw StoreError.io(.write, path: path, code: failure) }
        }

        deinit { _ = POSIX.close(fd) }
    }

    let writers: [Writer]
    /// The folder the spill files were made in (for messages).
    private let directory: URL

    /// One writer per worker, each an unlinked hidden temporary in `directory`
    /// (the output's folder: writable, and the same disk as the output).
    /// - Throws: `StoreError.io` when a file cannot be created.
    init(directory: URL, workers: Int, columns: Int, bufferSize: Int = 1 << 20) throws {
        self.directory = directory
        var writers: [Writer] = []
        for _ in 0..<max(1, workers) {
            let url = directory.appendingPathComponent(AtomicFile.temporaryName(for: "wijk-export"))
            let fd = POSIX.open(url, O_CREAT | O_EXCL | O_RDWR | O_CLOEXEC, 0o600)
            guard fd >= 0 else { throw StoreError.io(.createTemporary, path: url.path, code: errno) }
            _ = POSIX.withPath(url) { unlink($0) }
            writers.append(Writer(fd: fd, bufferSize: bufferSize, columns: columns))
        }
        self.writers = writers
    }

    /// Flushes every writer and returns where each file's row is (indexed by
    /// file; `worker` -1 where none was rendered) and the widest cells over
    /// all rows rendered.
    func finish(files: Int) throws -> (locations: [Location], widths: [Int]) {
        var locations = Array(repeating: Location(), count: files)
        var widths = writers.first?.widths.map { _ in 0 } ?? []
        for (w, writer) in writers.enumerated() {
            try writer.finish(directory.path)
            for row in writer.rows {
                locations[row.file] = Location(worker: Int32(w), length: row.length, offset: row.offset)
            }
            writer.rows = []
            for c in widths.indices { widths[c] = max(widths[c], writer.widths[c]) }
        }
        return (locations, widths)
    }

    /// Appends the row at `location` to `out`.
    /// - Throws: `StoreError.io` when the spill cannot be read back.
    func read(_ location: Location, into out: inout [UInt8]) throws {
        let start = out.count, length = Int(location.length)
        out.append(contentsOf: repeatElement(0, count: length))
        let fd = writers[Int(location.worker)].fd
        let code = out.withUnsafeMutableBytes {
            POSIX.readAll(fd, into: UnsafeMutableRawBufferPointer(rebasing: $0[start...]), at: location.offset)
        }
        if code != 0 { throw StoreError.io(.read, path: directory.path, code: code) }
    }
}
