import Foundation
import Testing
import WijkModel
@testable import WijkTUI

/// The browser as a state machine: keys in, state and effects out.
@Suite struct ResultsBrowserTests {
    @Test func listSkipsSectionHeadingsAndOpensQuestions() throws {
        var b = try ResultsFixture.browser()
        #expect(b.list.selectedQuestionID == MetadataID.organisation)
        for _ in 0..<6 { _ = b.handle(.down) }
        // Past the metadata section's six questions, the heading is skipped.
        #expect(b.list.selectedQuestionID != nil)
        _ = b.handle(.end)
        let last = b.list.selectedQuestionID
        _ = b.handle(.pageDown)
        #expect(b.list.selectedQuestionID == last)
        _ = b.handle(.home)
        #expect(b.list.selectedQuestionID == MetadataID.organisation)
        b.open(questionID: "contact")
        #expect(b.screen == .question)
        #expect(b.handle(.escape).isEmpty)
        #expect(b.screen == .list)
        #expect(b.list.selectedQuestionID == "contact")
    }

    @Test func openTextGoesToThePagerAndSearchFindsMatches() throws {
        var b = try ResultsFixture.browser()
        b.open(questionID: "beeld")
        #expect(b.screen == .openAnswers)
        _ = b.handle(.character("/"))
        for c in "HULP" { _ = b.handle(.character(c)) }
        #expect(b.openAnswers?.input == "HULP")
        _ = b.handle(.enter)
        #expect(b.openAnswers?.query == "HULP")
        #expect(b.openAnswers?.matchIndex == 0)
        let lines = b.openAnswers!.lines(b.context, width: 78)
        // Independently: answers containing "hulp" (case-insensitive) in the fixture.
        let expected = ResultsFixture.interviews.compactMap(\.beeld).filter { $0.lowercased().contains("hulp") }.count
        #expect(b.openAnswers!.matches(lines).count == expected)
        _ = b.handle(.character("n"))
        #expect(b.openAnswers?.matchIndex == 1)
        _ = b.handle(.character("N"))
        _ = b.handle(.character("N"))
        #expect(b.openAnswers?.matchIndex == expected - 1)  // wrapped around
        // 'q' while typing a search is text, not quit.
        _ = b.handle(.character("/"))
        #expect(b.handle(.character("q")).isEmpty)
        _ = b.handle(.escape)
        #expect(b.openAnswers?.isTyping == false)
        #expect(b.screen == .openAnswers)
    }

    @Test func changingAFilterAsksForANewAggregation() throws {
        var b = try ResultsFixture.browser()
        _ = b.handle(.character("f"))
        #expect(b.screen == .filters)
        _ = b.handle(.down)              // gemeente
        _ = b.handle(.right)             // first known gemeente (sorted)
        let effects = b.handle(.enter)
        var expected = ResultsFixture.query
        expected.filter.gemeente = "Amersfoort"
        #expect(effects == [.reaggregate(expected)])
        #expect(b.screen == .list)
        #expect(b.isBusy)
        b.update(summary: try ResultsFixture.summary(expected))
        #expect(!b.isBusy)
        #expect(b.summary.counted == ResultsFixture.interviews.filter { $0.gemeente == "Amersfoort" }.count)
        #expect(ResultsChrome.filterText(b.query.filter, labels: b.context.labels).contains("gemeente Amersfoort"))
        // Applying an unchanged filter or cancelling asks for nothing.
        _ = b.handle(.character("f"))
        #expect(b.handle(.enter).isEmpty)
        _ = b.handle(.character("f"))
        _ = b.handle(.right)
        #expect(b.handle(.escape).isEmpty)
        #expect(b.query.filter.variant == nil)
    }

    @Test func interviewerIsTypedInTheFilterPanel() throws {
        var b = try ResultsFixture.browser()
        _ = b.handle(.character("f"))
        for _ in 0..<3 { _ = b.handle(.down) }
        for c in "anq" { _ = b.handle(.character(c)) }
        _ = b.handle(.backspace)
        _ = b.handle(.character("a"))
        guard case .reaggregate(let query)? = b.handle(.enter).first else { Issue.record("no reaggregate"); return }
        #expect(query.filter.interviewer == "ana")
    }

