import Testing
@testable import WijkModel

/// Conditions joined with `and` (a section's and a question's "only if") keep
/// their meaning in print: an `or` gets the brackets it needs.
@Suite struct ExpressionConjunctionTests {
    func parse(_ s: String) throws -> Expression { try Expression.parse(s) }

    @Test func orOperandGetsBrackets() throws {
        let text = Expression.conjunction([try parse("${toestemming} = true()"),
                                           try parse("${registratie} = 'systematisch' or ${registratie} = 'deels'")])
        #expect(text == "${toestemming} = true() and (${registratie} = 'systematisch' or ${registratie} = 'deels')")
    }

    @Test func andAndComparisonsStayBare() throws {
        #expect(Expression.conjunction([try parse("${a} = 1 and ${b} = 2"), try parse("${c} > 3")])
                == "${a} = 1 and ${b} = 2 and ${c} > 3")
        #expect(Expression.conjunction([try parse("(${a} = 1 or ${b} = 2)")]) == "(${a} = 1 or ${b} = 2)")
        #expect(Expression.conjunction([try parse("${a} = 1 or ${b} = 2")]) == "${a} = 1 or ${b} = 2")
    }

    /// Already bracketed as written: not bracketed twice; an `or` inside a call is no `or` at the top.
    @Test func writtenBracketsAndCallsAreKept() throws {
        #expect(Expression.conjunction([try parse("${x} = 1"), try parse("(${a} = 1) or (${b} = 2)")])
                == "${x} = 1 and ((${a} = 1) or (${b} = 2))")
        #expect(Expression.conjunction([try parse("${x} = 1"), try parse(" (${a} = 1 or ${b} = 2) ")])
                == "${x} = 1 and (${a} = 1 or ${b} = 2)")
        #expect(Expression.conjunction([try parse("${x} = 1"), try parse("not(${a} = 1 or ${b} = 2)")])
                == "${x} = 1 and not(${a} = 1 or ${b} = 2)")
    }

    /// The printed condition means what the questionnaire means: evaluated
    /// again it agrees with both parts evaluated apart.
    @Test func printedConditionEvaluatesLikeTheParts() throws {
        let section = try parse("${toestemming} = true()")
        let question = try parse("${registratie} = 'systematisch' or ${registratie} = 'deels'")
        let joined = try parse(Expression.conjunction([section, question]))
        for consent in [true, false] {
            for registratie in ["systematisch", "deels", "nee"] {
                let context = AnswerContext(answers: ["toestemming": .bool(consent), "registratie": .text(registratie)], today: "2026-01-01")
                #expect(joined.isTrue(in: context) == (section.isTrue(in: context) && question.isTrue(in: context)))
            }
        }
    }

    @Test func codebookPrintsTheBrackets() {
        let text = Codebook.render([BundledQuestionnaires.wijkteam], format: .text, lang: .nl)
        #expect(text.contains("alleen als: ${toestemming} = true() and (${registratie} = 'systematisch' or ${registratie} = 'deels')"))
        #expect(!text.contains("true() and ${registratie} = 'systematisch' or"))
    }
}
