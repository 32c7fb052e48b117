/// Finds the slot of an answer key from its raw UTF-8 bytes without making a
/// `String`. `id.other` keys of questions offering "other" map to their
/// question's slot.
struct AnswerKeyTable: Sendable {
    private var table: ByteTable

    init(ids: [String], indexByID: [String: Int], otherKeys: [String?]) {
        table = ByteTable(capacity: ids.count * 2)
        // Question ids first: an id that happens to spell another's `.other` key wins, as in `ResponseRecord.fill`.
        for (i, id) in ids.enumerated() where indexByID[id] == i { table.insert(id, i << 1) }
        for (i, id) in ids.enumerated() where indexByID[id] == i {
            if let other = otherKeys[i] { table.insert(other, i << 1 | 1) }
        }
    }

    /// See `ByteTable.plain`.
    var plain: Bool { table.plain }

    /// The slot for these key bytes, and whether it is the `.other` key; nil when unknown.
    func lookup(_ b: UnsafeBufferPointer<UInt8>) -> (slot: Int, isOther: Bool)? {
        table[b].map { ($0 >> 1, $0 & 1 == 1) }
    }
}
