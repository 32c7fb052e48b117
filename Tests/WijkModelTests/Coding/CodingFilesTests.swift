import Foundation
import Testing
@testable import WijkModel

@Suite struct CodingFilesTests {
    @Test func fingerprintIsFNV1a64() {
        // Reference values of FNV-1a 64 (the empty string is the offset basis).
        #expect(AnswerFingerprint.of("") == "fnv1a64:cbf29ce484222325")
        #expect(AnswerFingerprint.of("a") == "fnv1a64:af63dc4c8601ec8c")
        #expect(AnswerFingerprint.of("foobar") == "fnv1a64:85944171f73967e8")
        #expect(AnswerFingerprint.of("taal ") != AnswerFingerprint.of("taal"))
        #expect(AnswerFingerprint.isValid(AnswerFingerprint.of("é")))
        #expect(!AnswerFingerprint.isValid("fnv1a64:XYZ"))
    }

    @Test func codebookRoundTrip() throws {
        var book = CodeBook()
        try book.create(name: "Drempels", description: "Wat contact in de weg staat", color: "#ff0000")
        try book.create(name: "Taal \"en\" zo", parent: "drempels")
        let data = CodingFiles.encode(book)
        let back = try CodingFiles.decodeCodebook(data, path: "x")
        #expect(back == book)
        #expect(back.code("drempels")?.color == "#FF0000")
        #expect(String(decoding: data, as: UTF8.self).contains("\"format\": \"wijk-codebook\""))
    }

    @Test func codingsRoundTrip() throws {
        let key = AnswerKey(interview: "r1", question: "beeld")
        let codings = CoderCodings(coder: "anna", codings: [
            Coding(answer: key, fingerprint: AnswerFingerprint.of("x"), code: "taal"),
            Coding(answer: AnswerKey(interview: "r0", question: "advies.other"), fingerprint: AnswerFingerprint.of("y"),
                   code: "geld", origin: .rule("geld|subsidie")),
        ])
        let back = try CodingFiles.decodeCodings(CodingFiles.encode(codings), coder: "anna", path: "x")
        #expect(back == codings)
        #expect(back.all.first?.answer.interview == "r0")   // file order
        #expect(back.all.first?.origin == .rule("geld|subsidie"))
    }

    @Test func badFilesAreRefusedWithAReason() {
        #expect(throws: CodingError.self) { try CodingFiles.decodeCodebook(Data("{".utf8), path: "p") }
        #expect(throws: CodingError.invalidFile(path: "p", reason: "format ≠ wijk-codebook")) {
            try CodingFiles.decodeCodebook(Data(#"{"format":"wijk-response"}"#.utf8), path: "p")
        }
        #expect(throws: CodingError.invalidFile(path: "p", reason: "codes[0]")) {
            try CodingFiles.decodeCodebook(Data(#"{"format":"wijk-codebook","formatVersion":1,"codes":[{"id":"../x","name":"a"}]}"#.utf8), path: "p")
        }
        #expect(throws: CodingError.invalidFile(path: "p", reason: "a.parent")) {
            try CodingFiles.decodeCodebook(Data(#"{"format":"wijk-codebook","formatVersion":1,"codes":[{"id":"a","name":"a","parent":"b"},{"id":"b","name":"b","parent":"a"}]}"#.utf8), path: "p")
        }
        #expect(throws: CodingError.invalidFile(path: "p", reason: "formatVersion")) {
            try CodingFiles.decodeCodings(Data(#"{"format":"wijk-codings","formatVersion":2,"coder":"a","codings":[]}"#.utf8), coder: "a", path: "p")
        }
        #expect(throws: CodingError.invalidFile(path: "p", reason: "coder")) {
            try CodingFiles.decodeCodings(Data(#"{"format":"wijk-codings","formatVersion":1,"coder":"b","codings":[]}"#.utf8), coder: "a", path: "p")
        }
    }
}
