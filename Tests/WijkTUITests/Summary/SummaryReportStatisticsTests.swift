import Foundation
import Testing
@testable import WijkModel
@testable import WijkTUI

/// The statistics lines of the text and markdown summary, on hand-made counts.
@Suite struct SummaryReportStatisticsTests {
    func question(_ yes: Int, _ no: Int) -> QuestionSummary {
        let n = yes + no
        return QuestionSummary(
            id: "contact", type: .yesNo, label: LocalizedText(nl: "Contact?", en: "Contact?"), sectionID: "s",
            isCore: true, answered: n, dontKnow: 0, refused: 0, unanswered: 0, notApplicable: 0,
            choices: [ChoiceCount(code: "true", label: LocalizedText(nl: "Ja", en: "Yes"), count: yes, base: n),
                      ChoiceCount(code: "false", label: LocalizedText(nl: "Nee", en: "No"), count: no, base: n)],
            meanSelected: nil, statistics: nil, openAnswers: [])
    }

    func report(_ first: QuestionSummary, _ second: QuestionSummary, style: SummaryReport.Style = .text,
                crossTabs: [CrossTab] = []) -> String {
        let a = VariantSummary(variant: "wijkteam", questionnaireID: "w", title: LocalizedText(nl: "W", en: "W"),
                               respondents: first.answered, questions: [first])
        let b = VariantSummary(variant: "migrantenorganisatie", questionnaireID: "m", title: LocalizedText(nl: "M", en: "M"),
                               respondents: second.answered, questions: [second])
        let group = SummaryGroup(name: nil, variants: [a, b], core: CoreComparison.compare(a, b), crossTabs: crossTabs)
        let summary = Summary(filter: ResponseFilter(), files: 0, invalid: [], duplicates: [], interviews: 0,
                              counted: first.answered + second.answered, warnings: 0, groups: [group])
        return SummaryReport(summary: summary, lang: .en, style: style).render()
    }

    @Test func aSupportedDifferenceIsMarked() {
        let out = report(question(80, 20), question(40, 60))
        #expect(out.contains("difference *"))
        #expect(out.contains("80  80.0% [71.1–86.7]"))
        #expect(out.contains("  test wijkteam ↔ migrantenorganisatie (n = 100 / 100): χ²(1) = 33.33, p < 0.001: difference significant (α = 0.05)\n"))
    }

    @Test func smallTablesTakeFisherAndAreNotMarked() {
        let out = report(question(3, 1), question(1, 3), style: .markdown)
        #expect(!out.contains("difference *"))
        #expect(out.contains("- test wijkteam ↔ migrantenorganisatie (n = 4 / 4): Fisher's exact, p = 0.486: no significant difference\n"))
    }

    @Test func noTestWithoutAnswersOnOneSide() {
        let out = report(question(5, 7), question(0, 0))
        #expect(out.contains("(n = 12 / 0): no test possible"))
    }

    @Test func crossTabTotalsAndPercentages() {
        let tab = CrossTab(request: CrossTabRequest(row: "a", column: "b"), variant: "wijkteam", respondents: 10,
                           rowCodes: ["x", "y"], columnCodes: ["1", "2"],
                           cells: ["x": ["1": 3, "2": 1], "y": ["1": 1, "2": 5]])
        let out = report(question(1, 1), question(1, 1), crossTabs: [tab])
        #expect(out.contains("  total   4   6      10\n"))
        #expect(out.contains("  x       75.0%   25.0%   100.0%\n"))     // row percentages
        #expect(out.contains("  total   40.0%   60.0%   100.0%\n"))     // … ending in the columns' shares
        #expect(out.contains("  y        25.0%    83.3%    60.0%\n"))   // column percentages, total: the row's share
        #expect(out.contains("test (real answers only, n = 10): Fisher's exact, p = 0.190: no significant difference\n"))
    }

    /// Multiple-choice columns: row percentages of the row's respondents (x: 4 respondents, 3 ticked
    /// "1", 2 ticked "2": 75% and 50%, not 60% and 40% of 5 mentions), its base where 100% would be, and a note.
    @Test func multipleChoiceCrossTabIsOfRespondents() {
        var tab = CrossTab(request: CrossTabRequest(row: "a", column: "b"), variant: "wijkteam", respondents: 6,
                           rowCodes: ["x", "y"], columnCodes: ["1", "2"],
                           cells: ["x": ["1": 3, "2": 2], "y": ["1": 1, "2": 1]],
                           rowBases: ["x": 4, "y": 2], columnBases: ["1": 4, "2": 3])
        tab.columnsMultiple = true
        let out = report(question(1, 1), question(1, 1), crossTabs: [tab])
        #expect(out.contains("  x       3   2       4\n"), "\(out)")
        #expect(out.contains("  total   4   3       6\n"))
        #expect(out.contains("  x       75.0%   50.0%      n=4\n"))
        #expect(out.contains("  total   66.7%   50.0%   100.0%\n"))     // the question list's overall shares
        #expect(out.contains("multiple answers possible: percentages of respondents, they do not add up to 100%\n"))
        #expect(out.contains("no test: with multiple choice"))
    }

