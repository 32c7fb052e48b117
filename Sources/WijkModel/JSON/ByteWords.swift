/// Short byte strings (keys, codes, literals: 2–30 bytes) compared and
/// hashed a machine word at a time, the last word overlapping its
/// predecessor: for lengths this short, `memcmp`'s set-up and a byte-wise
/// hash cost more than the work.
enum ByteWords {
    /// Whether the `count` bytes at `a` and at `b` are the same.
    @inline(__always)
    static func equal(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, count: Int) -> Bool {
        guard count >= 8 else {
            for i in 0..<count where a.load(fromByteOffset: i, as: UInt8.self) != b.load(fromByteOffset: i, as: UInt8.self) {
                return false
            }
            return true
        }
        func same(_ i: Int) -> Bool {
            a.loadUnaligned(fromByteOffset: i, as: UInt64.self) == b.loadUnaligned(fromByteOffset: i, as: UInt64.self)
        }
        var i = 0
        while i + 8 < count {
            guard same(i) else { return false }
            i += 8
        }
        return same(count - 8)
    }

    /// A hash of the `count` bytes at `p` (multiply and xor-shift per word;
    /// the length is mixed in, so the overlapping last word cannot make two
    /// lengths collide by construction). For tables, not for security.
    @inline(__always)
    static func hash(_ p: UnsafeRawPointer, count: Int) -> UInt64 {
        let k: UInt64 = 0x9E37_79B9_7F4A_7C15
        var h = UInt64(truncatingIfNeeded: count) &* k
        if count < 8 {
            var w: UInt64 = 0
            for i in 0..<count { w |= UInt64(p.load(fromByteOffset: i, as: UInt8.self)) << (8 * UInt64(i)) }
            h = (h ^ w) &* k
        } else {
            var i = 0
            while i + 8 < count {
                h = (h ^ p.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* k
                h ^= h >> 29
                i += 8
            }
            h = (h ^ p.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)) &* k
        }
        return h ^ (h >> 32)
    }
}
