import Foundation

/// `wijk export csv`: one row per interview, columns per `ExportLayout`.
///
/// Cells: codes (or labels with `labels`); yesNo 1/0; a multiple choice 1/0
/// per choice; where there is no answer, why, as an `ExportCode` in every
/// column of the question (also its choice columns): -6 unanswered, -7 not
/// applicable, -8 don't know, -9 refused. RFC 4180:
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
        /// A single choice as its number in the choice list (1, 2, …) instead of
        /// its code: what the SPSS and R exports read as coded numeric variables.
        public var numberedChoices = false
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
    /// The delimiter and line ending as bytes, made once (per row they were two allocations).
    private let delimiterBytes: [UInt8]
    private let lineEndingBytes: [UInt8]
    /// Whether codes and whole numbers can be written without looking at them:
    /// the delimiter is one byte that no number holds.
    private let plainNumbers: Bool

    public init(layout: ExportLayout, options: Options) {
        self.layout = layout; self.options = options
        delimiterBytes = Array(String(options.delimiter).utf8)
        lineEndingBytes = Array(options.lineEnding.utf8)
        plainNumbers = delimiterBytes.count == 1 && !"0123456789-".utf8.contains(delimiterBytes[0])
        // Per questionnaire: each question id's slot (its first index) and every index it has.
        let indices = layout.questionnaires.map { q -> [String: [Int]] in
            var byID: [String: [Int]] = [:]
            for (i, question) in q.questions.enumerated() { byID[question.id, default: []].append(i) }
            return byID
        }
        plans = layout.columns.enumerated().map { c, column in
            var numbers: [String: String] = [:]
            if case .answer(let q) = column.kind, q.type == .single, let list = layout.choiceList(for: q) {
                numbers = Dictionary(list.choices.enumerated().map { ($1.value, String($0 + 1)) }) { a, _ in a }
            }
            return CellPlan(column.kind, column: c, indices: indices, numbers: numbers)
        }
    }

    /// The coded CSV the SPSS syntax and the R script read: single choices
    /// numbered, comma, LF line ends, the coder's 0/1 columns after the layout's.
    static func coded(layout: ExportLayout, lang: Lang, today: String, rawCells: Bool,
                      codeColumns: CodeColumns?, flattenLineBreaks: Bool = false) -> CSVExport {
        var options = Options(lang: lang, today: today, rawCells: rawCells)
        options.lineEnding = "\n"
        options.numberedChoices = true
        options.flattenLineBreaks = flattenLineBreaks
        var export = CSVExport(layout: layout, options: options)
        export.codeColumns = codeColumns
        return export
    }

    /// A column reduced to a tag and strings; the `Question` is looked up only
    /// for labels. A class: as a struct each cell copied it (retaining each of
    /// its strings and arrays), a tenth of a CSV export's instructions.
    private final class CellPlan: Sendable {
        enum Tag { case metadata(ExportLayout.Metadata), answer, choice, other }
        let tag: Tag
        /// The question id (not for metadata).
        let id: String
        /// The choice code of a `choice` column.
        let code: String
        /// Index into `layout.columns`.
        let column: Int
        /// Per questionnaire, the question's slot (-1: it has no such question)
        /// and every index it has (a question may appear in two sections).
        let slots: [Int]
        let asked: [[Int]]
        /// A single choice's number per code, for `numberedChoices`.
        let numbers: [String: String]

        /// - Parameter indices: per questionnaire, each question id's indices.
        init(_ kind: ExportLayout.Kind, column: Int, indices: [[String: [Int]]], numbers: [String: String]) {
            self.column = column; self.numbers = numbers
            var code = ""
            switch kind {
            case .metadata(let m): tag = .metadata(m); id = ""
            case .answer(let q): tag = .answer; id = q.id
            case .choice(let q, let choice): tag = .choice; id = q.id; code = choice.value
            case .other(let q): tag = .other; id = q.id
            }
            self.code = code
            let id = self.id
            asked = id.isEmpty ? [] : indices.map { $0[id] ?? [] }
            slots = asked.map { $0.first ?? -1 }
        }
    }

    /// The header and every row as rows of cells (unquoted), in memory: for
    /// tests and small sets. The commands stream with `write(_:from:to:)`.
    public func table(_ responses: [Response]) -> [[String]] {
        var rows: [[String]] = [header]
        rows.reserveCapacity(responses.count + 1)
        let layouts = questionLayouts
        for response in responses { rows.append(cells(ExportRow(response, layouts: layouts, today: options.today))) }
        return rows
    }

    /// 0/1 columns of one coder's codes after the layout's (`--with-codes`).
    public var codeColumns: CodeColumns? {
        didSet { codeSlots = codeColumns.map { Self.slots(of: $0.questions, in: layout.questionnaires) } ?? [:] }
    }
    /// Per answer key of `codeColumns`: per questionnaire its question's slot (-1: none), and whether it is the other-text.
    private var codeSlots: [String: (slots: [Int], isOther: Bool)] = [:]

    /// The column names.
    public var header: [String] { layout.columns.map(\.name) + (codeColumns?.header ?? []) }

    /// The cells of one response's row (unquoted).
    public func row(_ response: Response) -> [String] {
        cells(ExportRow(response, layouts: questionLayouts, today: options.today))
    }

    func cells(_ row: ExportRow) -> [String] { plans.indices.map { cell(plans[$0], row).string } + codeCells(row) }

    /// The `codeColumns` cells of a row: its answers' texts decide which codings are current.
    private func codeCells(_ row: ExportRow) -> [String] {
        guard let codeColumns else { return [] }
        return codeColumns.cells(row.id) { key in
            guard let place = codeSlots[key], let q = row.questionnaire, q < place.slots.count, place.slots[q] >= 0 else { return nil }
            if case .text(let text)? = place.isOther ? row.others[place.slots[q]] : row.values[place.slots[q]] { return text }
            return nil
        }
    }

    private static func slots(of keys: [String], in questionnaires: [Questionnaire]) -> [String: (slots: [Int], isOther: Bool)] {
        var result: [String: (slots: [Int], isOther: Bool)] = [:]
        for key in keys {
            let isOther = key.hasSuffix(".other")
            let id = isOther ? String(key.dropLast(".other".count)) : key
            result[key] = (questionnaires.map { $0.questions.firstIndex { $0.id == id } ?? -1 }, isOther)
        }
        return result
    }

    /// The questionnaires prepared as the corpus reads them, for rows made from a `Response`.
    private var questionLayouts: [QuestionLayout] {
        layout.questionnaires.enumerated().map { QuestionLayout($1, number: $0) }
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

    /// Writes the interviews under `paths` the source selects: header, then
    /// one row per response, to `output` (not committed here). Returns what
    /// was written; with `measureWidths` also each column's widest cell (for SPSS).
    public func write(paths: [String], from source: ExportSource, to output: ExportOutput,
                      measureWidths: Bool = false) throws -> ExportSource.Streamed {
        var head: [UInt8] = options.bom ? [0xEF, 0xBB, 0xBF] : []
        append(row: header, to: &head)
        try output.write(head)
        // The corpus numbers questionnaires in the source's order; the columns in the layout's.
        let order = source.questionnaires.map { q in
            layout.questionnaires.firstIndex { $0.id == q.id && $0.version == q.version }
                ?? layout.questionnaires.firstIndex { $0.id == q.id }
        }
        let delimiter = delimiterBytes.count == 1 ? delimiterBytes[0] : nil
        let measure: ((UnsafeRawBufferPointer, inout [Int]) -> Void)? = measureWidths && delimiter != nil
            ? { bytes, widths in CSVField.measure(bytes, delimiter: delimiter!, into: &widths) } : nil
        return try source.export(paths: paths, renderer: { worker in
            let export = worker == 0 ? self : self.privateCopy()
            return .rows { row, out, widths in
                var row = row
                row.questionnaire = row.questionnaire.flatMap { order[$0] }
                export.append(row: row, to: &out, widths: &widths)
            }
        }, columns: measureWidths ? layout.columns.count : 0, spillDirectory: output.spillDirectory,
           measure: measure, write: output.write)
    }

    /// The same export built from its own copy of the questionnaires, sharing
    /// no object with this one (see `FileJudge.privateCopy`); this export if a
    /// copy does not read back equal.
    func privateCopy() -> CSVExport {
        guard let copies = FileJudge.privateCopies(layout.questionnaires) else { return self }
        var copy = CSVExport(layout: ExportLayout(questionnaires: copies), options: options)
        copy.codeColumns = codeColumns
        return copy
    }

    /// Appends one row, quoted, with its line ending.
    func append(row: [String], to out: inout [UInt8]) {
        var none: [Int] = []
        for (i, field) in row.enumerated() { append(field: field, i, delimiterBytes, &out, &none) }
        out.append(contentsOf: lineEndingBytes)
    }

    /// Appends one interview's row, each cell as it is made (no row of
    /// strings), and widens `widths` (unless empty) to the UTF-8 bytes of each
    /// cell as written, before quoting: the SPSS string widths.
    func append(row: ExportRow, to out: inout [UInt8], widths: inout [Int]) {
        // By index: `enumerated()` copied each column's plan (and retained its strings) per cell.
        for i in plans.indices {
            switch cell(plans[i], row) {
            case .text(let field): append(field: field, i, delimiterBytes, &out, &widths)
            case .fixed(let field) where plainNumbers:
                if i > 0 { out.append(contentsOf: delimiterBytes) }
                let bytes = UnsafeRawBufferPointer(start: field.utf8Start, count: field.utf8CodeUnitCount)
                out.append(contentsOf: bytes)
                if !widths.isEmpty { widths[i] = max(widths[i], bytes.count) }
            case .integer(let n) where plainNumbers:
                if i > 0 { out.append(contentsOf: delimiterBytes) }
                let count = Self.append(n, to: &out)
                if !widths.isEmpty { widths[i] = max(widths[i], count) }
            case let other: append(field: other.string, i, delimiterBytes, &out, &widths)
            }
        }
        var unmeasured: [Int] = []
        for field in codeCells(row) { append(field: field, 1, delimiterBytes, &out, &unmeasured) }
        out.append(contentsOf: lineEndingBytes)
    }

    private func append(field: String, _ i: Int, _ delimiter: [UInt8], _ out: inout [UInt8], _ widths: inout [Int]) {
        if i > 0 { out.append(contentsOf: delimiter) }
        let flat = options.flattenLineBreaks ? Self.flatten(field) : field
        let value = options.rawCells ? flat : CSVField.neutralise(flat)
        if !widths.isEmpty { widths[i] = max(widths[i], value.utf8.count) }
        append(value, delimiter, &out)
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

    /// One cell, before neutralising and quoting. Most cells of an export
    /// are a code, 1/0 or a whole number: made as strings they were half of a
    /// CSV export's rendering time, so those are written as bytes.
    private enum Cell {
        /// From the data or a label: flattened, neutralised and quoted as needed.
        case text(String)
        /// A code (-6 … -9), 1, 0 or nothing: written as it is.
        case fixed(StaticString)
        /// A whole number (as `JSONWriter.format(number:)` writes it).
        case integer(Int64)

        var string: String {
            switch self {
            case .text(let s): return s
            case .fixed(let s): return s.description
            case .integer(let n): return String(n)
            }
        }
    }

    /// Appends `n` in decimal; returns the number of bytes.
    private static func append(_ n: Int64, to out: inout [UInt8]) -> Int {
        if n >= 0 && n < 10 { out.append(0x30 + UInt8(n)); return 1 }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)   // 24 bytes: enough for Int64.min
        return withUnsafeMutableBytes(of: &digits) { buffer in
            var i = buffer.count
            var m = n.magnitude
            repeat {
                i -= 1
                buffer[i] = 0x30 + UInt8(m % 10)
                m /= 10
            } while m > 0
            if n < 0 { i -= 1; buffer[i] = 0x2D }
            out.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[i...]))
            return buffer.count - i
        }
    }

    /// One cell of `row`.
    private func cell(_ plan: CellPlan, _ row: ExportRow) -> Cell {
        if case .metadata(let m) = plan.tag {
            switch m {
            case .id: return .text(row.id)
            case .variant: return .text(row.variant)
            case .status: return .text(row.status.rawValue)
            case .interviewer: return .text(row.interviewer)
            case .device: return .text(row.device)
            case .createdAt: return .text(Timestamp.format(row.createdAt))
            case .updatedAt: return .text(Timestamp.format(row.updatedAt))
            case .completedAt: return row.completedAt.map { .text(Timestamp.format($0)) } ?? .fixed("")
            }
        }
        let isOther: Bool
        if case .other = plan.tag { isOther = true } else { isOther = false }
        guard let q = row.questionnaire, plan.slots[q] >= 0 else { return isOther ? .fixed("") : code(.notApplicable) }
        let slot = plan.slots[q]
        let asked = plan.asked[q].contains { row.relevance[$0] }
        if isOther {
            if asked, case .text(let s)? = row.others[slot] { return .text(s) }
            return .fixed("")
        }
        guard asked else { return code(.notApplicable) }
        guard let value = row.values[slot], !value.isEmpty else { return code(.unanswered) }
        if let special = ExportCode.special(value) { return code(special) }
        let lang = options.lang
        if case .choice = plan.tag {
            if case .choices(let codes) = value { return codes.contains(plan.code) ? .fixed("1") : .fixed("0") }
            return .fixed("")
        }
        switch value {
        case .bool(let b):
            return options.labels ? .text(b ? lang.t("ja", "yes") : lang.t("nee", "no")) : .fixed(b ? "1" : "0")
        case .number(let d):
            if options.labels, let point = Int(exactly: d), let label = question(plan)?.scale?.label(for: point) {
                return .text(label.resolve(lang.rawValue))
            }
            if d == d.rounded(.towardZero) && abs(d) <= 9_007_199_254_740_992 { return .integer(Int64(d)) }
            let text = JSONWriter.format(number: d)
            return .text(options.decimalComma ? Self.decimalComma(text) : text)
        case .text(let s):
            if options.numberedChoices, let number = plan.numbers[s] { return .text(number) }
            if options.labels, let q = question(plan), q.type == .single, let choice = layout.choiceList(for: q)?.choice(s) {
                return .text(choice.label.resolve(lang.rawValue))
            }
            return .text(s)
        case .choices(let codes): return .text(codes.joined(separator: " "))   // not for a multiple column
        case .dontKnow, .refused: return .fixed("")                              // (handled above)
        }
    }

    /// The question of an answer column (for labels only).
    private func question(_ plan: CellPlan) -> Question? {
        if case .answer(let q) = layout.columns[plan.column].kind { return q }
        return nil
    }

    /// An `ExportCode` as written: the number, or its label with `labels`.
    private func code(_ code: ExportCode) -> Cell {
        options.labels ? .text(code.label(options.lang)) : .fixed(code.staticCell)
    }
}
