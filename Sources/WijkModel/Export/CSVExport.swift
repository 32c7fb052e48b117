import Foundation

/// `wijk export csv`: one row per interview, columns per `ExportLayout`.
///
/// Cells: codes (or labels with `labels`); yesNo 1/0; a multiple choice 1/0
/// per choice; don't know -8 and refused -9 (in every column of a question,
/// also its choice columns); empty when unanswered or not relevant. RFC 4180:
/// fields with the delimiter, a quote, CR or LF are quoted, quotes doubled,
/// rows end with CRLF. A cell that starts with `=`, `+`, `-`, `@`, tab or CR
/// and is not a number gets a leading `'` unless `rawCells` (OWASP's advice
/// against formula injection: an open answer `=HYPERLINK(…)` stays text).
public struct CSVExport: Sendable {
    public struct Options: Sendable {
        public var labels = false
        public var delimiter: Character = ","
        /// A UTF-8 byte order mark first, so Excel detects the encoding.
        public var bom = false
        /// Replace line breaks inside fields by a space: GNU PSPP and SPSS read
        /// one case per line (used by the SPSS export).
        public var flattenLineBreaks = false
        public var lineEnding = "\r\n"
        /// Cells exactly as the data says. Off by default: a text cell that a
        /// spreadsheet would run as a formula gets a leading `'` (`CSVField.neutralise`).
        public var rawCells = false
        public var lang: Lang = .nl
        /// For relevance of drafts (`today()`).
        public var today: String
        /// Decimals as `2,5` instead of `2.5`. Dutch Excel reads `2.5` as text
        /// or a date, so it is on by default with the `;` delimiter (the pair
        /// Dutch Excel and R's `read.csv2` expect) and off otherwise.
        public var decimalComma: Bool

        public init(labels: Bool = false, delimiter: Character = ",", bom: Bool = false, lang: Lang = .nl,
                    today: String, decimalComma: Bool? = nil, rawCells: Bool = false) {
            self.labels = labels; self.delimiter = delimiter; self.bom = bom; self.lang = lang; self.today = today
            self.rawCells = rawCells
            self.decimalComma = decimalComma ?? (delimiter == ";")
        }
    }

    public let layout: ExportLayout
    public let options: Options
    /// Per column, what `cell` reads: copying a column's `Question` per cell
    /// retained each of its fields, about a quarter of an export's time.
    private let plans: [CellPlan]
    /// The distinct answer keys the columns read, each looked up once per row:
    /// a multiple-choice question has a column per choice, and hashing its id
    /// for each of them was a seventh of a CSV export's time.
    private let keys: [String]

    public init(layout: ExportLayout, options: Options) {
        self.layout = layout; self.options = options
        var plans = layout.columns.enumerated().map { CellPlan($1.kind, column: $0) }
        var keys: [String] = [], slot: [String: Int] = [:]
        for i in plans.indices where !plans[i].key.isEmpty {
            let key = plans[i].key
            if slot[key] == nil { slot[key] = keys.count; keys.append(key) }
            plans[i].keyIndex = slot[key]!
        }
        self.plans = plans; self.keys = keys
    }

    /// A column reduced to a tag and strings; the `Question` is looked up only for labels.
    private struct CellPlan: Sendable {
        enum Tag { case metadata(ExportLayout.Metadata), answer, choice, other }
        var tag: Tag
        /// The question id (`answer`, `choice`) or the "other" key.
        var key: String
        /// The choice code of a `choice` column.
        var code = ""
        /// Index of `key` into `CSVExport.keys` (not for metadata).
        var keyIndex = 0
        /// Index into `layout.columns`.
        var column: Int

        init(_ kind: ExportLayout.Kind, column: Int) {
            self.column = column
            switch kind {
            case .metadata(let m): tag = .metadata(m); key = ""
            case .answer(let q): tag = .answer; key = q.id
            case .choice(let q, let choice): tag = .choice; key = q.id; code = choice.value
            case .other(let q): tag = .other; key = q.otherKey
            }
        }
    }

