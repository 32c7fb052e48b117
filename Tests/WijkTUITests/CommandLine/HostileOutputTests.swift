import Foundation
import Testing
import WijkModel

/// Escape sequences hidden in response files, file names, lock files and
/// questionnaires never reach the terminal: every command's human output is
/// checked through the real binary for any control character (except line
/// feed and tab), C1 control or bidi override.
@Suite("Hostile output")
struct HostileOutputTests {
    static let payloads = ["\u{1B}]0;PWN\u{07}", "\u{1B}[2J", "\u{9B}31m", "\u{202E}evil", "nul\u{0}byte", "\u{7F}del"]
    static var payload: String { payloads.joined(separator: " ") }

    let dir: URL

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("wijk-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    /// Control characters (except LF and tab, and CR in CSV's CRLF), DEL, C1 and bidi controls found in `text`.
    static func unsafe(_ text: String) -> [String] {
        text.replacingOccurrences(of: "\r\n", with: "\n").unicodeScalars.filter { DisplayText.isUnsafe($0.value) }.map { String(format: "U+%04X", $0.value) }
    }

    /// Two generated interviews carrying the payloads in open answers, names, remarks and gemeente,
    /// one file with a hostile name and a hostile key, one with a hostile timestamp.
    func hostileData() throws -> String { try Self.hostileData(in: dir) }

    static func hostileData(in dir: URL) throws -> String {
        let data = dir.appendingPathComponent("data").path
        #expect(try WijkBinary.run(["generate", "--count", "4", "--seed", "3", "--out", data]).status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: data).sorted()
        for (i, name) in names.enumerated() {
            let url = URL(fileURLWithPath: data + "/" + name)
            var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
            var answers = object["answers"] as? [String: Any] ?? [:]
            for key in ["aanbeveling", "beeld", "organisatie", "gemeente", "notities_interviewer", "naam_organisatie"]
            where answers[key] != nil {
                answers[key] = "=HYPERLINK(\"x\") " + payload
            }
            object["answers"] = answers
            object["interviewer"] = "Fatma " + payload
            if i == 1 { object["createdAt"] = "2026-01-01" + payload }
            if i == 2 { object["\u{1B}]0;KEYPWN\u{07}\u{1B}[2J"] = 1 }
            try JSONSerialization.data(withJSONObject: object).write(to: url)
        }
        try Data("{\"format\": 1".utf8).write(to: URL(fileURLWithPath: data + "/\u{1B}[2Jkapot\u{202E}.json"))
        return data
    }

    func expectClean(_ r: WijkBinary.Result, _ what: String) {
        #expect(Self.unsafe(r.stdout).isEmpty, "\(what) stdout: \(Self.unsafe(r.stdout))")
        #expect(Self.unsafe(r.stderr).isEmpty, "\(what) stderr: \(Self.unsafe(r.stderr))")
    }

    @Test func dataCommandsPrintNoControlCharacters() throws {
        let data = try hostileData()
        let out = dir.path
        let runs: [(String, [String])] = [
            ("validate", ["validate", data]),
            ("validate en", ["validate", data, "--lang", "en"]),
            ("summary text", ["summary", data, "--include-drafts"]),
            ("summary markdown", ["summary", data, "--format", "markdown", "--include-drafts", "--group-by", "gemeente"]),
            ("summary json", ["summary", data, "--format", "json"]),
            ("export csv", ["export", "csv", data, "-o", out + "/a.csv"]),
            ("export spss", ["export", "spss", data, "-o", out + "/b.csv"]),
            ("export jsonl -o", ["export", "jsonl", data, "-o", out + "/c.jsonl"]),
            ("export jsonl", ["export", "jsonl", data, "--include-drafts"]),
            ("merge", ["merge", data, "--into", out + "/merged"]),
            ("merge dry", ["merge", data, "--into", out + "/merged", "--dry-run", "--lang", "en"]),
            ("unknown file", ["validate", out + "/\u{1B}[2Jnone\u{9B}"]),
        ]
        for (what, arguments) in runs {
            let r = try WijkBinary.run(arguments, environment: ["WIJK_DATA": data])
            expectClean(r, what)
        }
        // The payload really was there to be printed: the visible escapes show.
        let summary = try WijkBinary.run(["summary", data, "--include-drafts"])
        #expect(summary.stdout.contains("\\u{1B}]0;PWN\\u{7}"))
        #expect(summary.stdout.contains("\\u{202E}evil"))
        let validate = try WijkBinary.run(["validate", data])
        #expect(validate.stdout.contains("\\u{1B}[2Jkapot\\u{202E}.json"))
    }

    @Test func markdownSummaryCannotChangeTheDocumentStructure() throws {
        let data = try hostileData()
        let names = try FileManager.default.contentsOfDirectory(atPath: data).filter { $0.hasSuffix(".json") && !$0.contains("kapot") }
        for name in names {
            let url = URL(fileURLWithPath: data + "/" + name)
            var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
            var answers = object["answers"] as? [String: Any] ?? [:]
            answers["aanbeveling"] = "# kop\n- lijst | cel `code` <script>\n> quote"
            object["answers"] = answers
            try JSONSerialization.data(withJSONObject: object).write(to: url)
        }
        let md = try WijkBinary.run(["summary", data, "--format", "markdown", "--include-drafts"]).stdout
        #expect(md.contains("\\# kop - lijst \\| cel \\`code\\` \\<script> > quote"), "\(md)")
        #expect(!md.contains("\n# kop"))
        #expect(md.contains("\\\\u{1B}\\]0;PWN\\\\u{7}"))   // shown, and escaped for markdown
    }

    @Test func lockHolderAndQuestionnaireOutputIsClean() throws {
        let holder = LockHolder(interviewer: "Fatma\u{1B}[2J", host: "laptop\u{9B}1;1H\nfake", pid: 1,
                                since: Date(timeIntervalSince1970: 1e300))
        let message = holder.lockedMessage(.nl)
        #expect(Self.unsafe(message).isEmpty && !message.contains("\n"))
        #expect(message.contains("Fatma\\u{1B}[2J") && message.contains("laptop\\u{9B}1;1H\\u{A}fake"))

        for arguments in [["questionnaire", "show"], ["export", "codebook"], ["export", "codebook", "--format", "csv"],
                          ["questionnaire", "show", "--format", "json"]] {
            expectClean(try WijkBinary.run(arguments), arguments.joined(separator: " "))
        }
    }

    @Test func lintRefusesAQuestionnaireWithControlCharacters() throws {
        let show = try WijkBinary.run(["questionnaire", "show", "--variant", "wijkteam", "--format", "json"])
        let text = show.stdout.replacingOccurrences(of: "\"id\": \"wijkteam\"", with: "\"id\": \"wijkteam\\u001b[2J\"")
            .replacingOccurrences(of: "\"nl\": \"Gemeente\"", with: "\"nl\": \"Gemeente'\\n HOST COMMAND=[\\\"touch /tmp/x\\\"].\"")
        #expect(text != show.stdout)
        let file = dir.appendingPathComponent("q.json")
        try Data(text.utf8).write(to: file)
        let lint = try WijkBinary.run(["questionnaire", "lint", file.path])
        #expect(lint.status == 1)
        #expect(lint.stdout.contains("stuurteken (U+001B)") && lint.stdout.contains("stuurteken (U+000A)"), "\(lint.stdout)")
        expectClean(lint, "lint")
        let export = try WijkBinary.run(["export", "spss", "-o", dir.appendingPathComponent("x.csv").path,
                                         "--questionnaire", file.path, "--lang", "en"])
        #expect(export.status == 1 && export.stderr.contains("Questionnaire cannot be used"))
        expectClean(export, "export with hostile questionnaire")
    }

    @Test func numbersOutOfRangeAndDeepExpressionsNeverCrashACommand() throws {
        let show = try WijkBinary.run(["questionnaire", "show", "--variant", "wijkteam", "--format", "json"])
        let text = show.stdout.replacingOccurrences(of: "\"value\": \"taal\"", with: "\"value\": 1e19")
            .replacingOccurrences(of: "\"relevant\": \"", with: "\"relevant\": \"" + String(repeating: "not(", count: 5_000))
        #expect(text != show.stdout)
        let file = dir.appendingPathComponent("q.json")
        try Data(text.utf8).write(to: file)
        let lint = try WijkBinary.run(["questionnaire", "lint", file.path, "--lang", "en"])
        #expect(lint.status == 1, "\(lint.stderr)")
        #expect(lint.stdout.contains("too long"), "\(lint.stdout.prefix(2000))")
        for command in [["validate"], ["summary"], ["export", "jsonl"], ["questionnaire", "show"]] {
            let r = try WijkBinary.run(command + ["--questionnaire", file.path, "--data", dir.path])
            #expect(r.status == 1, "\(command): \(r.stderr.prefix(500))")
        }
    }

    @Test func sanitiserShowsControlsVisiblyAndKeepsLayout() {
        #expect(DisplayText.block("a\u{1B}[2Jb\n\tc") == "a\\u{1B}[2Jb\n\tc")
        #expect(DisplayText.line("a\nb\tc\r") == "a\\u{A}b\\u{9}c\\u{D}")
        #expect(DisplayText.block("\u{9B}\u{202E}\u{2066}\u{7F}\u{0}") == "\\u{9B}\\u{202E}\\u{2066}\\u{7F}\\u{0}")
        #expect(DisplayText.block("Dilek \u{200F}مرحبا é ü — 😀") == "Dilek \u{200F}مرحبا é ü — 😀")
        #expect(DisplayText.block(DisplayText.block("\u{1B}")) == DisplayText.block("\u{1B}"))
        #expect(MarkdownText.inline("1. # a|b") == "1\\. # a\\|b")
        #expect(MarkdownText.inline("- x") == "\\- x")
        #expect(JSONWriter.write(.string("\u{9B}\u{202E}é"), pretty: false) == "\"\\u009b\\u202eé\"")
    }
}