    /// "niet te beoordelen" with only 2 of 10 small cells (within the 20% rule) names the real reason:
    /// an expected count below 1.
    @Test func cannotBeJudgedSaysWhyWhenAnExpectedCountIsBelowOne() {
        let test = SignificanceTest(method: .chiSquare, statistic: 21.9, degreesOfFreedom: 4, p: 0.0002, n: 145,
                                    smallCells: SmallCells(cells: 10, expectedBelow5: 2, minimumExpected: 0.42))
        let summary = Summary(filter: ResponseFilter(), files: 0, invalid: [], duplicates: [], interviews: 0, counted: 0,
                              warnings: 0, groups: [])
        let nl = SummaryReport(summary: summary, lang: .nl, style: .text).verdict(test)
        #expect(nl.hasSuffix("niet te beoordelen: 2 van 10 cellen verwacht < 5, kleinste verwacht 0,42"), "\(nl)")
        let en = SummaryReport(summary: summary, lang: .en, style: .text).verdict(test)
        #expect(en.hasSuffix("cannot be judged: 2 of 10 cells expected < 5, smallest expected 0.42"), "\(en)")
        var many = test
        many.smallCells = SmallCells(cells: 10, expectedBelow5: 5, minimumExpected: 1.5)
        #expect(SummaryReport(summary: summary, lang: .nl, style: .text).verdict(many).hasSuffix("5 van 10 cellen verwacht < 5"))
    }

    /// Not-an-answer rows and columns read as words in the interface language, not as the model's internal codes.
    @Test func crossTabNamesTheNotAnAnswerCategories() {
        let tab = CrossTab(request: CrossTabRequest(row: "a", column: "b"), variant: "wijkteam", respondents: 4,
                           rowCodes: ["x", SpecialCode.dontKnow, SpecialCode.notApplicable],
                           columnCodes: ["1", SpecialCode.refused, SpecialCode.unanswered],
                           cells: ["x": ["1": 1], SpecialCode.dontKnow: [SpecialCode.refused: 1],
                                   SpecialCode.notApplicable: [SpecialCode.unanswered: 2]])
        let first = question(1, 1), second = question(1, 1)
        let a = VariantSummary(variant: "wijkteam", questionnaireID: "w", title: LocalizedText(nl: "W", en: "W"),
                               respondents: 2, questions: [first])
        let b = VariantSummary(variant: "migrantenorganisatie", questionnaireID: "m", title: LocalizedText(nl: "M", en: "M"),
                               respondents: 2, questions: [second])
        let summary = Summary(filter: ResponseFilter(), files: 0, invalid: [], duplicates: [], interviews: 0, counted: 4,
                              warnings: 0, groups: [SummaryGroup(name: nil, variants: [a, b], core: CoreComparison.compare(a, b),
                                                                 crossTabs: [tab])])
        for style in [SummaryReport.Style.text, .markdown] {
            let nl = SummaryReport(summary: summary, lang: .nl, style: style).render()
            let en = SummaryReport(summary: summary, lang: .en, style: style).render()
            for code in SpecialCode.all { #expect(!nl.contains(code)) }
            // In English "(refused)" and "(unanswered)" are both the code and the word.
            #expect(!en.contains(SpecialCode.dontKnow) && !en.contains(SpecialCode.notApplicable))
            #expect(nl.contains("(weet niet)") && nl.contains("(n.v.t.)") && nl.contains("(wil niet zeggen)") && nl.contains("(geen antwoord)"))
            #expect(en.contains("(don't know)") && en.contains("(not applicable)") && en.contains("(refused)") && en.contains("(unanswered)"))
        }
    }

    @Test func progressSection() {
        var out = report(question(1, 1), question(1, 1))
        #expect(out.contains("=== Fieldwork ===\n0 complete, 0 draft(s) outstanding, 0 conflict(s) open (every filter but the status)\n"))
        let a = VariantSummary(variant: "wijkteam", questionnaireID: "w", title: LocalizedText(nl: "W", en: "W"),
                               respondents: 0, questions: [])
        var summary = Summary(filter: ResponseFilter(), files: 0, invalid: [], duplicates: [], interviews: 0,
                              counted: 0, warnings: 0, groups: [SummaryGroup(name: nil, variants: [a], core: [], crossTabs: [])])
        summary.progress = FieldworkProgress(weeks: [.init(key: "2026-W09", complete: 3, drafts: 1)],
                                             interviewers: [.init(key: "Sanne", complete: 3, drafts: 1)],
                                             complete: 3, draftsOutstanding: 1, openConflicts: ["W3"])
        out = SummaryReport(summary: summary, lang: .nl, style: .text).render()
        #expect(out.contains("3 afgerond, 1 concept(en) open, 1 conflict(en) open: W3 (alle filters behalve de status)\n"))
        #expect(out.contains("  2026-W09            3         1        4\n"))
        #expect(!out.contains("toestemming"))   // none without consent: nothing said
        // Completed interviews without consent, per variant, in the section and on the progress screen.
        summary.progress.withoutConsent = [.init(variant: "wijkteam", count: 2), .init(variant: "migrantenorganisatie", count: 0)]
        out = SummaryReport(summary: summary, lang: .nl, style: .text).render()
        #expect(out.contains("(alle filters behalve de status)\nAfgerond, waarvan zonder toestemming: 2 (wijkteam 2, migrantenorganisatie 0)\n"))
        let context = ResultsContext(summary: summary, labels: ResultsLabels(questionnaires: BundledQuestionnaires.all, lang: .en))
        let lines = ProgressScreen().lines(context, width: 100).map(\.0)
        #expect(lines[1] == "Completed, of which without consent: 2 (wijkteam 2, migrantenorganisatie 0)", "\(lines)")
    }
}
