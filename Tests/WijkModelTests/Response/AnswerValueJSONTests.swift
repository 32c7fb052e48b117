import Testing
@testable import WijkModel

@Suite struct AnswerValueJSONTests {
    @Test func roundTripsEveryKind() {
        let values: [AnswerValue] = [.text("ja"), .text(""), .number(-2.5), .bool(false),
                                     .choices(["a", "b"]), .choices([]), .dontKnow, .refused]
        for v in values { #expect(AnswerValue(json: v.json) == v, "\(v)") }
        #expect(AnswerValue.dontKnow.json == .object(JSONObject([("special", .string("dontKnow"))])))
        #expect(AnswerValue.refused.json == .object(JSONObject([("special", .string("refused"))])))
    }

    @Test func rejectsOtherShapes() {
        let bad: [JSONValue] = [
            .null, .array([.string("a"), .number(1)]), .array([.null]),
            .object(JSONObject()), .object(JSONObject([("special", .string("maybe"))])),
            .object(JSONObject([("special", .bool(true))])), .object(JSONObject([("text", .string("x"))])),
        ]
        for v in bad { #expect(AnswerValue(json: v) == nil, "\(v)") }
    }

    @Test func ignoresExtraKeysNextToSpecial() {
        let v = JSONValue.object(JSONObject([("special", .string("refused")), ("reason", .string("privacy"))]))
        #expect(AnswerValue(json: v) == .refused)
    }
}
