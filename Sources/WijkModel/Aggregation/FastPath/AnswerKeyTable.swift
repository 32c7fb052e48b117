/// Finds the slot of an answer key from its raw UTF-8 bytes without making a
/// `String`: a 64-bit hash picks the entry, the bytes are compared to confirm.
/// `id.other` keys of questions offering "other" map to their question's slot.
struct AnswerKeyTable: Sendable {
    struct Entry: Sendable {
        var slot: Int
        var isOther: Bool
        var key: [UInt8]
    }

    private var entries: [UInt64: Entry] = [:]
    /// Two keys with the same hash: lookups then go through `fallback`.
    private var collided = false
    private let fallback: [String: Int]
    private let hasOther: [Bool]

    init(ids: [String], indexByID: [String: Int], otherKeys: [String?]) {
        fallback = indexByID
        hasOther = ids.indices.map { otherKeys[$0] != nil }
        for (i, id) in ids.enumerated() where indexByID[id] == i {
            add(Array(id.utf8), Entry(slot: i, isOther: false, key: Array(id.utf8)))
            if let other = otherKeys[i] { add(Array(other.utf8), Entry(slot: i, isOther: true, key: Array(other.utf8))) }
        }
    }

    private mutating func add(_ key: [UInt8], _ entry: Entry) {
        let h = key.withUnsafeBufferPointer { Self.hash($0) }
        if entries[h] != nil { collided = true }
        entries[h] = entry
    }

    static func hash(_ b: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in b { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return h
    }

    /// The slot for these key bytes, and whether it is the `.other` key; nil when unknown.
    func lookup(_ b: UnsafeBufferPointer<UInt8>) -> (slot: Int, isOther: Bool)? {
        if collided {
            let key = String(decoding: b, as: UTF8.self)
            if let s = fallback[key] { return (s, false) }
            if key.hasSuffix(".other"), let s = fallback[String(key.dropLast(6))], hasOther[s] { return (s, true) }
            return nil
        }
        guard let e = entries[Self.hash(b)], e.key.count == b.count else { return nil }
        for i in 0..<b.count where e.key[i] != b[i] { return nil }
        return (e.slot, e.isOther)
    }
}
