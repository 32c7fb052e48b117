import Testing
@testable import WijkModel

/// Answers shared by the evaluation tables.
private let answers: [String: AnswerValue] = [
    "leeftijd": .number(34),
    "kinderen": .number(0),
    "naam": .text("Ayşe"),
    "getal_tekst": .text("12"),
    "leeg": .text(""),
    "ja_nee": .bool(true),
    "nee": .bool(false),
    "talen": .choices(["nl", "tr", "ar"]),
    "geen_talen": .choices([]),
    "weet_niet": .dontKnow,
    "weigert": .refused,
    "datum": .text("2024-03-15"),
    "tekst_ja": .text("ja"),
]

private let context = AnswerContext(answers: answers, current: .number(7), today: "2024-05-01")

private func eval(_ source: String, _ ctx: AnswerContext = context) throws -> ExpressionValue {
    try Expression.parse(source).evaluate(in: ctx)
}

@Suite struct ExpressionEvaluationTests {
    @Test(arguments: [
        // Empty is not 0.
        ("${missing} + 1", ExpressionValue.empty),
        ("${leeg} * 2", .empty),
        ("-${missing}", .empty),
        ("${missing} = 0", .bool(false)),
        ("${missing} != 0", .bool(true)),
        ("${missing} = ''", .bool(true)),
        ("${leeg} = ''", .bool(true)),
        ("${missing} != ''", .bool(false)),
        ("${missing} = ${leeg}", .bool(true)),
        ("${missing} = false()", .bool(false)),
        ("${geen_talen} = ''", .bool(true)),
        ("${missing} < 1", .bool(false)),
        ("${missing} > 1", .bool(false)),
        ("${missing} <= 1", .bool(false)),
        ("${missing} >= -1", .bool(false)),
        ("1 < ${missing}", .bool(false)),
        ("${kinderen} = 0", .bool(true)),
        ("${kinderen} < 1", .bool(true)),
        ("${kinderen} + 1", .number(1)),
        // Arithmetic.
        ("1 + 2 * 3", .number(7)),
        ("(1 + 2) * 3", .number(9)),
        ("10 - 3 - 2", .number(5)),
        ("7 div 2", .number(3.5)),
        ("7 div 0", .empty),
        ("0 div 0", .empty),
        ("7 mod 3", .number(1)),
        ("-7 mod 3", .number(-1)),
        ("7.5 mod 2", .number(1.5)),
        ("7 mod 0", .empty),
        ("${leeftijd} * 2", .number(68)),
        ("${getal_tekst} + 1", .number(13)),
        ("${naam} + 1", .empty),
        ("${weet_niet} + 1", .empty),
        ("-${leeftijd}", .number(-34)),
        ("- -2", .number(2)),
        (". * 2", .number(14)),
        ("${ja_nee} + 1", .number(2)),
        // Comparisons across types.
        ("${leeftijd} >= 18", .bool(true)),
        ("${leeftijd} = '34'", .bool(true)),
        ("'34.0' = ${leeftijd}", .bool(true)),
        ("${leeftijd} != '34'", .bool(false)),
        ("${leeftijd} < '100'", .bool(true)),
        ("${getal_tekst} > 9", .bool(true)),
        ("${getal_tekst} > '9'", .bool(true)),
        ("${naam} = 'Ayşe'", .bool(true)),
        ("${naam} != 'ayşe'", .bool(true)),
        ("${leeftijd} = 'abc'", .bool(false)),
        ("${weet_niet} = 'dontKnow'", .bool(true)),
        ("${weigert} = 'refused'", .bool(true)),
        ("${weet_niet} = 0", .bool(false)),
        ("${weet_niet} > 0", .bool(false)),
        ("${weet_niet} < 0", .bool(false)),
        ("'b' > 'a'", .bool(true)),
        ("'abc' < 'abd'", .bool(true)),
        ("${ja_nee} = 'ja'", .bool(true)),
        ("${ja_nee} = 'yes'", .bool(true)),
        ("${ja_nee} = 'TRUE'", .bool(true)),
        ("${ja_nee} = '1'", .bool(true)),
        ("${ja_nee} = 'nee'", .bool(false)),
        ("${nee} = 'nee'", .bool(true)),
        ("${nee} = 'no'", .bool(true)),
        ("${nee} = '0'", .bool(true)),
        ("'false' = ${nee}", .bool(true)),
        ("${ja_nee} = 'misschien'", .bool(false)),
        ("${nee} = 'misschien'", .bool(false)),
        ("${ja_nee} = true()", .bool(true)),
        ("${ja_nee} = 1", .bool(true)),
        ("${nee} = 0", .bool(true)),
        ("${ja_nee} != ${nee}", .bool(true)),
        ("${ja_nee} > ${nee}", .bool(true)),
        ("${talen} = 'nl tr ar'", .bool(true)),
        ("${talen} = 'nl'", .bool(false)),
        ("1 < 2 = true()", .bool(true)),
        // Dates compare as text.
        ("${datum} < today()", .bool(true)),
        ("${datum} >= '2024-03-15'", .bool(true)),
        ("${datum} > '2024-12-01'", .bool(false)),
        ("today() = '2024-05-01'", .bool(true)),
        // Logic.
        ("${leeftijd} > 18 and ${naam} = 'Ayşe'", .bool(true)),
        ("${leeftijd} > 50 or ${kinderen} = 0", .bool(true)),
        ("${leeftijd} > 50 or ${kinderen} = 1 and true()", .bool(false)),
        ("true() or false() and false()", .bool(true)),
        ("not(${ja_nee})", .bool(false)),
        ("not(${missing})", .bool(true)),
        ("not(${leeftijd} < 18)", .bool(true)),
    ])
    func evaluation(source: String, expected: ExpressionValue) throws {
        #expect(try eval(source) == expected, "\(source)")
    }

