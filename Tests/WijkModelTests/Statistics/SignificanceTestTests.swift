import Foundation
import Testing
@testable import WijkModel

@Suite struct SignificanceTestTests {
    @Test func tableArithmetic() {
        let t = ContingencyTable([[10, 30], [20, 40]])
        #expect(t.rowTotals == [40, 60])
        #expect(t.columnTotals == [30, 70])
        #expect(t.total == 100)
        #expect(t.rowPercent(0, 0) == 25)
        #expect(close(t.columnPercent(0, 0), 100.0 / 3))
        #expect(t.totalPercent(1, 1) == 40)
        #expect(t.expected(0, 0) == 12)
        #expect(ContingencyTable([[1, 2], [3]]).counts == [[1, 2], [3, 0]])
        #expect(ContingencyTable([[0, 0], [1, 2]]).rowPercent(0, 0) == nil)
    }

    @Test func chiSquareByHand() {
        // Every expected count is 25: χ² = (4 × 25) / 25 = 4 on 2 df, p = e^−2.
        let test = SignificanceTest.chiSquare(ContingencyTable([[20, 30, 25], [30, 20, 25]]))!
        #expect(test.method == .chiSquare)
        #expect(close(test.statistic, 4))
        #expect(test.degreesOfFreedom == 2)
        #expect(close(test.p, exp(-2)))
        #expect(test.n == 150)
        #expect(test.smallCells?.any == false)
        #expect(test.isReliable)
        #expect(!test.isSignificant())
    }

    @Test func independenceUsesChiSquareWhenExpectedCountsAreLarge() {
        // 2×2, smallest expected 6.79: Pearson without continuity correction (R: correct = FALSE).
        let test = SignificanceTest.independence(ContingencyTable([[12, 5], [7, 9]]))!
        #expect(test.method == .chiSquare)
        #expect(close(test.statistic, 2.4305755196815575))
        #expect(close(test.p, 0.118989205532145))
    }

    @Test func fisherOnTheTeaTastingTable() {
        // Fisher (1935): the lady identifies 3 of 4 cups; two-sided p = 34/70.
        let table = ContingencyTable([[3, 1], [1, 3]])
        let test = SignificanceTest.independence(table)!
        #expect(test.method == .fisherExact)
        #expect(close(test.p, 34.0 / 70))
        #expect(String(format: "%.4f", test.p) == "0.4857")
        #expect(test.statistic == nil && test.degreesOfFreedom == nil)
        #expect(test.n == 8)
    }

    @Test func fisherTwoSidedValues() {
        #expect(close(SignificanceTest.fisherExact(ContingencyTable([[1, 9], [11, 3]]))?.p, 0.0027594561852200836))
        // Only the two extreme tables are as unlikely: 2 / C(10, 5).
        #expect(close(SignificanceTest.fisherExact(ContingencyTable([[0, 5], [5, 0]]))?.p, 2.0 / 252))
        #expect(close(SignificanceTest.fisherExact(ContingencyTable([[2, 3], [4, 1]]))?.p, 0.5238095238095238))
        #expect(SignificanceTest.fisherExact(ContingencyTable([[1, 2, 3], [4, 5, 6]])) == nil)
        #expect(SignificanceTest.fisherExact(ContingencyTable([[0, 0], [0, 0]])) == nil)
    }

    @Test func degenerateTablesHaveNoTest() {
        #expect(SignificanceTest.independence(ContingencyTable([])) == nil)
        #expect(SignificanceTest.independence(ContingencyTable([[0, 0], [0, 0]])) == nil)
        // One variant without answers: a zero row leaves one row.
        #expect(SignificanceTest.independence(ContingencyTable([[5, 7, 2], [0, 0, 0]])) == nil)
        // Everyone in one category: one column left.
        #expect(SignificanceTest.independence(ContingencyTable([[6, 0], [9, 0]])) == nil)
    }

    @Test func emptyLinesAreLeftOut() {
        // A choice nobody made changes nothing: same χ² and df as without it.
        let with = SignificanceTest.chiSquare(ContingencyTable([[20, 0, 30, 25], [30, 0, 20, 25]]))!
        #expect(close(with.statistic, 4))
        #expect(with.degreesOfFreedom == 2)
        // A 2×3 with an empty column is a 2×2: Fisher when an expected count is below 5.
        #expect(SignificanceTest.independence(ContingencyTable([[3, 0, 1], [1, 0, 3]]))?.method == .fisherExact)
    }

    @Test func smallCellsAndCochransRule() {
        let t = ContingencyTable([[8, 2, 1], [6, 3, 9]])
        let cells = t.smallCells
        #expect(cells.cells == 6)
        #expect(cells.expectedBelow5 == 3)   // 2.90, 1.72 and 3.10
        #expect(close(cells.minimumExpected, 5.0 * 11 / 29))
        #expect(cells.any && !cells.cochranHolds)
        let test = SignificanceTest.independence(t)!
        #expect(test.method == .chiSquare)
        #expect(!test.isReliable)
        // An unreliable p is never marked, however small.
        let skewed = SignificanceTest.independence(ContingencyTable([[30, 0, 0], [0, 1, 1]]))!
        #expect(skewed.p < 0.05)
        #expect(!skewed.isSignificant())
    }

    @Test func welch() {
        // SciPy ttest_ind_from_stats(3.2, 1.1, 40, 3.8, 0.9, 25, equal_var=False): t = −2.3971 (first − second).
        let test = SignificanceTest.welch(mean1: 3.2, sd1: 1.1, n1: 40, mean2: 3.8, sd2: 0.9, n2: 25)!
        #expect(test.method == .welchT)
        #expect(close(test.statistic, 2.3971251736537247, 1e-9))
        #expect(close(test.p, 0.01974320043885353, 1e-9))
        #expect(test.n == 65)
        #expect(test.isSignificant())
        #expect(SignificanceTest.welch(mean1: 1, sd1: 0, n1: 5, mean2: 2, sd2: 0, n2: 5) == nil)
        #expect(SignificanceTest.welch(mean1: 1, sd1: 1, n1: 1, mean2: 2, sd2: 1, n2: 5) == nil)
    }
}
