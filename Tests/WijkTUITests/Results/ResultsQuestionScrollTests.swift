import Testing
import WijkModel
@testable import WijkTUI

/// The question view scrolls at 80×24: ↓ past the last category goes on to the
/// statistics, ↑ comes back, PgDn/PgUp/Home/End page, and the indicator says where.
@Suite struct ResultsQuestionScrollTests {
    static func statistics(_ grid: Grid) -> Bool { grid.lines.contains { $0.contains("Kwartielen Q3") } }

    @Test func arrowsStepThenScrollToTheStatistics() throws {
        var b = try ResultsFixture.browser()
        b.open(questionID: "kent_leefwereld")
        #expect(!Self.statistics(ResultsFixture.render(b)))
        let codes = try #require(b.questionView?.selectableCodes(b.context))
        for _ in 0..<(codes.count - 1) { _ = b.handle(.down) }
        #expect(b.questionView?.selectedCode(b.context) == SpecialCode.notApplicable)
        // 27 lines (choices, the tests, special answers, statistics), 14 visible: N.v.t. is line 17.
        #expect(b.questionView?.top == 3)
        // Past the last category the chart scrolls, line by line.
        for _ in 0..<10 { _ = b.handle(.down) }
        let grid = ResultsFixture.render(b)
        #expect(Self.statistics(grid))
        #expect(grid.lines[22].contains("regel 14–27 van 27"))
        _ = b.handle(.down)   // at the foot: stays
        #expect(b.questionView?.top == 13)
        // N.v.t. is still on screen: ↑ steps back through the categories,
        // scrolling them into view.
        _ = b.handle(.up)
        #expect(b.questionView?.selectedCode(b.context) == SpecialCode.unanswered)
        for _ in 0..<3 { _ = b.handle(.up) }
        #expect(b.questionView?.selectedCode(b.context) == "5")
        #expect(b.questionView?.top == 5)
    }

    @Test func arrowsScrollWhenTheSelectionIsOffScreen() throws {
        var b = try ResultsFixture.browser()
        b.open(questionID: "kent_leefwereld")
        b.questionView?.top = 7   // "1" scrolled off the top
        _ = b.handle(.up)
        #expect(b.questionView?.top == 6)
        #expect(b.questionView?.selection == 0)
    }

    @Test func pagesHomeAndEnd() throws {
        var b = try ResultsFixture.browser()
        b.open(questionID: "kent_leefwereld")
        _ = b.handle(.pageDown)
        #expect(Self.statistics(ResultsFixture.render(b)))
        #expect(ResultsFixture.render(b).lines[22].contains("↑ meer"))
        _ = b.handle(.pageUp)
        #expect(b.questionView?.top == 0)
        _ = b.handle(.end)
        #expect(Self.statistics(ResultsFixture.render(b)))
        _ = b.handle(.home)
        #expect(b.questionView?.top == 0)
        #expect(b.questionView?.selection == 0)
        #expect(ResultsFixture.render(b).lines[22].contains("↓ meer"))
    }

    @Test func enterOnACategoryScrolledAwayAsksToChoose() throws {
        var b = try ResultsFixture.browser()
        b.open(questionID: "kent_leefwereld")
        for _ in 0..<12 { _ = b.handle(.down) }  // first category scrolled off the top
        _ = b.handle(.home)
        for _ in 0..<3 { _ = b.handle(.down) }
        #expect(b.handle(.enter).count == 1)     // on screen: drills down
        var c = try ResultsFixture.browser()
        c.open(questionID: "kent_leefwereld")
        c.questionView?.top = 7   // the selected "1" is scrolled away
        #expect(c.handle(.enter).isEmpty)
        #expect(c.screen == .question)
        #expect(ResultsFixture.render(c).lines[23].contains("Kies eerst een antwoord"))
    }

    @Test func fitsWithoutIndicatorAt120x40() throws {
        var b = try ResultsFixture.browser(width: 120, height: 40)
        b.open(questionID: "kent_leefwereld")
        let grid = ResultsFixture.render(b)
        #expect(Self.statistics(grid))
        #expect(!grid.lines.contains { $0.contains("meer (PgDn") })
    }
}
