/// A table of counts, rows × columns, with the percentages and expected
/// counts a cross-tab shows and an independence test needs. Pure arithmetic
/// on counts: built from folded tallies, never from files.
public struct ContingencyTable: Sendable, Hashable {
    /// Counts by row, then column; every row has `columnCount` entries.
    public private(set) var counts: [[Int]]
    public let rowTotals: [Int]
    public let columnTotals: [Int]
    public let total: Int
    /// Whether each row's (column's) cells add up to its total: false across a
    /// multiple-choice dimension, whose totals are respondents, not mentions.
    public let rowsAddUp: Bool
    public let columnsAddUp: Bool

    /// Ragged rows are padded with zeros; negative counts are an error of the caller.
    public init(_ counts: [[Int]]) {
        self.init(counts, rowBases: nil, columnBases: nil, respondents: nil)
    }

    /// A table whose row (column) totals are given respondent bases — when the
    /// column (row) dimension is multiple choice — and whose total is `respondents`.
    public init(_ counts: [[Int]], rowBases: [Int]?, columnBases: [Int]?, respondents: Int?) {
        let width = counts.map(\.count).max() ?? 0
        let padded = counts.map { $0 + Array(repeating: 0, count: width - $0.count) }
        precondition(padded.allSatisfy { $0.allSatisfy { $0 >= 0 } }, "counts cannot be negative")
        self.counts = padded
        rowTotals = rowBases ?? padded.map { $0.reduce(0, +) }
        columnTotals = columnBases ?? (0..<width).map { c in padded.reduce(0) { $0 + $1[c] } }
        total = respondents ?? padded.reduce(0) { $0 + $1.reduce(0, +) }
        rowsAddUp = rowBases == nil
        columnsAddUp = columnBases == nil
    }

    public var rowCount: Int { counts.count }
    public var columnCount: Int { columnTotals.count }

    /// The cell as a percentage of its row's total; nil for an empty row.
    public func rowPercent(_ row: Int, _ column: Int) -> Double? {
        rowTotals[row] > 0 ? Double(counts[row][column]) * 100 / Double(rowTotals[row]) : nil
    }

    /// The cell as a percentage of its column's total; nil for an empty column.
    public func columnPercent(_ row: Int, _ column: Int) -> Double? {
        columnTotals[column] > 0 ? Double(counts[row][column]) * 100 / Double(columnTotals[column]) : nil
    }

    /// The cell as a percentage of the whole table; nil for an empty table.
    public func totalPercent(_ row: Int, _ column: Int) -> Double? {
        total > 0 ? Double(counts[row][column]) * 100 / Double(total) : nil
    }

    /// The count expected under independence: row total × column total / total (0 for an empty table).
    public func expected(_ row: Int, _ column: Int) -> Double {
        total > 0 ? Double(rowTotals[row]) * Double(columnTotals[column]) / Double(total) : 0
    }

    /// The table without rows and columns whose total is 0. Such a line holds
    /// no observation (a choice nobody made) and would put an expected count
    /// of 0 in a denominator; it changes neither χ² nor its degrees of freedom
    /// as they should be counted.
    public var withoutEmptyLines: ContingencyTable {
        let rows = rowTotals.indices.filter { rowTotals[$0] > 0 }
        let columns = columnTotals.indices.filter { columnTotals[$0] > 0 }
        return ContingencyTable(rows.map { r in columns.map { counts[r][$0] } })
    }

    /// How many expected counts are small (see `SmallCells`).
    public var smallCells: SmallCells {
        var below5 = 0, minimum = Double.infinity
        for r in 0..<rowCount {
            for c in 0..<columnCount {
                let e = expected(r, c)
                if e < 5 { below5 += 1 }
                minimum = min(minimum, e)
            }
        }
        return SmallCells(cells: rowCount * columnCount, expectedBelow5: below5,
                          minimumExpected: minimum.isFinite ? minimum : 0)
    }
}

/// Small expected counts, the reason a chi-square p-value may mislead.
/// Cochran's rule (1954), the textbook criterion: the approximation is
/// acceptable when no expected count is below 1 and at most 20% are below 5.
public struct SmallCells: Sendable, Hashable {
    public var cells: Int
    /// Cells whose expected count is below 5.
    public var expectedBelow5: Int
    public var minimumExpected: Double

    /// Whether any expected count is below 5: worth a warning beside the table.
    public var any: Bool { expectedBelow5 > 0 }

    /// Whether Cochran's rule holds, i.e. the chi-square p-value can be trusted.
    public var cochranHolds: Bool {
        minimumExpected >= 1 && Double(expectedBelow5) <= 0.2 * Double(cells)
    }
}
