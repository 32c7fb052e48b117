import Foundation

/// Where the open answers of one summary live, compactly: the texts in an
/// `OpenTextStore`, and one row of 24 bytes per interview that gave any
/// (variant, organisation, gemeente as interned names; the file index; the
/// response id, spilled to a store of its own while files are read and read
/// back whole when the answers are sorted and shown). An answer is then an
/// `OpenAnswerEntry` of 12 bytes: a summary of 200,000 interviews holds a
/// million of them.
/// Shared by the workers of one pass (appends hold `lock`).
final class OpenAnswerPool: @unchecked Sendable {
    // @unchecked: every access to the mutable state below holds `lock`.
    private let lock = NSLock()
    let store: OpenTextStore
    private var names: [String] = []
    private var nameIndex: [String: UInt32] = [:]
    private var rows: [Row] = []
    private let idStore: OpenTextStore
    /// `idStore` read back whole (when rows are ranked or shown; nil again after an append).
    private var ids: [UInt8]?

    struct Row {
        var variant: UInt32, organisation: UInt32, gemeente: UInt32
        /// The file it came from (index in the summarised list), to drop superseded revisions.
        var file: Int32
        /// The response id's reference in `idStore`.
        var id: UInt64
    }

    init(inMemory: Bool = false) {
        store = OpenTextStore(inMemory: inMemory)
        idStore = OpenTextStore(inMemory: inMemory)
    }

    private func intern(_ s: String) -> UInt32 {
        if let known = nameIndex[s] { return known }
        let n = UInt32(names.count)
        names.append(s); nameIndex[s] = n
        return n
    }

    /// Adds an interview's row; the result is its index.
    func addOrigin(variant: String, organisation: String, gemeente: String, responseID: String, file: Int) -> UInt32 {
        lock.lock(); defer { lock.unlock() }
        ids = nil
        rows.append(Row(variant: intern(variant), organisation: intern(organisation), gemeente: intern(gemeente),
                        file: Int32(truncatingIfNeeded: file), id: idStore.append(responseID)))
        return UInt32(rows.count - 1)
    }

    /// One of a row's names (variant, organisation, gemeente), without the rest of the row.
    func name(_ i: Int, _ field: KeyPath<Row, UInt32>) -> String {
        lock.lock(); defer { lock.unlock() }
        return names[Int(rows[i][keyPath: field])]
    }

    func responseID(_ i: Int) -> String {
        lock.lock(); defer { lock.unlock() }
        return responseID(rows[i])
    }

    /// The response ids, read back once. Under `lock`.
    private func loadedIDs() -> [UInt8] {
        if let ids { return ids }
        let all = idStore.contents()
        ids = all
        return all
    }

    /// Under `lock`.
    private func responseID(_ r: Row) -> String {
        let all = loadedIDs()
        return String(decoding: all[OpenTextStore.range(r.id, in: all)], as: UTF8.self)
    }

    /// An answer's organisation, gemeente and response id appended as JSON
    /// members, the way `SummaryJSON` writes them, under one lock.
    func appendJSONOrigin(_ i: Int, to out: inout [UInt8], separator: StaticString) {
        lock.lock(); defer { lock.unlock() }
        let r = rows[i]
        func sep(_ key: StaticString) {
            out.append(contentsOf: UnsafeBufferPointer(start: separator.utf8Start, count: separator.utf8CodeUnitCount))
            out.append(contentsOf: UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount))
        }
        sep("\"organisation\": "); JSONWriter.appendString(names[Int(r.organisation)], to: &out)
        sep("\"gemeente\": "); JSONWriter.appendString(names[Int(r.gemeente)], to: &out)
        sep("\"responseId\": ")
        let all = loadedIDs()
        all.withUnsafeBufferPointer { JSONWriter.appendString(utf8: UnsafeBufferPointer(rebasing: $0[OpenTextStore.range(r.id, in: all)]), to: &out) }
    }

    /// The rows of interviews read from `files`.
    func origins(fromFiles files: Set<Int32>) -> Set<UInt32> {
        lock.lock(); defer { lock.unlock() }
        var found: Set<UInt32> = []
        for (i, r) in rows.enumerated() where files.contains(r.file) { found.insert(UInt32(i)) }
        return found
    }

    /// Per row, its place in the order of (gemeente, organisation, response
    /// id) as `String`s compare; equal keys share a rank.
    func ranks() -> [Int32] {
        lock.lock(); defer { lock.unlock() }
        // Names are few: rank them once, then compare rows by numbers and ids.
        let nameOrder = names.indices.sorted { names[$0] < names[$1] }
        var nameRank = [Int32](repeating: 0, count: names.count)
        for (k, n) in nameOrder.enumerated() where k > 0 {
            nameRank[n] = nameRank[nameOrder[k - 1]] + (names[nameOrder[k - 1]] == names[n] ? 0 : 1)
        }
        let all = loadedIDs()
        func compare(_ a: Row, _ b: Row) -> Int {
            let ga = nameRank[Int(a.gemeente)], gb = nameRank[Int(b.gemeente)]
            if ga != gb { return ga < gb ? -1 : 1 }
            let oa = nameRank[Int(a.organisation)], ob = nameRank[Int(b.organisation)]
            if oa != ob { return oa < ob ? -1 : 1 }
            return Self.compareIDs(OpenTextStore.range(a.id, in: all), OpenTextStore.range(b.id, in: all), all)
        }
        let order = rows.indices.sorted { compare(rows[$0], rows[$1]) < 0 }
        var rank = [Int32](repeating: 0, count: rows.count)
        for (k, i) in order.enumerated() where k > 0 {
            rank[i] = rank[order[k - 1]] + (compare(rows[order[k - 1]], rows[i]) == 0 ? 0 : 1)
        }
        return rank
    }

    /// Response ids compared as `String`s: byte by byte when both are ASCII
    /// (the same order), else as strings (canonical equivalence).
    private static func compareIDs(_ a: Range<Int>, _ b: Range<Int>, _ ids: [UInt8]) -> Int {
        ids.withUnsafeBufferPointer { all in
            let x = UnsafeBufferPointer(rebasing: all[a]), y = UnsafeBufferPointer(rebasing: all[b])
            if x.allSatisfy({ $0 < 0x80 }) && y.allSatisfy({ $0 < 0x80 }) {
                let n = min(x.count, y.count)
                if n > 0 {
                    let c = memcmp(x.baseAddress!, y.baseAddress!, n)
                    if c != 0 { return c < 0 ? -1 : 1 }
                }
                return x.count == y.count ? 0 : (x.count < y.count ? -1 : 1)
            }
            let s = String(decoding: x, as: UTF8.self), t = String(decoding: y, as: UTF8.self)
            return s == t ? 0 : (s < t ? -1 : 1)
        }
    }
}

/// One open answer in an `OpenAnswerPool`: its text's reference in the
/// store, its interview's row and whether it is an "other, namely" text.
struct OpenAnswerEntry: Sendable, Hashable {
    private var low: UInt32, high: UInt32, tagged: UInt32

    init(text: UInt64, origin: UInt32, isOther: Bool) {
        low = UInt32(truncatingIfNeeded: text); high = UInt32(truncatingIfNeeded: text >> 32)
        tagged = origin & 0x7FFF_FFFF | (isOther ? 0x8000_0000 : 0)
    }

    var text: UInt64 { UInt64(high) << 32 | UInt64(low) }
    var origin: Int { Int(tagged & 0x7FFF_FFFF) }
    var isOther: Bool { tagged >> 31 != 0 }
}
