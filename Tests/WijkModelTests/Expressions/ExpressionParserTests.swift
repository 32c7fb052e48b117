import Testing
@testable import WijkModel

@Suite struct ExpressionParserTests {
    private func tree(_ source: String) throws -> ExpressionNode {
        try Expression.parse(source).root
    }

    private func num(_ d: Double) -> ExpressionNode { .literal(.number(d)) }
    private func str(_ s: String) -> ExpressionNode { .literal(.string(s)) }
    private func ref(_ id: String) -> ExpressionNode { .reference(id) }

    @Test func multiplicationBindsTighterThanAddition() throws {
        #expect(try tree("1 + 2 * 3") == .binary(.add, num(1), .binary(.multiply, num(2), num(3))))
        #expect(try tree("1 * 2 + 3") == .binary(.add, .binary(.multiply, num(1), num(2)), num(3)))
        #expect(try tree("8 div 2 mod 3") == .binary(.modulo, .binary(.divide, num(8), num(2)), num(3)))
    }

    @Test func additiveIsLeftAssociative() throws {
        #expect(try tree("10 - 3 - 2") == .binary(.subtract, .binary(.subtract, num(10), num(3)), num(2)))
    }

    @Test func comparisonLevels() throws {
        // relational binds tighter than equality: (1 < 2) = (3 > 4)
        #expect(try tree("1 < 2 = 3 > 4")
                == .binary(.equal, .binary(.less, num(1), num(2)), .binary(.greater, num(3), num(4))))
        // additive binds tighter than relational
        #expect(try tree("${a} + 1 >= 18")
                == .binary(.greaterEqual, .binary(.add, ref("a"), num(1)), num(18)))
    }

    @Test func andBindsTighterThanOr() throws {
        #expect(try tree("${a} = 1 or ${b} = 2 and ${c} = 3")
                == .binary(.or,
                           .binary(.equal, ref("a"), num(1)),
                           .binary(.and, .binary(.equal, ref("b"), num(2)),
                                   .binary(.equal, ref("c"), num(3)))))
    }

    @Test func parenthesesOverridePrecedence() throws {
        #expect(try tree("(1 + 2) * 3") == .binary(.multiply, .binary(.add, num(1), num(2)), num(3)))
        #expect(try tree("((${a}))") == ref("a"))
    }

    @Test func unaryMinus() throws {
        #expect(try tree("-3") == num(-3))
        #expect(try tree("- ${a}") == .negate(ref("a")))
        #expect(try tree("2 * -${a}") == .binary(.multiply, num(2), .negate(ref("a"))))
        #expect(try tree("5 - -1") == .binary(.subtract, num(5), num(-1)))
    }

    @Test func literals() throws {
        #expect(try tree("'ja'") == str("ja"))
        #expect(try tree("\"it's\"") == str("it's"))
        #expect(try tree("'say \"hi\"'") == str("say \"hi\""))
        #expect(try tree("1.5") == num(1.5))
        #expect(try tree(".5") == num(0.5))
        #expect(try tree("''") == str(""))
        #expect(try tree(".") == .current)
    }

    @Test func whitespaceIsIgnored() throws {
        let compact = try tree("${a}>=1and${b}!='x'")
        #expect(try tree("  ${a}  >=\t1\n and ${b} != 'x'  ") == compact)
        #expect(compact == .binary(.and, .binary(.greaterEqual, ref("a"), num(1)),
                                   .binary(.notEqual, ref("b"), str("x"))))
    }

    @Test(arguments: [
        ("selected(${q}, 'taal')", ExpressionFunction.selected, 2),
        ("count-selected(.)", .countSelected, 1),
        ("string-length( . )", .stringLength, 1),
        ("coalesce(${a}, 0)", .coalesce, 2),
        ("if(${a} > 1, 'x', 'y')", .if, 3),
        ("not(${a} = 1)", .not, 1),
        ("today()", .today, 0),
        ("true()", .true, 0),
        ("false( )", .false, 0),
        ("number('3')", .number, 1),
        ("string(3)", .string, 1),
    ])
    func functionCalls(source: String, function: ExpressionFunction, arity: Int) throws {
        guard case .call(let f, let args) = try tree(source) else {
            Issue.record("not a call: \(source)"); return
        }
        #expect(f == function)
        #expect(args.count == arity)
    }

    @Test func referencesAndCurrent() throws {
        let e = try Expression.parse("selected(${talen}, 'nl') and . > ${min_leeftijd} or ${x.y-z_1} = ${talen}")
        #expect(e.references == ["talen", "min_leeftijd", "x.y-z_1"])
        #expect(e.usesCurrent)
        let f = try Expression.parse("${a} = 'ja'")
        #expect(f.references == ["a"])
        #expect(!f.usesCurrent)
        let g = try Expression.parse("string-length(.) <= 200")
        #expect(g.references.isEmpty)
        #expect(g.usesCurrent)
        #expect(try Expression.parse("1.5 + .5").usesCurrent == false)
    }

    @Test func unicodeIds() throws {
        #expect(try Expression.parse("${één} = 1").references == ["één"])
    }

    @Test func sourceAndIdentity() throws {
        let a = try Expression.parse("${a} = 1")
        #expect(a.source == "${a} = 1")
        #expect(a.description == "${a} = 1")
        #expect(a == (try Expression.parse("${a} = 1")))
        #expect(a != (try Expression.parse("${a} = 2")))
        #expect(Set([a, try Expression.parse("${a} = 1")]).count == 1)
    }
}
