import Foundation
import Testing
@testable import WijkModel

/// The validator on a corpus of broken files written by the test itself.
@Suite("File validation")
struct FileValidationTests {
    let dir: URL
    let validation = FileValidation(validator: ResponseValidator(
        questionnaires: BundledQuestionnaires.all, lang: .en, today: "2026-11-30"))

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("wijk-validate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    /// A complete, valid wijkteam interview built through the engine.
    static func validResponse(id: String = "R1", consent: Bool = false) -> Response {
        let q = BundledQuestionnaires.wijkteam
        var engine = InterviewEngine(questionnaire: q, response: Response(
            id: id, questionnaire: QuestionnaireRef(id: q.id, version: q.version), variant: q.variant,
            interviewer: "Fatma", createdAt: Date(timeIntervalSince1970: 1_700_000_000)), today: "2026-11-30")
        let now = Date(timeIntervalSince1970: 1_700_000_100)
        engine.setAnswer(.text("Wijkteam Noord"), for: "organisatie", at: now, lang: .en)
        engine.setAnswer(.text("Utrecht"), for: "gemeente", at: now, lang: .en)
        engine.setAnswer(.text("teamlid"), for: "rol", at: now, lang: .en)
        engine.setAnswer(.text("2026-11-02"), for: "datum", at: now, lang: .en)
        engine.setAnswer(.bool(consent), for: "toestemming", at: now, lang: .en)
        try? engine.complete(at: now, lang: .en)
        return engine.response
    }

    func write(_ name: String, _ text: String) throws -> String {
        let url = dir.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func messages(_ path: String) -> [String] {
        validation.run(paths: [path]).flatMap { $0.problems.map { "\($0.path): \($0.message)" } }
    }

    /// The valid response's JSON with `change` applied to its top-level object.
    func mutated(_ change: (inout JSONObject) -> Void) -> String {
        guard case .object(var o) = Self.validResponse().toJSON() else { return "" }
        change(&o)
        return JSONWriter.write(.object(o))
    }

    @Test func validFileHasNoProblems() throws {
        #expect(Self.validResponse().status == .complete)
        let path = try write("ok.json", String(decoding: Self.validResponse().encoded(), as: UTF8.self))
        #expect(messages(path) == [])
    }

    @Test func syntaxErrorsHaveLineAndColumn() throws {
        let path = try write("broken.json", "{\n  \"format\": \"wijk-response\",\n  \"id\": }")
        #expect(messages(path) == ["$: line 3, column 9: unexpected character '}'"] ||
                messages(path).first?.hasPrefix("$: line 3, column 9") == true)
    }

    @Test func emptyTruncatedBinaryAndInvalidUTF8() throws {
        let empty = try write("empty.json", "")
        #expect(messages(empty).count == 1)
        let full = String(decoding: Self.validResponse().encoded(), as: UTF8.self)
        let truncated = try write("trunc.json", String(full.prefix(full.count / 2)))
        #expect(messages(truncated).first?.contains("line") == true)
        let junkURL = dir.appendingPathComponent("junk.json")
        var generator = SystemRandomNumberGenerator()
        try Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }).write(to: junkURL)
        #expect(messages(junkURL.path).count == 1)
        let badUTF8 = dir.appendingPathComponent("utf8.json")
        try Data([0x22, 0xC3, 0x28, 0x22]).write(to: badUTF8)
        #expect(messages(badUTF8.path).first?.contains("UTF-8") == true)
    }

    @Test func deeplyNestedArraysDoNotCrash() throws {
        let path = try write("deep.json", String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000))
        #expect(messages(path).count == 1)
    }

    @Test func hugeFileIsRefusedQuickly() throws {
        let url = dir.appendingPathComponent("huge.json")
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 100 << 20) // sparse 100 MB file
        try handle.close()
        #expect(messages(url.path).first?.contains("too large (100 MB)") == true)
    }

    @Test func symlinkLoopAndMissingPath() throws {
        let a = dir.appendingPathComponent("a.json").path
        let b = dir.appendingPathComponent("b.json").path
        try FileManager.default.createSymbolicLink(atPath: a, withDestinationPath: b)
        try FileManager.default.createSymbolicLink(atPath: b, withDestinationPath: a)
        #expect(messages(a) == ["$: symbolic link loop"])
        let loopDir = dir.appendingPathComponent("sub")
        try FileManager.default.createDirectory(at: loopDir, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: loopDir.appendingPathComponent("up").path,
                                                   withDestinationPath: dir.path)
        // The directory walk terminates and reports the two loop links once each.
        let reports = validation.run(paths: [dir.path])
        #expect(reports.filter { $0.problems.contains { $0.message == "symbolic link loop" } }.count == 2)
        #expect(messages(dir.appendingPathComponent("nope").path) == ["$: does not exist"])
    }

    @Test func wrongTopLevelTypesAndVersions() throws {
        #expect(messages(try write("arr.json", "[1,2]")).first?.hasPrefix("$:") == true)
        let newer = try write("v2.json", mutated { $0["formatVersion"] = .number(2) })
        #expect(messages(newer).first?.contains("newer") == true)
        let unknownQ = try write("uq.json", mutated { $0["questionnaire"] = .object(JSONObject([("id", .string("onbekend")), ("version", .string("1"))])) })
        #expect(messages(unknownQ).first?.contains("unknown questionnaire 'onbekend'") == true)
        let status = try write("st.json", mutated { $0["status"] = .number(1) })
        #expect(messages(status).contains { $0.hasPrefix("$.status:") })
    }

    func withAnswer(_ id: String, _ value: JSONValue, status: String = "draft") -> String {
        mutated {
            $0["status"] = .string(status)
            guard case .object(var answers)? = $0["answers"] else { return }
            answers[id] = value
            $0["answers"] = .object(answers)
        }
    }

    @Test func answerProblemsNameTheQuestion() throws {
        let cases: [(String, JSONValue, String)] = [
            ("bestaat_niet", .string("x"), "$.answers.bestaat_niet: unknown question id 'bestaat_niet'"),
            ("teamgrootte", .string("veel"), "$.answers.teamgrootte:"),
            ("rol", .string("koning"), "$.answers.rol:"),
            ("teamgrootte", .number(5000), "$.answers.teamgrootte:"),
            ("drempels", .array([.string("taal"), .string("schaamte"), .string("wantrouwen"), .string("onbekendheid")]), "$.answers.drempels:"),
            ("datum", .string("2026-02-30"), "$.answers.datum:"),
        ]
        for (i, (id, value, expected)) in cases.enumerated() {
            let path = try write("a\(i).json", withAnswer(id, value))
            let found = messages(path)
            #expect(found.contains { $0.hasPrefix(expected) }, "\(id): \(found)")
        }
    }

    @Test func completedFileWithIrrelevantAnswerOrMissingRequired() throws {
        // No consent, so the context questions are not relevant in a complete interview.
        let irrelevant = try write("irr.json", withAnswer("teamgrootte", .number(12), status: "complete"))
        #expect(messages(irrelevant).contains { $0.hasPrefix("$.answers.teamgrootte: answer to a question that is not relevant") })
        // The same answer in a draft is fine: drafts keep switched-off answers.
        #expect(messages(try write("irr-draft.json", withAnswer("teamgrootte", .number(12)))) == [])
        let missing = try write("miss.json", mutated {
            guard case .object(var answers)? = $0["answers"] else { return }
            answers["gemeente"] = nil
            $0["answers"] = .object(answers)
        })
        #expect(messages(missing).contains { $0.hasPrefix("$.answers.gemeente: required answer is missing") })
    }

    @Test func sameIDInTwoFiles() throws {
        let text = String(decoding: Self.validResponse().encoded(), as: UTF8.self)
        _ = try write("one.json", text)
        _ = try write("two.json", text)
        _ = try write(".hidden.json", "not json") // hidden files (temporaries, locks) are skipped
        let reports = validation.run(paths: [dir.path])
        #expect(reports.count == 2)
        #expect(reports[1].problems.map(\.message)
                == ["same id as \(dir.appendingPathComponent("one.json").path): an identical copy; not counted"])
    }

    /// Warnings are worded on every worker; the words and their order do not depend on it.
    @Test func warningsAreWordedTheSameOnOneOrTwoWorkers() throws {
        for i in 0..<150 {
            let text = String(decoding: Self.validResponse(id: "W\(i)").encoded(), as: UTF8.self)
            _ = try write("w\(i).json", text.replacingOccurrences(of: "2026-11-02", with: "2026-12-24"))
        }
        var one = validation
        one.workers = 1
        var two = validation
        two.workers = 2
        let a = one.run(paths: [dir.path]), b = two.run(paths: [dir.path])
        #expect(a.count == 150)
        #expect(a.allSatisfy { $0.isValid && $0.problems.map(\.severity) == [.soft] })
        #expect(a.map(\.file) == b.map(\.file))
        #expect(a.map { $0.problems.map(\.message) } == b.map { $0.problems.map(\.message) })
        #expect(a.map(\.responseID) == b.map(\.responseID))
    }
}
