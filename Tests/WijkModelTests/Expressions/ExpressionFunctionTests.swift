import Testing
@testable import WijkModel

private let context = AnswerContext(
    answers: [
        "talen": .choices(["nl", "tr", "ar"]),
        "een_taal": .choices(["nl"]),
        "geen": .choices([]),
        "als_tekst": .text("nl  tr"),
        "turks": .text("Günaydın, nasılsınız?"),
        "arabisch": .text("مرحبا بالعالم"),
        "emoji": .text("👍🏽🇳🇱"),
        "leeftijd": .number(34),
        "weet_niet": .dontKnow,
        "leeg": .text(""),
    ],
    current: .choices(["a", "b"]),
    today: "2024-05-01")

private func eval(_ source: String) throws -> ExpressionValue {
    try Expression.parse(source).evaluate(in: context)
}

@Suite struct ExpressionFunctionTests {
    @Test(arguments: [
        ("selected(${talen}, 'tr')", ExpressionValue.bool(true)),
        ("selected(${talen}, 'en')", .bool(false)),
        ("selected(${talen}, 't')", .bool(false)),
        ("selected(${geen}, 'nl')", .bool(false)),
        ("selected(${missing}, 'nl')", .bool(false)),
        ("selected(${als_tekst}, 'tr')", .bool(true)),
        ("selected(${als_tekst}, '')", .bool(false)),
        ("selected(${leeftijd}, 34)", .bool(true)),
        ("selected(., 'b')", .bool(true)),
        ("not(selected(${talen}, 'nl'))", .bool(false)),
        ("count-selected(${talen})", .number(3)),
        ("count-selected(${een_taal})", .number(1)),
        ("count-selected(${geen})", .number(0)),
        ("count-selected(${missing})", .number(0)),
        ("count-selected(${als_tekst})", .number(2)),
        ("count-selected(.) <= 3", .bool(true)),
        ("count-selected(${missing}) = 0", .bool(true)),
        ("string-length(${turks})", .number(21)),
        ("string-length(${arabisch})", .number(13)),
        ("string-length(${emoji})", .number(2)),
        ("string-length(${missing})", .number(0)),
        ("string-length(${leeg})", .number(0)),
        ("string-length(${leeftijd})", .number(2)),
        ("string-length(${weet_niet})", .number(8)),
        ("string-length('')", .number(0)),
        ("coalesce(${missing}, 'x')", .string("x")),
        ("coalesce(${leeg}, ${leeftijd})", .number(34)),
        ("coalesce('', 'y')", .string("y")),
        ("coalesce(${leeftijd}, 0)", .number(34)),
        ("coalesce(${geen}, ${talen})", .list(["nl", "tr", "ar"])),
        ("coalesce(${missing}, ${leeg})", .empty),
        ("coalesce(${missing}, 0) + 1", .number(1)),
        ("if(${leeftijd} > 18, 'volwassen', 'kind')", .string("volwassen")),
        ("if(${leeftijd} > 50, 'oud', 'jong')", .string("jong")),
        ("if(${missing}, 1, 2)", .number(2)),
        ("if(true(), ${missing}, 2)", .empty),
        ("if(false(), 1 div 0, 3)", .number(3)),
        ("today()", .string("2024-05-01")),
        ("true()", .bool(true)),
        ("false()", .bool(false)),
        ("number('3.5') + 1", .number(4.5)),
        ("number(${weet_niet})", .empty),
        ("number(${missing})", .empty),
        ("number(true())", .number(1)),
        ("string(${leeftijd})", .string("34")),
        ("string(${talen})", .string("nl tr ar")),
        ("string(${missing})", .string("")),
        ("string(1.5)", .string("1.5")),
        ("string-length(string(${leeftijd} * 10))", .number(3)),
    ])
    func function(source: String, expected: ExpressionValue) throws {
        #expect(try eval(source) == expected, "\(source)")
    }
}
