import Foundation

/// The texts of open answers, kept out of the process's memory: appended to
/// an unlinked temporary file (mode 0600, gone when the store is freed or the
/// process dies) and read back with `pread` when shown. The open answers of
/// 100,000 interviews are ~190 MB of text, more than the summary may use.
/// Without a usable temporary directory the texts stay in memory.
final class OpenTextStore: @unchecked Sendable {
    // @unchecked: every access to the mutable state below holds `lock`.
    private let lock = NSLock()
    private var fd: Int32 = -1
    private var pending: [UInt8] = []
    private var flushed = 0
    /// Where `withBytes` reads texts back into (under `lock`).
    private var scratch: [UInt8] = []
    private static let chunk = 1 << 20

    init() {
        var dir = ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp"
        if dir.isEmpty { dir = "/tmp" }
        var template = Array((dir.hasSuffix("/") ? dir : dir + "/").utf8CString.dropLast()) + Array("wijk-open-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        if descriptor >= 0 {
            template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
            fd = descriptor
        }
    }

    deinit { if fd >= 0 { close(fd) } }

    /// Stores `text`; the result packs offset and length for `OpenAnswer`,
    /// nil when it does not fit (the caller keeps the string itself).
    func append(_ text: String) -> UInt64? {
        let count = text.utf8.count
        guard count < 1 << 24 else { return nil }
        lock.lock(); defer { lock.unlock() }
        let offset = flushed + pending.count
        guard offset < 1 << 40 else { return nil }
        pending.append(contentsOf: text.utf8)
        if fd >= 0 && pending.count >= Self.chunk { flush() }
        return UInt64(offset) << 24 | UInt64(count)
    }

    /// Writes the pending bytes to the file; if that fails, the texts stay in memory.
    private func flush() {
        var done = 0
        let ok = pending.withUnsafeBytes { raw -> Bool in
            while done < raw.count {
                let n = pwrite(fd, raw.baseAddress! + done, raw.count - done, off_t(flushed + done))
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return false }
                done += n
            }
            return true
        }
        guard ok else { close(fd); fd = -1; return }
        flushed += pending.count
        pending.removeAll(keepingCapacity: true)
    }

    func read(offset: Int, length: Int) -> String {
        lock.lock(); defer { lock.unlock() }
        if offset + length > flushed && fd >= 0 { flush() }
        if offset >= flushed {
            let start = offset - flushed
            guard start + length <= pending.count else { return "" }
            return String(decoding: pending[start..<(start + length)], as: UTF8.self)
        }
        guard fd >= 0 else { return "" }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var done = 0
            while done < length {
                let n = pread(fd, buffer.baseAddress! + done, length - done, off_t(offset + done))
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return 0 }
                done += n
            }
            return length
        }
    }

    /// Calls `body` with the bytes of a text (empty if it cannot be read), without
    /// making a `String`: the JSON writer copies them straight into its output.
    func withBytes(offset: Int, length: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        lock.lock(); defer { lock.unlock() }
        if offset + length > flushed && fd >= 0 { flush() }
        if offset >= flushed {
            let start = offset - flushed
            guard start + length <= pending.count else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
            return pending.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<(start + length)])) }
        }
        guard fd >= 0 else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        if scratch.count < length { scratch = Array(repeating: 0, count: max(length, 4096)) }
        scratch.withUnsafeMutableBytes { buffer in
            var done = 0
            while done < length {
                let n = pread(fd, buffer.baseAddress! + done, length - done, off_t(offset + done))
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { done = 0; break }
                done += n
            }
            body(UnsafeBufferPointer(start: buffer.baseAddress!.assumingMemoryBound(to: UInt8.self), count: done))
        }
    }
}