    /// The header and every row as rows of cells (unquoted), in memory: for
    /// tests and small sets. The commands stream with `write(_:from:to:)`.
    public func table(_ responses: [Response]) -> [[String]] {
        var rows: [[String]] = [header]
        rows.reserveCapacity(responses.count + 1)
        for response in responses { rows.append(row(response)) }
        return rows
    }

    /// 0/1 columns of one coder's codes after the layout's (`--with-codes`).
    public var codeColumns: CodeColumns?

    /// The column names.
    public var header: [String] { layout.columns.map(\.name) + (codeColumns?.header ?? []) }

    /// The cells of one response's row (unquoted).
    public func row(_ response: Response) -> [String] {
        let answers = ExportRecord.answers(response, questionnaires: layout.questionnaires, today: options.today)
        let values = keys.map { answers[$0] }
        return plans.map { cell($0, response, $0.key.isEmpty ? nil : values[$0.keyIndex]) }
            + (codeColumns?.cells(response.id, answers) ?? [])
    }

    /// The CSV text of a table.
    public func render(_ table: [[String]]) -> String { String(decoding: bytes(table), as: UTF8.self) }

    /// The CSV file contents.
    public func data(_ responses: [Response]) -> Data { Data(bytes(table(responses))) }

    /// The CSV as UTF-8 bytes, quoted byte by byte: `replacingOccurrences`
    /// went through NSString and was a quarter of the export's time.
    func bytes(_ table: [[String]]) -> [UInt8] {
        var out: [UInt8] = options.bom ? [0xEF, 0xBB, 0xBF] : []
        out.reserveCapacity(table.count * 2048)
        for row in table { append(row: row, to: &out) }
        return out
    }

    /// Streams the plan's interviews: header, then one row per response, to
    /// `output` (not committed here). Returns what was written; with
    /// `measureWidths` also each column's widest cell (for SPSS).
    public func write(_ plan: ExportPlan, from source: ExportSource, to output: ExportOutput,
                      measureWidths: Bool = false) throws -> ExportSource.Streamed {
        var head: [UInt8] = options.bom ? [0xEF, 0xBB, 0xBF] : []
        append(row: header, to: &head)
        try output.write(head)
        return try source.stream(plan, columns: measureWidths ? layout.columns.count : 0, render: { response, out, widths in
            self.append(row: self.row(response), to: &out, widths: &widths)
        }, write: output.write)
    }

    /// Appends one row, quoted, with its line ending.
    func append(row: [String], to out: inout [UInt8]) {
        var none: [Int] = []
        append(row: row, to: &out, widths: &none)
    }

    /// Appends one row and widens `widths` (unless empty) to the UTF-8 bytes
    /// of each cell as written, before quoting: the SPSS string widths.
    func append(row: [String], to out: inout [UInt8], widths: inout [Int]) {
        let delimiter = Array(String(options.delimiter).utf8)
        for (i, field) in row.enumerated() {
            if i > 0 { out.append(contentsOf: delimiter) }
            let flat = options.flattenLineBreaks ? Self.flatten(field) : field
            let value = options.rawCells ? flat : CSVField.neutralise(flat)
            if !widths.isEmpty { widths[i] = max(widths[i], value.utf8.count) }
            append(value, delimiter, &out)
        }
        out.append(contentsOf: Array(options.lineEnding.utf8))
    }