    @Test(arguments: [
        ("${ja_nee}", true), ("${nee}", false),
        ("${leeftijd}", true), ("${kinderen}", false),
        ("${naam}", true), ("${leeg}", false), ("${missing}", false),
        ("${talen}", true), ("${geen_talen}", false),
        ("'false'", true), ("''", false), ("0", false), ("0.1", true),
        ("7 div 0", false), ("${weet_niet}", true),
    ])
    func truthiness(source: String, expected: Bool) throws {
        #expect(try Expression.parse(source).isTrue(in: context) == expected, "\(source)")
    }

    @Test func answerValueConversion() {
        #expect(ExpressionValue(nil) == .empty)
        #expect(ExpressionValue(.text("")) == .empty)
        #expect(ExpressionValue(.text("a")) == .string("a"))
        #expect(ExpressionValue(.number(2)) == .number(2))
        #expect(ExpressionValue(.bool(false)) == .bool(false))
        #expect(ExpressionValue(.choices(["a", "b"])) == .list(["a", "b"]))
        #expect(ExpressionValue(.choices([])) == .empty)
        #expect(ExpressionValue(.dontKnow) == .string("dontKnow"))
        #expect(ExpressionValue(.refused) == .string("refused"))
    }

    @Test func numberParsingIsStrict() {
        #expect(ExpressionValue.parseNumber("12") == 12)
        #expect(ExpressionValue.parseNumber(" -3.5 ") == -3.5)
        #expect(ExpressionValue.parseNumber("+4") == 4)
        #expect(ExpressionValue.parseNumber("nan") == nil)
        #expect(ExpressionValue.parseNumber("inf") == nil)
        #expect(ExpressionValue.parseNumber("0x10") == nil)
        #expect(ExpressionValue.parseNumber("1 2") == nil)
        #expect(ExpressionValue.parseNumber("1,5") == nil)
        #expect(ExpressionValue.parseNumber("") == nil)
        #expect(ExpressionValue.parseNumber("-") == nil)
        #expect(ExpressionValue.parseNumber("1.2.3") == nil)
    }

    @Test func stringValues() {
        #expect(ExpressionValue.number(3).stringValue == "3")
        #expect(ExpressionValue.number(-0.25).stringValue == "-0.25")
        #expect(ExpressionValue.bool(true).stringValue == "true")
        #expect(ExpressionValue.list(["a", "b"]).stringValue == "a b")
        #expect(ExpressionValue.empty.stringValue == "")
    }

    @Test func currentValue() throws {
        let constraint = try Expression.parse(". >= 0 and . <= 100")
        #expect(constraint.isTrue(in: AnswerContext(answers: [:], current: .number(50), today: "2024-01-01")))
        #expect(!constraint.isTrue(in: AnswerContext(answers: [:], current: .number(101), today: "2024-01-01")))
        #expect(!constraint.isTrue(in: AnswerContext(answers: [:], current: nil, today: "2024-01-01")))
        #expect(!constraint.isTrue(in: AnswerContext(answers: [:], current: .dontKnow, today: "2024-01-01")))
    }

    @Test func evaluationIsRepeatable() throws {
        // One parsed expression, many contexts: the AST is reused as-is.
        let e = try Expression.parse("${a} + 1 > 10")
        for i in 0..<20 {
            let ctx = AnswerContext(answers: ["a": .number(Double(i))], today: "2024-01-01")
            #expect(e.isTrue(in: ctx) == (i > 9))
        }
    }
}

@Suite struct ExpressionOrderingTests {
    @Test(arguments: [
        // A number against non-numeric text has no order (XPath NaN), both ways.
        ("${weet_niet} >= 0", false),
        ("${weet_niet} <= 0", false),
        ("${weigert} > 18", false),
        ("'abc' < 5", false),
        ("${naam} > ${leeftijd}", false),
        // Text against text orders lexicographically, or numerically if both are numbers.
        ("'10' > '9'", true),
        ("'b' >= 'b'", true),
        ("${talen} > 'nl'", true),
        ("'2023-12-31' < '2024-01-01'", true),
    ])
    func ordering(source: String, expected: Bool) throws {
        #expect(try eval(source) == .bool(expected), "\(source)")
    }
}
