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
    /// Bytes kept before they are written: small, and reserved once (plus room
    /// for a text of up to 64 KB) so the buffer never doubles.
    private static let chunk = 1 << 18

    /// - Parameter inMemory: keep the texts in memory (a handful of answers made by hand).
    init(inMemory: Bool = false) {
        guard !inMemory else { return }
        var dir = ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp"
        if dir.isEmpty { dir = "/tmp" }
        var template = Array((dir.hasSuffix("/") ? dir : dir + "/").utf8CString.dropLast()) + Array("wijk-open-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        if descriptor >= 0 {
            template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
            fd = descriptor
            pending.reserveCapacity(Self.chunk + (1 << 16))
        }
    }

    deinit { if fd >= 0 { close(fd) } }

    /// A text's reference packs its offset (48 bits) and length (16 bits); a
    /// text of `long` bytes or more is stored after its length (8 bytes) and
    /// has `long` as its length.
    static let long = 0xFFFF

    /// Stores `text` and returns its reference (offset << 16 | length).
    func append(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { bytes in
            lock.lock(); defer { lock.unlock() }
            let offset = flushed + pending.count
            if bytes.count >= Self.long {
                withUnsafeBytes(of: UInt64(bytes.count).littleEndian) { pending.append(contentsOf: $0) }
            }
            pending.append(contentsOf: bytes)
            if fd >= 0 && pending.count >= Self.chunk { flush() }
            return UInt64(offset) << 16 | UInt64(min(bytes.count, Self.long))
        }
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

    /// The text with reference `ref` (empty if it cannot be read).
    func read(_ ref: UInt64) -> String {
        var text = ""
        withBytes(ref) { text = String(decoding: $0, as: UTF8.self) }
        return text
    }

    /// Calls `body` with the bytes of a text (empty if it cannot be read), without
    /// making a `String`: the JSON writer copies them straight into its output.
    func withBytes<T>(_ ref: UInt64, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        lock.lock(); defer { lock.unlock() }
        var offset = Int(ref >> 16), length = Int(ref & UInt64(Self.long))
        if length == Self.long {
            var prefix: UInt64 = 0
            let ok = withUnsafeMutableBytes(of: &prefix) { load(offset: offset, into: $0) }
            guard ok else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
            offset += 8; length = Int(UInt64(littleEndian: prefix))
        }
        if offset >= flushed {
            let start = offset - flushed
            guard start + length <= pending.count else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
            return pending.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<(start + length)])) }
        }
        if scratch.count < length { scratch = Array(repeating: 0, count: max(length, 4096)) }
        return scratch.withUnsafeMutableBytes { buffer in
            let ok = load(offset: offset, into: UnsafeMutableRawBufferPointer(rebasing: buffer[..<length]))
            return body(UnsafeBufferPointer(start: buffer.baseAddress!.assumingMemoryBound(to: UInt8.self), count: ok ? length : 0))
        }
    }

    /// Every stored byte in order, read at once (a store of small texts,
    /// like the response ids, wanted whole); zeros where they cannot be read.
    func contents() -> [UInt8] {
        lock.lock(); defer { lock.unlock() }
        var all = [UInt8](repeating: 0, count: flushed + pending.count)
        all.withUnsafeMutableBytes { buffer in
            if flushed > 0 { _ = load(offset: 0, into: UnsafeMutableRawBufferPointer(rebasing: buffer[..<flushed])) }
            pending.withUnsafeBytes { UnsafeMutableRawBufferPointer(rebasing: buffer[flushed...]).copyMemory(from: $0) }
        }
        return all
    }

    /// The bytes of the text with reference `ref` within `contents()`.
    static func range(_ ref: UInt64, in contents: [UInt8]) -> Range<Int> {
        var offset = Int(ref >> 16), length = Int(ref & UInt64(long))
        if length == long {
            guard offset + 8 <= contents.count else { return 0..<0 }
            var prefix: UInt64 = 0
            withUnsafeMutableBytes(of: &prefix) { $0.copyBytes(from: contents[offset..<(offset + 8)]) }
            offset += 8; length = Int(UInt64(littleEndian: prefix))
        }
        guard offset + length <= contents.count else { return 0..<0 }
        return offset..<(offset + length)
    }

    /// Fills `buffer` with the stored bytes at `offset` (under `lock`); false if they cannot be read.
    private func load(offset: Int, into buffer: UnsafeMutableRawBufferPointer) -> Bool {
        if offset + buffer.count > flushed && fd >= 0 { flush() }
        if offset >= flushed {
            let start = offset - flushed
            guard start + buffer.count <= pending.count else { return false }
            pending.withUnsafeBytes { buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[start..<(start + buffer.count)])) }
            return true
        }
        guard fd >= 0, offset + buffer.count <= flushed else { return false }
        return POSIX.readAll(fd, into: buffer, at: offset) == 0
    }
}
