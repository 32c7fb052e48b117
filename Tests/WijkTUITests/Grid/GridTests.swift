import Testing
@testable import WijkTUI

@Suite struct GridTests {
    @Test func putClipsAtTheRightEdgeAndReturnsColumns() {
        var grid = Grid(width: 10, height: 2)
        #expect(grid.put("Hallo wereld", x: 0, y: 0) == 10)
        #expect(grid.put("abcdef", x: 2, y: 1, maxWidth: 3) == 3)
        #expect(grid.put("buiten", x: 0, y: 5) == 0)
        assertSnapshot(grid, """
            Hallo were
              abc
            """)
    }

    @Test func dutchTurkishAndArabicRoundTrip() {
        var grid = Grid(width: 24, height: 4)
        #expect(grid.put("ĳsje, één, e\u{0308}", x: 0, y: 0) == 12)
        #expect(grid.put("Iğdır'da şoför İlkay", x: 0, y: 1) == 20)
        #expect(grid.put("مُنَظَّمَة", x: 2, y: 2) == 5)
        #expect(grid[2, 2].character == "مُ")
        assertSnapshot(grid, """
            ĳsje, één, e\u{0308}
            Iğdır'da şoför İlkay
              مُنَظَّمَة
            """)
    }

    @Test func wideCharactersUseTwoCellsAndAreNeverSplit() {
        var grid = Grid(width: 5, height: 1)
        #expect(grid.put("日本語", x: 0, y: 0) == 4)
        #expect(grid[0, 0].character == "日")
        #expect(grid[1, 0].isContinuation)
        #expect(!grid[4, 0].isContinuation && grid[4, 0].character == " ")
        #expect(grid.lines == ["日本"])
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var grid = Grid(width: 6, height: 1)
        grid.put("日本", x: 0, y: 0)
        grid.put("x", x: 1, y: 0)
        #expect(grid.lines == [" x本"])
        grid.put("a", x: 2, y: 0)
        #expect(grid.lines == [" xa"])
        #expect(!grid[3, 0].isContinuation)
    }

    @Test func negativeXClipsOnTheLeft() {
        var grid = Grid(width: 6, height: 1)
        #expect(grid.put("日本", x: -1, y: 0) == 4)
        #expect(grid.lines == [" 本"])
    }

    @Test func putTruncatedAddsEllipsis() {
        var grid = Grid(width: 12, height: 1)
        #expect(grid.putTruncated("Migrantenorganisatie", x: 1, y: 0, width: 8) == 8)
        #expect(grid.lines == [" Migrant…"])
    }

    @Test func putWrappedFillsARect() {
        var grid = Grid(width: 12, height: 3)
        let rows = grid.putWrapped("Hoe vaak heeft u contact gehad?", in: Rect(x: 1, y: 0, width: 10, height: 2))
        #expect(rows == 4)
        assertSnapshot(grid, """
             Hoe vaak
             heeft u
            """)
    }

    @Test func boxWithTitle() {
        var grid = Grid(width: 12, height: 4)
        let inside = grid.box(grid.bounds, title: "Vragen")
        #expect(inside == Rect(x: 1, y: 1, width: 10, height: 2))
        #expect(grid[2, 0].style == .title)
        assertSnapshot(grid, """
            ┌ Vragen ──┐
            │          │
            │          │
            └──────────┘
            """)
    }

    @Test func fillLinesAndStyles() {
        var grid = Grid(width: 8, height: 3)
        grid.horizontalLine(x: 0, y: 0, length: 20)
        grid.fill(Rect(x: 2, y: 1, width: 3, height: 2), with: "#", style: .muted)
        grid.fill(Rect(x: 5, y: 2, width: 3, height: 1), with: "日")
        grid.setStyle(.selection, in: Rect(x: 0, y: 1, width: 8, height: 1))
        assertSnapshot(grid, """
            ────────
              ###
              ###日
            """)
        #expect(grid[0, 1].style == .selection)
        #expect(grid[2, 2].style == .muted)
    }

    @Test func descriptionTrimsTrailingSpaces() {
        var grid = Grid(width: 5, height: 2)
        grid.put("ab", x: 0, y: 1)
        #expect(grid.description == "\nab")
    }
}
