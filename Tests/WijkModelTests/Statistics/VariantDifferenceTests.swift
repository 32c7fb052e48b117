import Foundation
import Testing
@testable import WijkModel

@Suite struct VariantDifferenceTests {
    func question(_ type: QuestionType, _ counts: [(String, Int)], answered: Int? = nil,
                  values: [Double] = []) -> QuestionSummary {
        let base = answered ?? counts.reduce(0) { $0 + $1.1 }
        return QuestionSummary(
            id: "q", type: type, label: LocalizedText(nl: "V", en: "Q"), sectionID: "s", isCore: true,
            answered: base, dontKnow: 3, refused: 1, unanswered: 2, notApplicable: 4,
            choices: counts.map { ChoiceCount(code: $0.0, label: nil, count: $0.1, base: base) },
            meanSelected: nil, statistics: Statistics(values: values), openAnswers: [])
    }

    func difference(_ a: QuestionSummary, _ b: QuestionSummary) -> VariantDifference {
        VariantDifference(a, b, firstVariant: "wijkteam", secondVariant: "migrantenorganisatie")
    }

    @Test func singleChoiceUsesTheAnsweredDistribution() {
        // Don't know and the other special answers stay out of the table: n is the answered.
        let d = difference(question(.single, [("a", 20), ("b", 30), ("c", 25)]),
                           question(.single, [("a", 30), ("b", 20), ("c", 25)]))
        #expect(d.n == [75, 75])
        #expect(d.test?.method == .chiSquare)
        #expect(abs((d.test?.statistic ?? 0) - 4) < 1e-12)
        #expect(abs((d.test?.p ?? 0) - exp(-2)) < 1e-12)
        #expect(!d.isSignificant)
        #expect(d.optionTests.isEmpty)
    }

    @Test func smallYesNoTableTakesFisher() {
        let d = difference(question(.yesNo, [("true", 3), ("false", 1)]),
                           question(.yesNo, [("true", 1), ("false", 3)]))
        #expect(d.test?.method == .fisherExact)
        #expect(String(format: "%.4f", d.test!.p) == "0.4857")
    }

    @Test func clearDifferenceIsSignificant() {
        let d = difference(question(.yesNo, [("true", 80), ("false", 20)]),
                           question(.yesNo, [("true", 40), ("false", 60)]))
        #expect(d.test?.method == .chiSquare)
        #expect(d.isSignificant)
    }

    @Test func oneVariantWithoutAnswersHasNoTest() {
        let d = difference(question(.single, [("a", 5), ("b", 7)]), question(.single, [("a", 0), ("b", 0)]))
        #expect(d.n == [12, 0])
        #expect(d.test == nil)
        #expect(!d.isSignificant)
    }

    @Test func multipleChoiceTestsEachOption() {
        // 100 and 100 respondents; option a chosen by 70 vs 30, option b by 50 vs 50.
        let d = difference(question(.multiple, [("a", 70), ("b", 50)], answered: 100),
                           question(.multiple, [("a", 30), ("b", 50)], answered: 100))
        #expect(d.test == nil)
        #expect(d.optionTests.map(\.code) == ["a", "b"])
        #expect(d.optionTests[0].test?.isSignificant() == true)
        #expect(d.optionTests[1].test.map { abs($0.statistic! - 0) < 1e-12 } == true)
        #expect(d.isSignificant)
    }

    @Test func numbersCompareMeansWithWelch() {
        let d = difference(question(.integer, [], values: [1, 2, 3, 4, 5]),
                           question(.integer, [], values: [6, 7, 8, 9, 10]))
        #expect(d.test == nil)
        #expect(d.meanTest?.method == .welchT)
        #expect(abs((d.meanTest?.statistic ?? 0) - 5) < 1e-12)   // 5 / √(2.5/5 + 2.5/5)
        #expect(d.meanTest?.degreesOfFreedom == 8)
        #expect(d.isSignificant)
    }
}
