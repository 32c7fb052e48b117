/// Short byte strings (keys, codes, literals: 2–30 bytes) compared and
/// hashed a machine word at a time, the last word overlapping its
/// predecessor: for lengths this short, `memcmp`'s set-up and a byte-wise
/// hash cost more than the work.
enum ByteWords {
    /// Whether the `count` bytes at `a` and at `b` are the same.
    @inline(__always)
    static func equal(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, count: Int) -> Bool {
        guard count >= 8 else {
            // Two overlapping halves of the width that fits.
            func same<W: FixedWidthInteger>(_: W.Type) -> Bool {
                let last = count - MemoryLayout<W>.size
                return a.loadUnaligned(as: W.self) == b.loadUnaligned(as: W.self)
                    && a.loadUnaligned(fromByteOffset: last, as: W.self) == b.loadUnaligned(fromByteOffset: last, as: W.self)
            }
            switch count {
            case 4...: return same(UInt32.self)
            case 2...: return same(UInt16.self)
            case 1: return a.load(as: UInt8.self) == b.load(as: UInt8.self)
            default: return true
            }
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
            // Overlapping halves, as `equal` reads them (the length is in `h` already).
            var w: UInt64 = 0
            switch count {
            case 4...:
                w = UInt64(p.loadUnaligned(as: UInt32.self)) | UInt64(p.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)) << 32
            case 2...:
                w = UInt64(p.loadUnaligned(as: UInt16.self)) | UInt64(p.loadUnaligned(fromByteOffset: count - 2, as: UInt16.self)) << 16
            case 1: w = UInt64(p.load(as: UInt8.self))
            default: break
            }
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
