/// A fixed set of byte strings (answer keys, choice codes) → small integers,
/// looked up from raw UTF-8 bytes without making a `String` or running
/// `Hasher`: open addressing on a word-wise hash (`ByteWords`), the bytes
/// compared to confirm.
/// Built once per questionnaire, read by every worker.
struct ByteTable: Sendable {
    private struct Slot: Sendable {
        var hash: UInt64 = 0
        var value = -1        // -1: empty
        var keyStart = 0
        var keyCount = 0
    }

    private var slots: [Slot]
    private var keyBytes: [UInt8] = []
    private let mask: Int
    private(set) var count = 0
    /// No key holds a byte that a JSON string must escape (`"`, `\`, a
    /// control character): raw bytes equal to a key are then a valid string,
    /// so the scanner may look strings up without checking them first.
    private(set) var plain = true

    /// Room for `capacity` keys at most half full, so probe runs stay short.
    init(capacity: Int) {
        var size = 8
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: Slot(), count: size)
        mask = size - 1
    }

    /// Adds `key` → `value`; a key already present keeps its first value.
    mutating func insert(_ key: String, _ value: Int) {
        precondition(value >= 0 && count < slots.count / 2)
        let bytes = Array(key.utf8)
        if bytes.withUnsafeBufferPointer({ self[$0] }) != nil { return }
        if bytes.contains(where: { $0 < 0x20 || $0 == JSONByte.quote || $0 == JSONByte.backslash }) { plain = false }
        let h = bytes.withUnsafeBufferPointer(Self.hash)
        var i = Int(truncatingIfNeeded: h) & mask
        while slots[i].value >= 0 { i = (i + 1) & mask }
        slots[i] = Slot(hash: h, value: value, keyStart: keyBytes.count, keyCount: bytes.count)
        keyBytes.append(contentsOf: bytes)
        count += 1
    }

    /// The value of these key bytes, nil when the key is not in the table.
    subscript(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        let h = Self.hash(b)
        var i = Int(truncatingIfNeeded: h) & mask
        return slots.withUnsafeBufferPointer { slots in
            keyBytes.withUnsafeBufferPointer { keys in
                while true {
                    let s = slots[i]
                    if s.value < 0 { return nil }
                    if s.hash == h && s.keyCount == b.count
                        && (b.count == 0 || ByteWords.equal(keys.baseAddress! + s.keyStart, b.baseAddress!, count: b.count)) {
                        return s.value
                    }
                    i = (i + 1) & mask
                }
            }
        }
    }

    static func hash(_ b: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let start = b.baseAddress else { return 0 }
        return ByteWords.hash(start, count: b.count)
    }
}
