import Foundation
import Testing
@testable import WijkModel

/// The codings file is read and written one coding at a time; these pin
/// down that it is the same file, and as strict, as reading it whole.
@Suite struct CodingsStreamTests {
    /// The document as the whole-tree writer made it (the format before streaming).
    static func treeBytes(_ codings: CoderCodings) -> Data {
        let items = codings.all.map { c -> JSONValue in
            var o = JSONObject()
            o["interview"] = .string(c.answer.interview)
            o["question"] = .string(c.answer.question)
            o["fingerprint"] = .string(c.fingerprint)
            o["code"] = .string(c.code)
            switch c.origin {
            case .manual: o["origin"] = .string("manual")
            case .rule(let pattern): o["origin"] = .string("rule"); o["rule"] = .string(pattern)
            }
            return .object(o)
        }
        return JSONWriter.data(.object(JSONObject([
            ("format", .string("wijk-codings")), ("formatVersion", .number(1)),
            ("coder", .string(codings.coder)), ("codings", .array(items)),
        ])))
    }

    static func sample() -> CoderCodings {
        var c = CoderCodings(coder: "anna")
        c.assign("taal", to: AnswerKey(interview: "r2", question: "beeld"), fingerprint: AnswerFingerprint.of("Zij spreekt \"geen\" Nederlands\n"))
        c.assign("geld", to: AnswerKey(interview: "r0", question: "advies.other"), fingerprint: AnswerFingerprint.of("y"), origin: .rule("geld|subsidie"))
        c.assign("aile", to: AnswerKey(interview: "r10", question: "beeld"), fingerprint: AnswerFingerprint.of("Türkçe: ‮ailə‬"))
        c.assign("taal", to: AnswerKey(interview: "r10", question: "aanbeveling"), fingerprint: AnswerFingerprint.of("عربي"))
        c.assign("netwerk", to: AnswerKey(interview: "r10", question: "aanbeveling"), fingerprint: AnswerFingerprint.of("عربي"), origin: .rule("imam"))
        return c
    }

    @Test func writtenBytesAreThoseOfTheWholeDocument() {
        for codings in [Self.sample(), CoderCodings(coder: "bert")] {
            #expect(CodingFiles.encode(codings) == Self.treeBytes(codings))
        }
    }

    @Test func fileOrderIsByAnswerThenCodeThenFingerprint() {
        let keys = Self.sample().all.map { "\($0.answer.interview) \($0.answer.question) \($0.code)" }
        #expect(keys == ["r0 advies.other geld", "r10 aanbeveling netwerk", "r10 aanbeveling taal", "r10 beeld aile", "r2 beeld taal"])
    }

    @Test func readsBackWhatItWrites() throws {
        let codings = Self.sample()
        let back = try CodingFiles.decodeCodings(CodingFiles.encode(codings), coder: "anna", path: "p")
        #expect(back == codings)
        #expect(back.all == codings.all)
        #expect(back.count == 5)
    }

    @Test func keysMayComeInAnyOrder() throws {
        let text = #"{"codings": [{"origin": "manual", "code": "taal", "fingerprint": "fnv1a64:0123456789abcdef", "question": "q", "interview": "r1"}], "coder": "anna", "formatVersion": 1, "format": "wijk-codings"}"#
        let back = try CodingFiles.decodeCodings(Data(text.utf8), coder: "anna", path: "p")
        #expect(back.all == [Coding(answer: AnswerKey(interview: "r1", question: "q"), fingerprint: "fnv1a64:0123456789abcdef", code: "taal")])
    }

