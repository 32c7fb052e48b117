import Foundation

/// The interviews of a data folder as the home screen lists them (see
/// `ResponseStore.interviews`), stored compactly: per file one fixed-size row,
/// its id's bytes in one buffer, and every text (variant, organisation,
/// gemeente, problem) once in a shared pool however many rows show it. A
/// `StoreListing` per file (a `URL` and several strings) was ~1.7 KB per file
/// with the home screen's own rows; this is ~80 bytes. Reading an entry
/// (`list[i]`) makes its strings.
public struct InterviewList: RandomAccessCollection, Sendable, Equatable {
    /// One file as the lists show it.
    public struct Entry: Sendable, Hashable {
        /// The file name without `.json`; what `ResponseStore.load(id:)` takes.
        public var id: String
        public var variant: String?
        /// The answer to `MetadataID.organisation`.
        public var organisation: String?
        /// The answer to `MetadataID.gemeente`.
        public var gemeente: String?
        /// nil for a file that cannot be read as a response.
        public var status: ResponseStatus?
        /// The response's `updatedAt`; for a broken file, the file's modification time.
        public var updatedAt: Date
        /// How far the interview is, 0...100; nil when unknown (not worked out, unknown questionnaire, broken).
        public var percent: Int?
        /// Why the file could not be read, in the language asked for.
        public var problem: String?

        public var isBroken: Bool { problem != nil }

        public init(id: String, variant: String?, organisation: String?, gemeente: String?,
                    status: ResponseStatus?, updatedAt: Date, percent: Int?, problem: String?) {
            self.id = id; self.variant = variant; self.organisation = organisation; self.gemeente = gemeente
            self.status = status; self.updatedAt = updatedAt; self.percent = percent; self.problem = problem
        }

        /// A readable file's entry: its columns from `response`.
        public init(id: String, response: Response, percent: Int?) {
            self.init(id: id, variant: response.variant, organisation: StoreListing.text(response.answers[MetadataID.organisation]),
                      gemeente: StoreListing.text(response.answers[MetadataID.gemeente]), status: response.status,
                      updatedAt: response.updatedAt, percent: percent, problem: nil)
        }

        /// A file that cannot be read as a response, dated by its modification time.
        public init(id: String, problem: String, modified: Date) {
            self.init(id: id, variant: nil, organisation: nil, gemeente: nil, status: nil, updatedAt: modified,
                      percent: nil, problem: problem)
        }
    }

    /// 32 bytes a file. Texts are indices into `texts` plus one, 0 for none.
    private struct Row {
        /// `updatedAt.timeIntervalSinceReferenceDate`: `Date`'s own value, so it reads back exactly.
        var updated: Double
        var idStart: UInt32
        var variant: UInt32
        var organisation: UInt32
        var gemeente: UInt32
        var problem: UInt32
        var idLength: UInt16
        /// 0 broken, 1 draft, 2 complete.
        var status: UInt8
        /// 0...100, -1 for none.
        var percent: Int8
    }

    private var rows: [Row] = []
    private var idBytes: [UInt8] = []
    private var texts: [String] = []
    private var textIndex: [String: UInt32] = [:]

    public init() {}

    public init(_ entries: some Sequence<Entry>) {
        for entry in entries { append(entry) }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { rows.count }

    public subscript(i: Int) -> Entry {
        let row = rows[i]
        let start = Int(row.idStart)
        let id = String(decoding: idBytes[start..<start + Int(row.idLength)], as: UTF8.self)
        let status: ResponseStatus? = switch row.status { case 1: .draft; case 2: .complete; default: nil }
        return Entry(id: id, variant: text(row.variant), organisation: text(row.organisation), gemeente: text(row.gemeente),
                     status: status, updatedAt: Date(timeIntervalSinceReferenceDate: row.updated),
                     percent: row.percent < 0 ? nil : Int(row.percent), problem: text(row.problem))
    }

    /// The status of entry `i` without making its strings (the home screen groups by it).
    public func status(at i: Int) -> ResponseStatus? {
        switch rows[i].status { case 1: .draft; case 2: .complete; default: nil }
    }

    /// Whether entry `i` has this id, without making its string.
    public func id(at i: Int, is id: String) -> Bool {
        let row = rows[i]
        var id = id
        return id.withUTF8 { wanted in
            wanted.count == Int(row.idLength)
                && idBytes[Int(row.idStart)..<Int(row.idStart) + wanted.count].elementsEqual(wanted)
        }
    }

    /// Adds `entry` at the end. An id is a file name (at most a few hundred bytes); a percent 0...100.
    public mutating func append(_ entry: Entry) {
        var id = entry.id
        let start = UInt32(idBytes.count)
        id.withUTF8 { idBytes.append(contentsOf: $0) }
        let status: UInt8 = switch entry.status { case .draft?: 1; case .complete?: 2; case nil: 0 }
        rows.append(Row(updated: entry.updatedAt.timeIntervalSinceReferenceDate, idStart: start,
                        variant: intern(entry.variant), organisation: intern(entry.organisation),
                        gemeente: intern(entry.gemeente), problem: intern(entry.problem),
                        idLength: UInt16(clamping: entry.id.utf8.count), status: status,
                        percent: entry.percent.map { Int8(clamping: $0) } ?? -1))
    }

    /// Adds `other`'s entries at the end (a worker's share of a listing), its texts pooled with these.
    public mutating func append(contentsOf other: InterviewList) {
        let mapped = [0] + other.texts.map { intern($0) }
        let offset = UInt32(idBytes.count)
        idBytes += other.idBytes
        rows.reserveCapacity(rows.count + other.rows.count)
        for var row in other.rows {
            row.idStart += offset
            row.variant = mapped[Int(row.variant)]; row.organisation = mapped[Int(row.organisation)]
            row.gemeente = mapped[Int(row.gemeente)]; row.problem = mapped[Int(row.problem)]
            rows.append(row)
        }
    }

    /// Newest first, ties by id (byte order, which is the id rule's ASCII order).
    public mutating func sortNewestFirst() {
        idBytes.withUnsafeBufferPointer { bytes in
            rows.sort { a, b in
                if a.updated != b.updated { return a.updated > b.updated }
                let x = UnsafeBufferPointer(rebasing: bytes[Int(a.idStart)..<Int(a.idStart) + Int(a.idLength)])
                let y = UnsafeBufferPointer(rebasing: bytes[Int(b.idStart)..<Int(b.idStart) + Int(b.idLength)])
                return x.lexicographicallyPrecedes(y)
            }
        }
    }

    /// The same entries in the same order.
    public static func == (a: InterviewList, b: InterviewList) -> Bool {
        a.count == b.count && a.elementsEqual(b)
    }

    private func text(_ index: UInt32) -> String? { index == 0 ? nil : texts[Int(index) - 1] }

    private mutating func intern(_ text: String?) -> UInt32 {
        guard let text else { return 0 }
        if let known = textIndex[text] { return known }
        texts.append(text)
        let index = UInt32(texts.count)
        textIndex[text] = index
        return index
    }
}
