/// Two words, the key of a `PairTable`.
struct WordPair: Hashable {
    var a: UInt64
    var b: UInt64
}

/// Two words → value, by open addressing with a multiplicative hash, for
/// the summary's per-worker memory of condition values (`ConditionMemo`):
/// a `Dictionary` hashes its keys with SipHash, which cost more than most
/// of the conditions it remembers.
struct PairTable<Value> {
    private var keys: [WordPair] = []
    /// nil: an empty slot.
    private var values: [Value?] = []
    private(set) var count = 0

    private func slot(_ key: WordPair, _ mask: Int) -> Int {
        let h = (key.a &* 0x9E37_79B9_7F4A_7C15) ^ (key.b &+ 0x632B_E59B_D9B4_E019) &* 0xC2B2_AE3D_27D4_EB4F
        return Int(truncatingIfNeeded: h >> 32) & mask
    }

    subscript(key: WordPair) -> Value? {
        guard !values.isEmpty else { return nil }
        let mask = values.count - 1
        var i = slot(key, mask)
        while values[i] != nil {
            if keys[i] == key { return values[i] }
            i = (i + 1) & mask
        }
        return nil
    }

    /// Adds a key that is not in the table.
    mutating func insert(_ key: WordPair, _ value: Value) {
        if (count + 1) * 2 > values.count {
            let old = zip(keys, values).compactMap { k, v in v.map { (k, $0) } }
            keys = Array(repeating: WordPair(a: 0, b: 0), count: max(16, values.count * 2))
            values = Array(repeating: nil, count: keys.count)
            count = 0
            for (k, v) in old { insert(k, v) }
        }
        let mask = values.count - 1
        var i = slot(key, mask)
        while values[i] != nil { i = (i + 1) & mask }
        keys[i] = key
        values[i] = value
        count += 1
    }
}
