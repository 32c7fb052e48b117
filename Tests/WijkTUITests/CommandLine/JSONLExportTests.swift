import Foundation
import Testing

/// `export jsonl` keeps what each file says: unknown keys, timestamps and numbers as written.
@Suite("Export jsonl keeps the files' content")
struct JSONLExportTests {
    @Test func linesAreTheFilesObjectsCompacted() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wijk-jsonl-\(UUID().uuidString)")
        #expect(try WijkBinary.run(["generate", "--count", "3", "--seed", "8", "--out", dir.path]).status == 0)
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted().first)
        let url = dir.appendingPathComponent(name)
        var text = try String(contentsOf: url, encoding: .utf8)
        // An unknown key with a number beyond 2^53 and a C1 control, and a timestamp without milliseconds.
        text = text.replacingOccurrences(of: "\"variant\": ", with: "\"extra\": {\"big\": 9007199254740993, \"e\": 1.50E+3, \"t\": \"a\\u00e9 \u{9B}x\"},\n  \"variant\": ")
        let created = try #require(text.range(of: #""createdAt": "[^"]*""#, options: .regularExpression))
        let original = String(text[created])
        let shortened = original.replacingOccurrences(of: ".000Z", with: "Z")
        text.replaceSubrange(created, with: shortened)
        try Data(text.utf8).write(to: url)
        #expect(try WijkBinary.run(["validate", url.path]).status == 0)

        let r = try WijkBinary.run(["export", "jsonl", url.path, "--include-drafts"])
        #expect(r.status == 0, "\(r.stderr)")
        let line = r.stdout
        #expect(line.hasSuffix("}\n") && line.filter { $0 == "\n" }.count == 1)
        #expect(line.contains("\"extra\":{\"big\":9007199254740993,\"e\":1.50E+3,\"t\":\"a\\u00e9 \\u009bx\"}"), "\(line.prefix(400))")
        #expect(line.contains(shortened.replacingOccurrences(of: ": ", with: ":")))
        // Apart from whitespace outside strings and the C1 escape, the bytes are the file's.
        let expected = text.replacingOccurrences(of: "\u{9B}", with: "\\u009b")
        #expect(Self.strip(expected) == Self.strip(line))
    }

    /// To standard output the rows wait in a spill in the temporary folder; a $TMPDIR that
    /// does not exist (a stale setting) falls back to /tmp instead of failing the pipe.
    @Test func standardOutputWithAStaleTemporaryFolder() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wijk-jsonl-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try WijkBinary.run(["generate", "--count", "4", "--seed", "8", "--out", dir.path]).status == 0)
        let r = try WijkBinary.run(["export", "jsonl", dir.path, "--include-drafts"],
                                   environment: ["TMPDIR": dir.appendingPathComponent("weg").path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.filter { $0 == "\n" }.count == 4)
    }

    /// Whitespace outside strings removed (the test's own small compactor).
    static func strip(_ json: String) -> String {
        var out = "", inString = false, escaped = false
        for c in json {
            if inString {
                if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == "\"" { inString = false }
                out.append(c)
            } else if !c.isWhitespace {
                if c == "\"" { inString = true }
                out.append(c)
            }
        }
        return out
    }
}
