import Foundation

/// Distinct strings kept once, as UTF-8 in one byte buffer, each known by a
/// small number. A `String` of an interview id held in a dictionary costs
/// ~100 bytes; here it costs its bytes plus 8. Looked up through an
/// open-addressing table of numbers (FNV-1a over the bytes, compared byte
/// for byte: exact, never a guess on a hash).
///
/// Strings are identified by their bytes, not by canonical equivalence:
/// interview ids are ASCII (`ResponseID`), where the two agree.
struct ByteInterner: Sendable, Hashable {
    private var bytes: [UInt8] = []
    /// Where each string ends in `bytes` (it starts where the previous one ends).
    private var ends: [UInt32] = []
    /// Open addressing: 0 is empty, else the string's number + 1. Kept at most half full.
    private var slots: [UInt32] = []

    init() {}

    var count: Int { ends.count }

    /// The number of `s`, when it is known.
    func index(of s: String) -> Int? {
        var s = s
        return s.withUTF8 { index(of: UnsafeRawBufferPointer($0)) }
    }

    func index(of key: UnsafeRawBufferPointer) -> Int? {
        guard !slots.isEmpty else { return nil }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: Self.hash(key)) & mask
        while true {
            let held = slots[slot]
            if held == 0 { return nil }
            if equals(Int(held - 1), key) { return Int(held - 1) }
            slot = (slot + 1) & mask
        }
    }

    /// The number of `s`, adding it when it is new.
    mutating func intern(_ s: String) -> Int {
        var s = s
        return s.withUTF8 { intern(UnsafeRawBufferPointer($0)) }
    }

    mutating func intern(_ key: UnsafeRawBufferPointer) -> Int {
        if let known = index(of: key) { return known }
        let n = ends.count
        bytes.append(contentsOf: key)
        ends.append(UInt32(bytes.count))
        if (n + 1) * 2 > slots.count { rebuild(capacity: max(64, slots.count * 2)) } else { place(n) }
        return n
    }

    subscript(i: Int) -> String {
        withBytes(i) { String(decoding: $0, as: UTF8.self) }
    }

    func withBytes<T>(_ i: Int, _ body: (UnsafeRawBufferPointer) -> T) -> T {
        let start = i == 0 ? 0 : Int(ends[i - 1]), end = Int(ends[i])
        return bytes.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[start..<end])) }
    }

    /// Whether string `i` sorts before string `j` as `String`s do: byte by
    /// byte when both are ASCII (the same order), else as strings.
    func precedes(_ i: Int, _ j: Int) -> Bool {
        let fast: Bool? = withBytes(i) { a in
            withBytes(j) { b in
                guard a.allSatisfy({ $0 < 0x80 }), b.allSatisfy({ $0 < 0x80 }) else { return nil }
                return a.lexicographicallyPrecedes(b)
            }
        }
        return fast ?? (self[i] < self[j])
    }

    static func == (a: ByteInterner, b: ByteInterner) -> Bool { a.bytes == b.bytes && a.ends == b.ends }
    func hash(into hasher: inout Hasher) { hasher.combine(bytes); hasher.combine(ends) }

    private func equals(_ i: Int, _ key: UnsafeRawBufferPointer) -> Bool {
        withBytes(i) { held in held.count == key.count && (key.isEmpty || memcmp(held.baseAddress!, key.baseAddress!, key.count) == 0) }
    }

    private mutating func place(_ i: Int) {
        let mask = slots.count - 1
        var slot = withBytes(i) { Int(truncatingIfNeeded: Self.hash($0)) } & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = UInt32(i + 1)
    }

    private mutating func rebuild(capacity: Int) {
        slots = [UInt32](repeating: 0, count: capacity)
        for i in 0..<ends.count { place(i) }
    }

    private static func hash(_ key: UnsafeRawBufferPointer) -> UInt64 {
        let h = FNV1a.hash(key)
        return h ^ (h >> 29)   // the table uses the low bits
    }
}
