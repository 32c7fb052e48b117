import Testing
@testable import WijkModel

/// Word-wise compare and hash of short byte strings, and the table built on them.
@Suite struct ByteWordsTests {
    private func equal(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        a.withUnsafeBytes { x in b.withUnsafeBytes { y in ByteWords.equal(x.baseAddress!, y.baseAddress!, count: a.count) } }
    }

    /// Every length up to 40, equal, and different in each single byte (first, middle, last word).
    @Test func equalSeesEveryByte() {
        for n in 1...40 {
            let a = (0..<n).map { UInt8(truncatingIfNeeded: $0 * 7 + 65) }
            #expect(equal(a, a))
            for k in 0..<n {
                var b = a
                b[k] ^= 0x01
                #expect(!equal(a, b), "length \(n), byte \(k)")
            }
        }
    }

    /// Keys that share prefixes, suffixes and lengths all find their own value;
    /// near misses (a byte off, longer, shorter) find only a key they equal.
    @Test func tableFindsExactlyItsKeys() {
        var keys: [String] = []
        for stem in ["a", "aanbod", "aanbod_sluit_aan", "aandeel_bewoners_migratie", "gelijkwaardige_partner"] {
            for suffix in ["", ".other", "_2", "x"] { keys.append(stem + suffix) }
        }
        keys.append(contentsOf: ["", "ö", "çalışma", "عربي"])
        var table = ByteTable(capacity: keys.count)
        for (i, key) in keys.enumerated() { table.insert(key, i) }
        func find(_ bytes: [UInt8]) -> Int? { bytes.withUnsafeBufferPointer { table[$0] } }
        func index(_ bytes: [UInt8]) -> Int? { keys.firstIndex { Array($0.utf8) == bytes } }
        for (i, key) in keys.enumerated() {
            let bytes = Array(key.utf8)
            #expect(find(bytes) == i, "\(key)")
            var misses = [bytes + [0x21]]
            if !bytes.isEmpty {
                misses.append(Array(bytes.dropLast()))
                var changed = bytes
                changed[bytes.count / 2] ^= 0x20
                misses.append(changed)
            }
            for miss in misses { #expect(find(miss) == index(miss), "\(miss)") }
        }
        #expect(table.count == keys.count)
    }
}
