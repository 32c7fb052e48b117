import Foundation
import Testing
@testable import WijkModel

@Suite struct ResponseCodingTests {
    @Test func roundTripsThroughBytes() throws {
        let original = ResponseFixtures.complete
        let data = original.encoded()
        #expect(try ResponseDecoder.decode(data) == original)
        let (decoded, problems) = ResponseDecoder.decode(try JSONParser.parse(data))
        #expect(problems.isEmpty)
        #expect(decoded == original)
        // Encoding is deterministic.
        #expect(try ResponseDecoder.decode(data).encoded() == data)
        let draft = Response(id: "d", questionnaire: QuestionnaireRef(id: "q", version: "1"), variant: "migrant",
                             createdAt: ResponseFixtures.date(1_000), answers: ["a": .text("x")])
        #expect(try ResponseDecoder.decode(draft.encoded()) == draft)
    }

    @Test func keyOrderIsAsDocumented() throws {
        let object = try ResponseFixtures.completeObject()
        #expect(object.keys == ["format", "formatVersion", "id", "questionnaire", "variant", "status", "interviewer",
                                "device", "createdAt", "updatedAt", "completedAt", "answers", "remarks", "audit"])
        guard case .object(let answers)? = object["answers"] else { Issue.record("no answers"); return }
        #expect(answers.keys == answers.keys.sorted())
        var draft = ResponseFixtures.complete
        draft.completedAt = nil
        guard case .object(let d) = try JSONParser.parse(draft.encoded()) else { return }
        #expect(!d.keys.contains("completedAt"))
        let text = String(decoding: ResponseFixtures.complete.encoded(), as: UTF8.self)
        #expect(text.hasPrefix("{\n  \"format\": \"wijk-response\",\n  \"formatVersion\": 1,\n"))
        #expect(text.contains("\"createdAt\": \"2026-11-30T17:11:31.123Z\""))
        #expect(text.contains("\"q7\": {\n      \"special\": \"dontKnow\"\n    }"))
        #expect(text.contains("\"old\": 40,\n      \"new\": 42"))
        #expect(text.hasSuffix("}\n"))
    }

    private func problems(_ edit: (inout JSONObject) -> Void) throws -> [Problem] {
        var object = try ResponseFixtures.completeObject()
        edit(&object)
        let (response, problems) = ResponseDecoder.decode(.object(object), lang: .en)
        #expect(response == nil || problems.isEmpty)
        return problems
    }

    @Test func reportsEveryStructuralProblemWithItsPath() throws {
        #expect(ResponseDecoder.decode(.array([])).problems.map(\.path) == ["$"])
        let cases: [(String, (inout JSONObject) -> Void)] = [
            ("$.format", { $0["format"] = .string("wijk-questionnaire") }),
            ("$.format", { $0["format"] = nil }),
            ("$.formatVersion", { $0["formatVersion"] = .string("1") }),
            ("$.formatVersion", { $0["formatVersion"] = .number(0.5) }),
            ("$.formatVersion", { $0["formatVersion"] = nil }),
            ("$.id", { $0["id"] = nil }),
            ("$.id", { $0["id"] = .string("") }),
            ("$.questionnaire", { $0["questionnaire"] = .string("q") }),
            ("$.questionnaire.version", { $0["questionnaire"] = .object(JSONObject([("id", .string("q"))])) }),
            ("$.variant", { $0["variant"] = .number(1) }),
            ("$.status", { $0["status"] = .string("done") }),
            ("$.interviewer", { $0["interviewer"] = .null }),
            ("$.device", { $0["device"] = .bool(true) }),
            ("$.createdAt", { $0["createdAt"] = .string("gisteren") }),
            ("$.updatedAt", { $0["updatedAt"] = nil }),
            ("$.completedAt", { $0["completedAt"] = .string("2026-02-30T00:00:00Z") }),
            ("$.answers", { $0["answers"] = .array([]) }),
            ("$.answers", { $0["answers"] = nil }),
            ("$.answers.q3", { $0.setAnswer("q3", .null) }),
            ("$.answers[\"vraag 3\"]", { $0.setAnswer("vraag 3", .array([.number(1)])) }),
            ("$.answers.q7", { $0.setAnswer("q7", .object(JSONObject([("special", .string("maybe"))]))) }),
            ("$.remarks", { $0["remarks"] = .string("x") }),
            ("$.remarks.q2", { $0["remarks"] = .object(JSONObject([("q2", .number(5))])) }),
            ("$.audit", { $0["audit"] = .object(JSONObject()) }),
            ("$.audit[2].at", { $0.editAudit(2) { $0["at"] = .string("2026-11-30") } }),
            ("$.audit[1].event", { $0.editAudit(1) { $0["event"] = nil } }),
            ("$.audit[1].question", { $0.editAudit(1) { $0["question"] = .number(2) } }),
            ("$.audit[1].old", { $0.editAudit(1) { $0["old"] = .array([.bool(true)]) } }),
            ("$.audit[0].new", { $0.editAudit(0) { $0["new"] = .object(JSONObject()) } }),
            ("$.audit[3]", { $0["audit"] = .array([.string("x"), .string("y"), .string("z"), .number(1)]) }),
        ]
        for (path, edit) in cases {
            let found = try problems(edit)
            #expect(found.map(\.path).contains(path), "\(path): \(found)")
            #expect(!found.isEmpty)
        }
    }

    @Test func collectsAllProblemsAtOnce() throws {
        let found = try problems {
            $0["status"] = .string("klaar")
            $0["createdAt"] = .number(1)
            $0.setAnswer("q1", .null)
            $0.setAnswer("q2", .array([.number(1)]))
        }
        #expect(found.map(\.path) == ["$.status", "$.createdAt", "$.answers.q1", "$.answers.q2"])
        #expect(found[0].message == "unknown status \"klaar\" (expected draft or complete)")
        #expect(found[1].message == "must be a string")
    }

    @Test func refusesNewerFormatVersion() throws {
        var object = try ResponseFixtures.completeObject()
        object["formatVersion"] = .number(2)
        object["status"] = .string("archived")   // may be valid in version 2: not reported
        let (response, problems) = ResponseDecoder.decode(.object(object), lang: .en)
        #expect(response == nil)
        #expect(problems == [Problem(path: "$.formatVersion",
                                     message: "formatVersion 2 is newer than this Wijk supports (1); update Wijk")])
        let data = JSONWriter.data(.object(object))
        #expect(throws: ResponseFileError.newerFormatVersion(found: 2, supported: 1)) {
            try ResponseDecoder.decode(data)
        }
        let error = ResponseFileError.newerFormatVersion(found: 2, supported: 1)
        #expect(error.message(.en) == "formatVersion 2 is newer than this Wijk supports (1); update Wijk")
        #expect(error.message(.nl) == "formatVersion 2 is nieuwer dan deze Wijk ondersteunt (1); werk Wijk bij")
    }

    @Test func ignoresUnknownKeys() throws {
        var object = try ResponseFixtures.completeObject()
        object["location"] = .object(JSONObject([("lat", .number(51.9))]))
        object["questionnaire"] = .object(JSONObject([("id", .string("wijkteams-2026")), ("version", .string("1.2")),
                                                      ("hash", .string("abc"))]))
        object.editAudit(0) { $0["by"] = .string("sanne") }
        object.setAnswer("q8", .object(JSONObject([("special", .string("refused")), ("note", .string("x"))])))
        let (response, problems) = ResponseDecoder.decode(.object(object))
        #expect(problems.isEmpty)
        #expect(response == ResponseFixtures.complete)
    }

    @Test func optionalPartsMayBeAbsent() throws {
        var object = try ResponseFixtures.completeObject()
        object["remarks"] = nil
        object["audit"] = nil
        object["completedAt"] = .null
        let (response, problems) = ResponseDecoder.decode(.object(object))
        #expect(problems.isEmpty)
        #expect(response?.audit == [])
        #expect(response?.remarks == [:])
        #expect(response?.completedAt == nil)
    }

    @Test func fileErrorsHaveOneLineMessages() throws {
        let syntax = Data("{\n  \"format\": \"wijk-response\",\n  \"id\": x\n}".utf8)
        do {
            _ = try ResponseDecoder.decode(syntax)
            Issue.record("expected an error")
        } catch {
            guard case .syntax(let e) = error else { Issue.record("\(error)"); return }
            #expect(e.line == 3 && e.column == 9)
            #expect(error.message(.nl) == "ongeldige JSON: regel 3, kolom 9: onverwacht teken 'x'")
            #expect(error.message(.en) == "invalid JSON: line 3, column 9: unexpected character 'x'")
        }
        #expect(throws: ResponseFileError.syntax(JSONParseError(kind: .emptyInput, line: 1, column: 1, offset: 0))) {
            try ResponseDecoder.decode(Data())
        }
        do {
            _ = try ResponseDecoder.decode(Data("{\"format\": \"wijk-response\", \"formatVersion\": 1}".utf8), lang: .en)
            Issue.record("expected an error")
        } catch {
            guard case .invalid(let problems) = error else { Issue.record("\(error)"); return }
            #expect(problems.count == 9)
            #expect(error.message(.en) == "$.id: missing (and 8 more problems)")
            #expect(!error.message(.en).contains("\n"))
        }
    }

    @Test func typicalFileIsAboutThreeKilobytesAndDecodesQuickly() throws {
        let data = ResponseFixtures.typical().encoded()
        #expect(data.count > 2500 && data.count < 4500)
        #expect(try ResponseDecoder.decode(data) == ResponseFixtures.typical())
        let files = (0..<200).map { ResponseFixtures.typical(seed: $0).encoded() }
        let clock = ContinuousClock()
        let parsed = files.compactMap { try? JSONParser.parse($0) }
        var parseOnly = Duration.zero, full = Duration.zero, decodeOnly = Duration.zero
        for _ in 0..<5 {
            parseOnly += clock.measure { for f in files { _ = try? JSONParser.parse(f) } }
            decodeOnly += clock.measure { for j in parsed { _ = ResponseDecoder.decode(j) } }
            full += clock.measure { for f in files { _ = try? ResponseDecoder.decode(f) } }
        }
        let perFile = { (d: Duration) in Double(d.components.attoseconds) / 1e12 / 1000 + Double(d.components.seconds) * 1e6 / 1000 }
        print("typical file \(data.count) bytes: parse \(perFile(parseOnly)) µs, decode \(perFile(decodeOnly)) µs, parse+decode \(perFile(full)) µs")
        // Loose bound (debug builds, noisy machine): catches accidental quadratic behaviour only.
        #expect(perFile(full) < 2000)
    }
}

extension JSONObject {
    mutating func setAnswer(_ key: String, _ value: JSONValue) {
        guard case .object(var answers)? = self["answers"] else { return }
        answers[key] = value
        self["answers"] = .object(answers)
    }

    mutating func editAudit(_ index: Int, _ edit: (inout JSONObject) -> Void) {
        guard case .array(var items)? = self["audit"], case .object(var entry) = items[index] else { return }
        edit(&entry)
        items[index] = .object(entry)
        self["audit"] = .array(items)
    }
}