    @Test func drillDownLoadsTheInterviewsOfAChoice() throws {
        let dir = try ResultsFixture.writeDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var b = ResultsBrowser(summary: try ResultsFixture.summary(directory: dir), questionnaires: BundledQuestionnaires.all,
                               lang: .nl, query: ResultsFixture.query)
        b.open(questionID: "buiten_beeld")
        let effects = b.handle(.enter)   // first choice: turks
        let selection = ResponseSelection(filter: ResultsFixture.query.filter, questionID: "buiten_beeld", code: "turks")
        #expect(effects == [.loadResponses(selection)])
        #expect(b.screen == .interviews)
        let loaded = ResultsFixture.loader(dir).load(selection)
        let expected = ResultsFixture.interviews.filter { $0.buitenBeeld.contains("turks") }.map(\.id).sorted()
        #expect(loaded.map(\.id).sorted() == expected)
        b.receive(responses: loaded)
        #expect(b.interviews?.responses?.count == expected.count)
        _ = b.handle(.enter)
        #expect(b.screen == .interview)
        #expect(b.interview?.response.id == b.interviews?.responses?.first?.id)
        _ = b.handle(.escape)
        _ = b.handle(.escape)
        #expect(b.screen == .question)
    }

    @Test func crossTabPicksTwoQuestionsAndAsksForTheTable() throws {
        var b = try ResultsFixture.browser()
        b.open(questionID: "contact")
        #expect(b.handle(.character("x")).isEmpty)
        _ = b.handle(.escape)
        b.open(questionID: "bereik")
        let effects = b.handle(.character("x"))
        let request = CrossTabRequest(row: "contact", column: "bereik")
        #expect(effects == [.reaggregate(ResultsQuery(filter: ResultsFixture.query.filter, crossTabs: [request]))])
        #expect(b.screen == .crossTab)
        // An open question cannot be crossed.
        var c = try ResultsFixture.browser()
        c.open(questionID: MetadataID.date)
        _ = c.handle(.character("x"))
        #expect(c.crossTabRow == nil)
    }

    @Test func helpIsGeneratedFromTheKeyMapAndQuitKeysWork() throws {
        var b = try ResultsFixture.browser()
        _ = b.handle(.function(1))
        #expect(b.screen == .help)
        let text = ResultsFixture.render(b).description
        for line in ResultsKeys.list.helpLines(.nl) { #expect(text.contains(line.text)) }
        _ = b.handle(.escape)
        #expect(b.screen == .list)
        #expect(b.handle(.character("q")) == [.quit])
        #expect(b.handle(.function(10)) == [.quit])
        #expect(b.handle(.ctrl("c")) == [.quit])
    }

    /// The note under the keys (what the percentages and * mean) wraps at 80 columns instead of ending in "…".
    @Test(arguments: [Lang.nl, .en])
    func helpNoteIsReadableInFullAt80Columns(lang: Lang) throws {
        var b = ResultsBrowser(summary: try ResultsFixture.summary(), questionnaires: BundledQuestionnaires.all,
                               lang: lang, query: ResultsFixture.query)
        b.resize(Size(width: 80, height: 24))
        _ = b.handle(.function(1))
        let text = ResultsFixture.render(b).description
        for line in text.split(separator: "\n") { #expect(!line.trimmingCharacters(in: .whitespaces).hasSuffix("…")) }
        let words = lang == .nl ? ["staan apart.", "markeert alleen een verschil", "dat een toets steunt"]
                                : ["are listed apart.", "marks only a difference", "a test supports"]
        for phrase in words {
            #expect(text.replacingOccurrences(of: "\n", with: " ").split(separator: " ").joined(separator: " ").contains(phrase))
        }
    }

    @Test func screensUseRolesOnlySoMonochromeWorks() throws {
        var b = try ResultsFixture.browser()
        b.open(questionID: "kent_leefwereld")
        let grid = ResultsFixture.render(b)
        let roles = Set(grid.cells.map(\.style.role))
        #expect(roles.contains(.selection))   // the cursor row is a role, drawn reversed without colour
        let monochrome = StylePalette(colors: false)
        #expect(monochrome.curses(Style.selection).attrs != monochrome.curses(Style.normal).attrs)
    }

    @Test func numbersAreDutch() {
        #expect(NumberFormat.decimal(3.75, 2, lang: .nl) == "3,75")
        #expect(NumberFormat.points(-8.3) == "−8 pp")
        #expect(NumberFormat.points(0.2) == "0 pp")
        #expect(NumberFormat.difference(0.44, lang: .nl) == "+0,4")
        #expect(NumberFormat.percent(nil) == "–")
        #expect(BarChart.bar(50, maximum: 100, width: 10) == "█████")
        #expect(BarChart.bar(1, maximum: 100, width: 10) == "▏")
    }
}
