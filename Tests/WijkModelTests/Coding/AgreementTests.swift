import Foundation
import Testing
@testable import WijkModel

@Suite struct AgreementTests {
    /// Ten answers both coded. X: both 4, first only 1, second only 2, neither 3.
    /// Y: only the second coder uses it (3 answers). Z: both coders on every answer.
    static func fixture() -> Agreement {
        var book = CodeBook()
        _ = try? book.create(name: "X"); _ = try? book.create(name: "Y"); _ = try? book.create(name: "Z")
        let answers = (0..<12).map { CodableAnswer(interview: "r\($0)", question: "beeld", text: "tekst \($0)", variant: "wijkteam") }
        var first = CoderCodings(coder: "anna"), second = CoderCodings(coder: "bert")
        func give(_ c: inout CoderCodings, _ code: String, _ indices: [Int]) {
            for i in indices { c.assign(code, to: answers[i].key, fingerprint: answers[i].fingerprint) }
        }
        give(&first, "z", Array(0..<10)); give(&second, "z", Array(0..<10))
        give(&first, "x", [0, 1, 2, 3, 4]); give(&second, "x", [0, 1, 2, 3, 5, 6])
        give(&second, "y", [7, 8, 9])
        give(&first, "x", [10])   // only the first coded it: not compared
        give(&first, "x", [11])
        second.assign("x", to: answers[11].key, fingerprint: AnswerFingerprint.of("older text"))   // stale: not compared
        return Agreement(answers: CodableAnswers(answers), first: first, second: second, codebook: book)
    }

    @Test func perCodeAgainstHandComputedValues() throws {
        let a = Self.fixture()
        #expect(a.answers == 10)
        #expect(a.codes.map(\.id) == ["x", "y", "z"])
        let x = a.codes[0]
        #expect((x.both, x.firstOnly, x.secondOnly, x.neither) == (4, 1, 2, 3))
        #expect(abs(x.percent - 70) < 1e-9)
        #expect(abs(x.expected - 0.5) < 1e-9)          // (5·6 + 5·4) / 100
        #expect(abs(x.kappa! - 0.4) < 1e-9)            // (0.7 − 0.5) / (1 − 0.5)
    }

    @Test func oneCoderNeverUsesTheCode() {
        let y = Self.fixture().codes[1]
        #expect((y.both, y.firstOnly, y.secondOnly, y.neither) == (0, 0, 3, 7))
        #expect(abs(y.percent - 70) < 1e-9)
        #expect(abs(y.kappa! - 0) < 1e-9)              // p_e = 7/10 = p_o: no agreement beyond chance
    }

    @Test func bothAlwaysUseTheCode() {
        let z = Self.fixture().codes[2]
        #expect(z.both == 10)
        #expect(z.percent == 100)
        #expect(z.kappa == nil)                        // p_e = 1: undefined, documented
    }

    @Test func overallAndDisagreements() {
        let a = Self.fixture()
        #expect(abs(a.percent! - 80) < 1e-9)            // (70 + 70 + 100) / 3
        #expect(abs(a.pooledKappa! - 0.25) < 1e-9)      // (0.8 − 0.7333…) / (1 − 0.7333…)
        #expect(a.identical == 4)
        #expect(a.disagreements.map(\.answer.key.interview) == ["r4", "r5", "r6", "r7", "r8", "r9"])
        #expect(a.disagreements[0].firstOnly == ["x"] && a.disagreements[0].secondOnly.isEmpty)
        #expect(a.disagreements[3].secondOnly == ["y"])
    }

    @Test func nothingInCommon() {
        let answers = CodableAnswers([CodableAnswer(interview: "r1", question: "q", text: "t", variant: "w")])
        let a = Agreement(answers: answers, first: CoderCodings(coder: "a"), second: CoderCodings(coder: "b"), codebook: CodeBook())
        #expect(a.answers == 0 && a.codes.isEmpty && a.percent == nil && a.pooledKappa == nil)
    }

    @Test func rulesMatchCaseInsensitively() throws {
        let rule = try CodingRule("nederlands|taal")
        #expect(rule.matches("Ze spreken geen NEDERLANDS"))
        #expect(!rule.matches("geld"))
        #expect(throws: CodingError.invalidPattern("(")) { try CodingRule("(") }
    }
}
