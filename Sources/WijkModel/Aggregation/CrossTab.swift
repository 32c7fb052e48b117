/// Two closed questions to cross, by id.
public struct CrossTabRequest: Sendable, Hashable {
    public var row: String
    public var column: String

    public init(row: String, column: String) { self.row = row; self.column = column }
}

/// A cross-tab of two closed questions within one variant. Every counted
/// interview appears: answers that are not a choice fall in the categories of
/// `SpecialCode`. For a multiple-choice question a respondent counts once per
/// choice made, so cells may sum to more than `respondents`; its totals and
/// percentage bases are then respondents (`rowBases`, `columnBases`), not mentions.
public struct CrossTab: Sendable, Hashable {
    public var request: CrossTabRequest
    public var variant: String
    public var respondents: Int
    public var rowCodes: [String]
    public var columnCodes: [String]
    /// Cells by row code, then column code; absent means 0.
    public var cells: [String: [String: Int]]
    /// Whether the row (column) question is multiple choice: a respondent may be in several rows (columns).
    public var rowsMultiple = false
    public var columnsMultiple = false
    /// Respondents per row (column) code; a code absent here is counted from the cells.
    public var rowBases: [String: Int] = [:]
    public var columnBases: [String: Int] = [:]

    /// False when either question is multiple choice (a respondent counts once
    /// per choice): then no independence test applies (`CrossTabStatistics`).
    public var countsRespondentsOnce: Bool { !rowsMultiple && !columnsMultiple }

    public func count(_ row: String, _ column: String) -> Int { cells[row]?[column] ?? 0 }

    /// The respondents in a row: with multiple-choice columns not the sum of its cells.
    public func rowTotal(_ row: String) -> Int { rowBases[row] ?? cells[row]?.values.reduce(0, +) ?? 0 }

    public func columnTotal(_ column: String) -> Int {
        columnBases[column] ?? cells.values.reduce(0) { $0 + ($1[column] ?? 0) }
    }

    /// Builds the table from "row\u{1F}column" cells, ordering codes as the
    /// questions' choices do, then others, then the special categories.
    static func build(request: CrossTabRequest, variant: String, respondents: Int,
                      raw: [String: Int], rowBases: [String: Int] = [:], columnBases: [String: Int] = [:],
                      rowOrder: [String], columnOrder: [String]) -> CrossTab {
        var cells: [String: [String: Int]] = [:]
        var rows: Set<String> = [], columns: Set<String> = []
        for (key, n) in raw where n != 0 {
            let parts = key.split(separator: "\u{1F}", maxSplits: 1, omittingEmptySubsequences: false)
            let r = String(parts[0]), c = parts.count > 1 ? String(parts[1]) : ""
            cells[r, default: [:]][c] = n
            rows.insert(r); columns.insert(c)
        }
        func ordered(_ present: Set<String>, _ order: [String]) -> [String] {
            let known = order.filter { !SpecialCode.all.contains($0) }
            let rest = present.subtracting(known).subtracting(SpecialCode.all).sorted()
            return known + rest + SpecialCode.all.filter(present.contains)
        }
        return CrossTab(request: request, variant: variant, respondents: respondents,
                        rowCodes: ordered(rows, rowOrder), columnCodes: ordered(columns, columnOrder),
                        cells: cells, rowBases: rowBases, columnBases: columnBases)
    }
}
