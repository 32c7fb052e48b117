/// FNV-1a, 64 bits: a fast, stable hash of bytes (not cryptographic). Used
/// for answer fingerprints (its value is part of the codings file format,
/// so it must never change) and for byte-keyed lookup tables.
enum FNV1a {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01B3

    static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var h = offsetBasis
        for b in bytes { h = (h ^ UInt64(b)) &* prime }
        return h
    }
}