    @Test func formatVersionMayComeAfterTheCodings() throws {
        let text = #"{"format": "wijk-codings", "coder": "anna", "codings": [{"interview": "r1", "question": "q", "fingerprint": "fnv1a64:0123456789abcdef", "code": "taal", "origin": "manual"}], "formatVersion": 1}"#
        #expect(try CodingFiles.decodeCodings(Data(text.utf8), coder: "anna", path: "p").count == 1)
        let wrong = #"{"format": "wijk-codings", "coder": "anna", "codings": [], "formatVersion": 9}"#
        #expect(throws: CodingError.invalidFile(path: "p", reason: "formatVersion")) {
            try CodingFiles.decodeCodings(Data(wrong.utf8), coder: "anna", path: "p")
        }
    }

    @Test func nestingCountsAsInTheWholeDocument() {
        // A coding object sits three deep: 509 more levels fit in the parser's 512, 510 do not.
        func coding(extraDepth: Int) -> Data {
            let note = String(repeating: "[", count: extraDepth) + String(repeating: "]", count: extraDepth)
            return Data(#"{"format": "wijk-codings", "formatVersion": 1, "coder": "anna", "codings": [{"interview": "r1", "question": "q", "fingerprint": "fnv1a64:0123456789abcdef", "code": "taal", "origin": "manual", "note": \#(note)}]}"#.utf8)
        }
        for depth in [508, 509, 510] {
            let whole = Result { try JSONParser.parse(coding(extraDepth: depth)) }
            let streamed = Result { try CodingFiles.decodeCodings(coding(extraDepth: depth), coder: "anna", path: "p") }
            #expect((try? whole.get()) != nil ? (try? streamed.get()) != nil : (try? streamed.get()) == nil, "\(depth)")
        }
    }

    @Test(arguments: [
        (#""#, "empty"),
        (#"{"format": "wijk-codings", "formatVersion": 1, "coder": "anna", "codings": []"#, "end"),
        (#"{"format": "wijk-codings", "formatVersion": 1, "coder": "anna", "codings": []} x"#, "after"),
        (#"{"format": "wijk-codings", "formatVersion": 1, "coder": "anna", "codings": [], "codings": []}"#, "twice"),
        (#"{"format": "wijk-codings", "format": "wijk-codings", "formatVersion": 1, "coder": "anna", "codings": []}"#, "twice"),
        (#"{"format": "wijk-codings", "formatVersion": 1, "coder": "anna", "codings": [{"code": "a", "code": "b"}]}"#, "twice"),
        (#"{"format": "wijk-codings", "formatVersion": 1, "coder": "anna", "codings": [{"interview": "r", "question": "q", "fingerprint": "fnv1a64:0123456789abcdef", "code": "c", "origin": "manual"} 2]}"#, "expected"),
        (#"{"format": "wijk-codings" "formatVersion": 1}"#, "expected"),
    ])
    func syntaxErrorsAreRefusedWithWhereTheyAre(text: String, word: String) {
        do {
            _ = try CodingFiles.decodeCodings(Data(text.utf8), coder: "anna", path: "p")
            Issue.record("accepted: \(text)")
        } catch {
            guard case .invalidFile(let path, let reason) = error else { Issue.record("\(error)"); return }
            #expect(path == "p")
            #expect(reason.lowercased().contains(word), "\(reason)")
        }
    }

    @Test func wrongShapesAreRefusedWithAReason() {
        func reason(_ text: String) -> String? {
            do { _ = try CodingFiles.decodeCodings(Data(text.utf8), coder: "anna", path: "p"); return nil } catch {
                if case .invalidFile(_, let reason) = error { return reason }
                return "\(error)"
            }
        }
        let head = #""format": "wijk-codings", "formatVersion": 1, "coder": "anna""#
        #expect(reason("[]") == "format ≠ wijk-codings")
        #expect(reason(#"{"format": "wijk-codebook", "formatVersion": 1, "coder": "anna", "codings": []}"#) == "format ≠ wijk-codings")
        #expect(reason("{\(head)}") == "codings")
        #expect(reason("{\(head), \"codings\": {}}") == "codings")
        #expect(reason("{\(head), \"codings\": [1]}") == "codings[0]")
        #expect(reason(#"{"format": "wijk-codings", "formatVersion": 1, "coder": "bert", "codings": [1]}"#) == "coder")
        #expect(reason("{\(head), \"codings\": [{\"interview\": \"r\", \"question\": \"q\", \"fingerprint\": \"fnv1a64:XYZ\", \"code\": \"c\", \"origin\": \"manual\"}]}") == "codings[0]")
        #expect(reason("{\(head), \"codings\": [{\"interview\": \"r\", \"question\": \"q\", \"fingerprint\": \"fnv1a64:0123456789abcdef\", \"code\": \"c\", \"origin\": \"robot\"}]}") == "codings[0].origin")
    }

    @Test func compareAcrossDifferentReadingOrders() {
        // Two sets built in a different order are equal when they hold the same codings.
        var a = CoderCodings(coder: "anna"), b = CoderCodings(coder: "anna")
        let one = AnswerKey(interview: "r1", question: "q"), two = AnswerKey(interview: "r2", question: "q")
        a.assign("x", to: one, fingerprint: AnswerFingerprint.of("1")); a.assign("y", to: two, fingerprint: AnswerFingerprint.of("2"))
        b.assign("y", to: two, fingerprint: AnswerFingerprint.of("2")); b.assign("x", to: one, fingerprint: AnswerFingerprint.of("1"))
        #expect(a == b)
        b.remove("x", from: one)
        #expect(a != b)
        #expect(b.count == 1 && b.codings(one).isEmpty && b.count(code: "y") == 1)
    }

    /// A file larger than the reading window (and with a coding longer than its look-ahead, and a
    /// late error) reads as when it is read whole.
    @Test func aLargeFileIsReadThroughAMovingWindow() throws {
        try withTempDir { dir in
            var codings = CoderCodings(coder: "anna")
            for n in 0..<40_000 {
                codings.assign(n % 3 == 0 ? "taal" : "netwerk", to: AnswerKey(interview: "interview-\(n)", question: n % 2 == 0 ? "beeld" : "aanbeveling"),
                               fingerprint: AnswerFingerprint.of("tekst \(n)"), origin: n % 5 == 0 ? .rule("taal|nederlands") : .manual)
            }
            // One coding whose rule alone is longer than the window's look-ahead.
            codings.assign("lang", to: AnswerKey(interview: "interview-7", question: "beeld"), fingerprint: AnswerFingerprint.of("x"),
                           origin: .rule(String(repeating: "a|", count: 800_000)))
            let folder = CodingFolder(data: dir)
            try folder.save(codings)
            #expect(try Data(contentsOf: folder.codingsURL("anna")).count > 2 * (4 << 20))   // twice the window
            #expect(try folder.loadCodings("anna") == codings)

            // Without the long one: read in the window alone.
            codings.remove("lang", from: AnswerKey(interview: "interview-7", question: "beeld"))
            try folder.save(codings)
            #expect(try folder.loadCodings("anna") == codings)
            let fd = open(folder.codingsURL("anna").path, O_RDONLY)
            defer { close(fd) }
            #expect(try CodingFiles.decodeCodings(file: fd, coder: "anna", path: "p", fallback: false) == codings)

            // A mistake near the end: the message of the whole file (line and column).
            var bytes = try Data(contentsOf: folder.codingsURL("anna"))
            let at = bytes.count - 200
            bytes[at] = UInt8(ascii: "@")
            try bytes.write(to: folder.codingsURL("anna"))
            var whole: CodingError?
            do throws(CodingError) { _ = try CodingFiles.decodeCodings(bytes, coder: "anna", path: folder.codingsURL("anna").path) } catch { whole = error }
            #expect(whole != nil)
            #expect(throws: whole!) { try folder.loadCodings("anna") }
        }
    }

    /// What lies beyond the window is the whole file's business: text after the document,
    /// and a byte order mark where the window moves to.
    @Test func theWindowLeavesTheRestToTheWholeFile() throws {
        try withTempDir { dir in
            var codings = CoderCodings(coder: "anna")
            for n in 0..<30_000 {
                codings.assign("taal", to: AnswerKey(interview: "r\(n)", question: "beeld"), fingerprint: AnswerFingerprint.of("\(n)"))
            }
            let folder = CodingFolder(data: dir)
            try folder.save(codings)
            var bytes = try Data(contentsOf: folder.codingsURL("anna"))
            #expect(bytes.count > 4 << 20)
            bytes.append(contentsOf: [UInt8](repeating: 0x20, count: 5 << 20) + [UInt8(ascii: "x")])
            try bytes.write(to: folder.codingsURL("anna"))
            #expect(throws: CodingError.self) { try folder.loadCodings("anna") }

            // A mark where a window starts: refused by the window, as by the whole file.
            let url = dir.appendingPathComponent("bom")
            let at = (4 << 20) - (1 << 19)   // half a megabyte before the first window's end: it moves here
            try Data([UInt8](repeating: 0x20, count: at) + [0xEF, 0xBB, 0xBF] + Array("{}".utf8)
                     + [UInt8](repeating: 0x20, count: 2 << 20)).write(to: url)
            let fd = open(url.path, O_RDONLY)
            defer { close(fd) }
            let window = CodingsWindow(fd: fd)
            try window.start()
            var parser = JSONByteParser(window.bytes, maxDepth: 512)
            parser.pos = at
            #expect(throws: CodingsWindow.ReadFailed.self) { try window.ensure(&parser) }
        }
    }
}
