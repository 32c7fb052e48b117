import Testing
@testable import WijkModel

@Suite struct ExpressionErrorTests {
    private func error(_ source: String) -> ExpressionError? {
        do {
            _ = try Expression.parse(source)
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: [
        ("", ExpressionError.Kind.emptyExpression, 0),
        ("   ", .emptyExpression, 0),
        ("foo(1)", .unknownFunction("foo"), 0),
        ("1 + bar(${a})", .unknownFunction("bar"), 4),
        ("selected(${a})", .wrongArgumentCount(function: "selected", expected: 2, got: 1), 0),
        ("${a} = 1 and if(1, 2)", .wrongArgumentCount(function: "if", expected: 3, got: 2), 13),
        ("today(1)", .wrongArgumentCount(function: "today", expected: 0, got: 1), 0),
        ("not()", .wrongArgumentCount(function: "not", expected: 1, got: 0), 0),
        ("${a} = 'ja", .unterminatedString, 7),
        ("\"abc", .unterminatedString, 0),
        ("${a} = 'x\"", .unterminatedString, 7),
        ("${a} = #", .unexpectedCharacter("#"), 7),
        ("1 ! 2", .unexpectedCharacter("!"), 2),
        ("$a", .unexpectedCharacter("$"), 0),
        ("1 + ${}", .emptyReference, 4),
        ("${a b}", .invalidReference, 3),
        ("${1a}", .invalidReference, 2),
        ("${abc", .unterminatedReference, 0),
        ("${", .unterminatedReference, 0),
        ("(1 + 2", .missingClosingParenthesis, 6),
        ("selected(${a}, 'x'", .missingClosingParenthesis, 18),
        ("coalesce(${a} 1)", .missingClosingParenthesis, 14),
        ("1 2", .trailingInput("2"), 2),
        ("${a} = 1)", .trailingInput(")"), 8),
        ("${a} = 1 ${b}", .trailingInput("${b}"), 9),
        ("1 +", .unexpectedEnd, 3),
        ("${a} =", .unexpectedEnd, 6),
        ("= 1", .unexpectedToken("="), 0),
        ("1 + * 2", .unexpectedToken("*"), 4),
        ("and 1", .unexpectedToken("and"), 0),
        ("not(1,)", .unexpectedToken(")"), 6),
        ("()", .unexpectedToken(")"), 1),
        ("ja", .unknownName("ja"), 0),
        ("${a} = yes", .unknownName("yes"), 7),
    ])
    func errorKindAndPosition(source: String, kind: ExpressionError.Kind, position: Int) {
        guard let e = error(source) else {
            Issue.record("expected an error for \(source)"); return
        }
        #expect(e.kind == kind, "\(source)")
        #expect(e.position == position, "\(source): \(e)")
    }

    @Test func positionsCountCharactersNotBytes() {
        // 'één' is three characters but five UTF-8 bytes.
        #expect(error("'één' = #")?.position == 8)
        // An emoji flag is one character.
        #expect(error("'🇹🇷' = #")?.position == 6)
    }

    @Test func descriptionAndMessages() {
        let e = error("1 +")!
        #expect(e.message == "unexpected end of expression")
        #expect(e.description == "unexpected end of expression (at position 4)")
        #expect(e.message(in: .nl) == "expressie houdt onverwacht op")
        #expect(error("foo()")!.message(in: .en) == "unknown function 'foo'")
        let legacy = ExpressionError(message: "custom", position: 2)
        #expect(legacy.kind == .other)
        #expect(legacy.message(in: .nl) == "custom")
        #expect(legacy.description == "custom (at position 3)")
    }
}