    /// RFC 4180: quoted when it holds the delimiter, a quote, CR or LF; quotes doubled.
    private func append(_ field: String, _ delimiter: [UInt8], _ out: inout [UInt8]) {
        let multiByteDelimiterFound = delimiter.count > 1 && field.contains(options.delimiter)
        var field = field
        field.withUTF8 { b in
            var needs = false
            if delimiter.count == 1 {
                let d = delimiter[0]
                needs = b.contains { $0 == d || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            } else {
                needs = multiByteDelimiterFound || b.contains { $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            }
            guard needs else { out.append(contentsOf: b); return }
            out.append(0x22)
            for byte in b {
                if byte == 0x22 { out.append(0x22) }
                out.append(byte)
            }
            out.append(0x22)
        }
    }

    /// `2.5` → `2,5` (exponents such as `1e-05` have no point and stay).
    static func decimalComma(_ s: String) -> String {
        guard s.utf8.contains(0x2E) else { return s }
        return String(decoding: s.utf8.map { $0 == 0x2E ? 0x2C : $0 }, as: UTF8.self)
    }

    /// Line breaks (each run of CR and LF) become one space; none at the start or end.
    /// Byte by byte: a CR or LF byte is always a character of its own (or CR LF,
    /// one character), so this is splitting the characters at "\n", "\r" and
    /// "\r\n" and joining the non-empty pieces with a space — which, done on
    /// `Character`s, was a fifth of an SPSS export's time.
    /// (Through `withUTF8`: walking `String.utf8` cost several times more per byte.)
    static func flatten(_ s: String) -> String {
        var s = s
        let flat = s.withUTF8 { bytes -> String? in
            guard bytes.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var space = false
            for b in bytes {
                if b == 0x0A || b == 0x0D {
                    space = !out.isEmpty
                    continue
                }
                if space { out.append(0x20); space = false }
                out.append(b)
            }
            return String(decoding: out, as: UTF8.self)
        }
        return flat ?? s
    }

    /// One cell; `value` is the answer under the column's key (nil for metadata).
    private func cell(_ plan: CellPlan, _ r: Response, _ value: AnswerValue?) -> String {
        let lang = options.lang
        switch plan.tag {
        case .metadata(let m):
            switch m {
            case .id: return r.id
            case .variant: return r.variant
            case .status: return r.status.rawValue
            case .interviewer: return r.interviewer
            case .device: return r.device
            case .createdAt: return Timestamp.format(r.createdAt)
            case .updatedAt: return Timestamp.format(r.updatedAt)
            case .completedAt: return r.completedAt.map(Timestamp.format) ?? ""
            }
        case .other:
            if case .text(let s)? = value { return s }
            return ""
        case .choice:
            switch value {
            case .choices(let codes)?: return codes.contains(plan.code) ? "1" : "0"
            case .dontKnow?: return special(.dontKnow)
            case .refused?: return special(.refused)
            default: return ""
            }
        case .answer:
            guard let value else { return "" }
            switch value {
            case .dontKnow, .refused: return special(value)
            case .bool(let b):
                return options.labels ? (b ? lang.t("ja", "yes") : lang.t("nee", "no")) : (b ? "1" : "0")
            case .number(let d):
                if options.labels, let point = Int(exactly: d), let label = question(plan)?.scale?.label(for: point) {
                    return label.resolve(lang.rawValue)
                }
                let text = JSONWriter.format(number: d)
                return options.decimalComma ? Self.decimalComma(text) : text
            case .text(let s):
                if options.labels, let q = question(plan), q.type == .single, let choice = layout.choiceList(for: q)?.choice(s) {
                    return choice.label.resolve(lang.rawValue)
                }
                return s
            case .choices(let codes): return codes.joined(separator: " ")   // not for a multiple column
            }
        }
    }

    /// The question of an answer column (for labels only).
    private func question(_ plan: CellPlan) -> Question? {
        if case .answer(let q) = layout.columns[plan.column].kind { return q }
        return nil
    }

    private func special(_ value: AnswerValue) -> String {
        let dontKnow = value == .dontKnow
        guard options.labels else { return dontKnow ? ExportLayout.dontKnowCode : ExportLayout.refusedCode }
        return dontKnow ? options.lang.t("weet niet", "don't know") : options.lang.t("wil niet zeggen", "refused")
    }
}
