import Foundation
import Testing
@testable import WijkModel

@Suite struct ReportTextTests {
    @Test func htmlTextEscapesMarkupAndShowsControls() {
        #expect(HTMLText.line("<b a='1'>\"x\" & y</b>") == "&lt;b a=&#39;1&#39;&gt;&quot;x&quot; &amp; y&lt;/b&gt;")
        #expect(HTMLText.line("a\nb") == "a b")
        #expect(HTMLText.line("\u{1B}[2J\u{202E}") == "\\u{1B}[2J\\u{202E}")
        #expect(HTMLText.paragraphs("één\n\n<twee>") == "<p>één</p><p>&lt;twee&gt;</p>")
        #expect(HTMLText.line("gewoon") == "gewoon")
    }

    @Test func quotesAreCappedSpreadAndDistinct() {
        let answers = (0..<100).map { i in
            OpenAnswer(text: i % 2 == 0 ? "kort" : "Een antwoord van leesbare lengte, nummer \(i / 10).",
                       questionID: "q", variant: "wijkteam", organisation: "o", gemeente: "G\(i / 10)", responseID: "r\(i)")
        }
        let picked = ReportQuotes.representative(answers, cap: 5)
        #expect(picked.count == 5)
        #expect(Set(picked.map(\.text)).count == 5)
        #expect(Set(picked.map(\.gemeente)).count == 5)                 // spread over the list
        #expect(picked.allSatisfy { $0.text.count >= 40 })               // readable ones preferred
        #expect(ReportQuotes.representative(answers, cap: 0).isEmpty)
        #expect(ReportQuotes.shortened(String(repeating: "woord ", count: 200), limit: 50).count <= 52)
    }

    @Test func frequentOthersFoldCaseAndSpaces() {
        let others = ["Buurtvader", " buurtvader ", "Imam", ""].enumerated().map { i, t in
            OpenAnswer(text: t, questionID: "q", variant: "w", organisation: "o", gemeente: "g", responseID: "\(i)", isOther: true)
        }
        let (top, total) = ReportQuotes.frequentOthers(others, limit: 5)
        #expect(total == 3)
        #expect(top.first?.count == 2 && top.count == 2)
    }

    /// An untrustworthy chi-square says "niet te beoordelen" once, and why (the small expected counts),
    /// not "niet te beoordelen (χ² …; n = 145 (te kleine aantallen: niet te beoordelen))".
    @Test func anUnreliableTestIsCalledSoOnceWithItsReason() {
        let test = SignificanceTest(method: .chiSquare, statistic: 21.9, degreesOfFreedom: 4, p: 0.0002, n: 145,
                                    smallCells: SmallCells(cells: 10, expectedBelow5: 2, minimumExpected: 0.6))
        let words = ReportWords(lang: .nl)
        let text = words.verdict(test) + " (" + words.test(test) + ")"
        #expect(text.components(separatedBy: "niet te beoordelen").count == 2, "\(text)")
        #expect(text.contains("2 van 10 cellen verwacht < 5, kleinste verwacht 0,6"), "\(text)")
        let en = ReportWords(lang: .en)
        #expect(en.test(test).contains("2 of 10 cells expected < 5, smallest expected 0.6"))
        #expect(!en.test(test).contains("too small to judge"))
    }

    @Test func decimalsFollowTheLanguage() {
        #expect(Lang.nl.decimal(3.25, 1) == "3,2" || Lang.nl.decimal(3.25, 1) == "3,3")
        #expect(Lang.en.decimal(-0.01, 1) == "0.0")
        #expect(Lang.nl.decimal(12, 0) == "12")
    }
}
