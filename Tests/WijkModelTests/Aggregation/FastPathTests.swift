import Foundation
import Testing
@testable import WijkModel

/// The byte scanner (fast path) against the full parser + decoder + validator:
/// the same summary, to the byte, on generated data and on odd or broken files.
@Suite("Aggregation fast path")
struct FastPathTests {
    static let today = SampleData.today

    /// Generated interviews, plus files that are valid in unusual spellings and files that are not.
    static func writeData(to dir: URL) throws {
        let responses = SampleData.generate(count: 240, seed: 11)
        for (i, r) in responses.enumerated() {
            try r.encoded().write(to: dir.appendingPathComponent(String(format: "r%04d.json", i)))
        }
        func text(_ r: Response) -> String { String(decoding: r.encoded(), as: UTF8.self) }
        func put(_ name: String, _ s: String) throws { try Data(s.utf8).write(to: dir.appendingPathComponent(name)) }
        func object(_ r: Response) -> [(key: String, value: JSONValue)] {
            guard case .object(let o) = r.toJSON() else { return [] }
            return o.entries
        }
        let base = responses.first { $0.status == .complete && $0.variant == "wijkteam" }!
        let other = responses.last { $0.status == .complete && $0.variant == "migrantenorganisatie" }!

        // Keys in reverse order, unknown keys with nested values.
        var entries = Array(object(base).reversed())
        entries.insert(("extra", .object(JSONObject([("nested", .array([.number(1), .object(JSONObject([("a", .null)]))]))]))), at: 2)
        var odd = base; odd.id = "ODD-ORDER"
        entries = entries.map { $0.key == "id" ? ("id", .string(odd.id)) : $0 }
        try put("odd-order.json", JSONWriter.write(.object(JSONObject(entries)), pretty: false))

        // Escaped strings and \u escapes in texts and values; a BOM.
        var escaped = other; escaped.id = "ESCAPED"
        escaped.answers[MetadataID.organisation] = .text("Stichting \"De Brug\" \\ Café\nnaast")
        var s = text(escaped).replacingOccurrences(of: "Caf\u{e9}", with: "Caf\\u00e9")
        s = s.replacingOccurrences(of: "\"interviewer\": \"", with: "\"interviewer\": \"\\u0041 ")
        try put("escaped.json", "\u{FEFF}" + s)

        // Numbers spelled 1.0 / 1e1 for whole numbers; specials with extra keys; null optionals.
        var numbers = base; numbers.id = "NUMBERS"; numbers.completedAt = nil
        numbers.answers["teamgrootte"] = .number(10)
        numbers.answers["kent_leefwereld"] = .dontKnow
        s = text(numbers).replacingOccurrences(of: "\"teamgrootte\": 10", with: "\"teamgrootte\": 1e1")
        s = s.replacingOccurrences(of: "{\n      \"special\": \"dontKnow\"\n    }", with: "{\"x\": [1, 2], \"special\": \"dontKnow\"}")
        s = s.replacingOccurrences(of: "\"formatVersion\": 1", with: "\"formatVersion\": 1.0, \"remarks\": null")
        s = s.replacingOccurrences(of: "\"remarks\": {", with: "\"oldRemarks\": {")
        try put("numbers.json", s)

        // Duplicate keys: invalid, with line and column, on both paths.
        var dup = base; dup.id = "DUPLICATE-KEYS"
        s = text(dup).replacingOccurrences(of: "\"status\": \"complete\"", with: "\"status\": \"draft\", \"status\": \"complete\"")
        try put("dup-top.json", s)
        s = text(dup).replacingOccurrences(of: "\"answers\": {", with: "\"answers\": {\"gemeente\": \"Nergens\",")
        try put("dup-answer.json", s.replacingOccurrences(of: "DUPLICATE-KEYS", with: "DUPLICATE-ANSWER"))
        // An escaped key spelling a known key.
        s = text(dup).replacingOccurrences(of: "\"gemeente\":", with: "\"gem\\u0065ente\":")
        try put("escaped-key.json", s.replacingOccurrences(of: "DUPLICATE-KEYS", with: "ESCAPED-KEY"))

        // Broken: bad audit timestamp, newer format, truncated, unknown answer key, null answer, bad special.
        s = text(other).replacingOccurrences(of: "OTHER", with: "X")
        if let r = s.range(of: "\"at\": \"") { s.replaceSubrange(r, with: "\"at\": \"nonsense") }
        try put("bad-audit.json", s.replacingOccurrences(of: other.id, with: "BAD-AUDIT"))
        try put("newer.json", text(other).replacingOccurrences(of: "\"formatVersion\": 1", with: "\"formatVersion\": 2")
            .replacingOccurrences(of: other.id, with: "NEWER"))
        try put("truncated.json", String(text(other).prefix(900)))
        try put("unknown-answer.json", text(other).replacingOccurrences(of: "\"answers\": {", with: "\"answers\": {\"zzz\": 1,")
            .replacingOccurrences(of: other.id, with: "UNKNOWN-ANSWER"))
        try put("null-answer.json", text(other).replacingOccurrences(of: "\"answers\": {", with: "\"answers\": {\"beeld\": null,")
            .replacingOccurrences(of: other.id, with: "NULL-ANSWER"))
        try put("bad-special.json", text(numbers).replacingOccurrences(of: "\"dontKnow\"", with: "\"maybe\"")
            .replacingOccurrences(of: "NUMBERS", with: "BAD-SPECIAL"))
        // Audit entries with old and new values (Wijk's own spelling, read by the quick matcher),
        // valid and with an old value no answer can have.
        var changed = other; changed.id = "AUDIT-CHANGES"
        let at = changed.audit.last?.at ?? changed.updatedAt
        changed.audit += [
            AuditEntry(at: at, event: "change", question: "gemeente", old: .text("Oud"), new: .text("Nieuw")),
            AuditEntry(at: at, event: "change", question: "achterban", old: .choices(["turks"]), new: .dontKnow),
            AuditEntry(at: at, event: "remark", question: nil, old: nil, new: .number(3)),
        ]
        try put("audit-changes.json", text(changed))
        var badOld = changed; badOld.id = "AUDIT-BAD-OLD"
        badOld.audit.append(AuditEntry(at: at, event: "change", question: "gemeente", old: .text("MARKER")))
        try put("audit-bad-old.json", text(badOld).replacingOccurrences(of: "\"MARKER\"", with: "{\"special\": \"maybe\"}"))
        try put("not-object.json", "[1, 2]")
        try put("empty.json", "")
    }

    static func summaries(filter: ResponseFilter = ResponseFilter(includeDrafts: true), group: Bool = false,
                          workers: Int = 2) throws -> (fast: String, full: String) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wijk-fast-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try writeData(to: dir)
        var options = AggregationOptions(filter: filter, groupByGemeente: group,
                                         crossTabs: [CrossTabRequest(row: "contact", column: "kent_leefwereld")],
                                         workers: workers, lang: .en, today: today)
        let fast = Aggregator(questionnaires: BundledQuestionnaires.all, options: options).summarize(paths: [dir.path])
        options.fastPath = false
        let full = Aggregator(questionnaires: BundledQuestionnaires.all, options: options).summarize(paths: [dir.path])
        #expect(fast.invalid.count == 11, "\(fast.invalid.map { ($0.file as NSString).lastPathComponent })")
        // Duplicate keys make a file invalid on both paths (null-answer.json repeats "beeld" too).
        for name in ["dup-top.json", "dup-answer.json", "null-answer.json"] {
            let report = fast.invalid.first { $0.file.hasSuffix("/" + name) }
            #expect(report?.problems.first?.message.contains("occurs twice in the same object") == true, "\(name)")
        }
        #expect(fast.counted > 200)
        return (JSONWriter.write(SummaryJSON.encode(fast, lang: .en)), JSONWriter.write(SummaryJSON.encode(full, lang: .en)))
    }

    @Test func sameSummaryAsTheFullPath() throws {
        let (fast, full) = try Self.summaries()
        #expect(fast == full)
        #expect(fast.contains("Stichting \\\"De Brug\\\" \\\\ Café\\nnaast"))
    }

    @Test func sameSummaryGroupedAndFiltered() throws {
        let (fast, full) = try Self.summaries(filter: ResponseFilter(from: "2026-01-01", to: "2026-12-31"), group: true, workers: 1)
        #expect(fast == full)
    }

    @Test func generatedFilesTakeTheFastPath() throws {
        let pass = AggregationPass(questionnaires: BundledQuestionnaires.all,
                                   options: AggregationOptions(lang: .en, today: Self.today))
        var record = ResponseRecord(), fast = 0
        let responses = SampleData.generate(count: 100, seed: 5)
        for (i, var r) in responses.enumerated() {
            if i.isMultiple(of: 2) {   // changed answers in the audit trail too
                r.audit.append(AuditEntry(at: r.updatedAt, event: "change", question: "gemeente",
                                          old: .text("A"), new: .choices(["b", "c"])))
            }
            let data = r.encoded()
            let ok = data.withUnsafeBytes { bytes -> Bool in
                guard let l = ResponseScanner.scan(bytes, into: &record, judge: pass.judge) else { return false }
                return pass.layouts[l].check(&record, today: Self.today).certainlyValid
            }
            if ok { fast += 1 }
        }
        #expect(fast == responses.count)
    }

    @Test func scannerRefusesWhatTheDecoderRefuses() {
        let pass = AggregationPass(questionnaires: BundledQuestionnaires.all,
                                   options: AggregationOptions(lang: .en, today: Self.today))
        var record = ResponseRecord()
        let r = SampleData.generate(count: 1, seed: 3)[0]
        let good = String(decoding: r.encoded(), as: UTF8.self)
        let variants = [
            good.replacingOccurrences(of: "\"device\":", with: "\"device\": null, \"x\":"),
            good.replacingOccurrences(of: "\"id\": \"", with: "\"id\": \"\", \"y\": \""),
            good.replacingOccurrences(of: "\"status\": \"", with: "\"status\": \"x"),
            good + " x",
            good.replacingOccurrences(of: "\"audit\": [", with: "\"audit\": [{\"event\": \"a\"},"),
        ]
        for text in variants {
            let scanned = Data(text.utf8).withUnsafeBytes { ResponseScanner.scan($0, into: &record, judge: pass.judge) }
            #expect(scanned == nil, "\(text.prefix(200))")
        }
    }
    /// The scanner remembers the day of an audit timestamp it checked and then
    /// only checks the time of day of entries on that day: each must still be checked.
    @Test func auditTimesOnTheSameDayAreEachChecked() throws {
        let pass = AggregationPass(questionnaires: BundledQuestionnaires.all,
                                   options: AggregationOptions(lang: .en, today: Self.today))
        var record = ResponseRecord()
        var r = SampleData.generate(count: 1, seed: 5)[0]
        let day = try #require(Timestamp.parse("2026-03-02T09:00:00.000Z"))
        r.audit = [AuditEntry(at: day, event: "start"),
                   AuditEntry(at: day.addingTimeInterval(3_600), event: "answer", question: "gemeente"),
                   AuditEntry(at: day.addingTimeInterval(7_200), event: "answer", question: "wijk")]
        let good = String(decoding: r.encoded(), as: UTF8.self)
        func scans(_ text: String) -> Bool {
            Data(text.utf8).withUnsafeBytes { ResponseScanner.scan($0, into: &record, judge: pass.judge) } != nil
        }
        #expect(scans(good))
        #expect(scans(good.replacingOccurrences(of: "T11:00:00.000Z", with: "T23:59:59.999Z")))
        for bad in ["T24:00:00.000Z", "T11:60:00.000Z", "T11:00:60.000Z", "T11:00:00.00xZ", "T11:00:00.000+",
                    "T1a:00:00.000Z"] {
            let text = good.replacingOccurrences(of: "T11:00:00.000Z", with: bad)
            #expect(!scans(text), "\(bad)")
            #expect(Timestamp.parse("2026-03-02" + bad) == nil)
        }
        // Another spelling of a valid time on the same day is read by the full parser.
        let lower = good.replacingOccurrences(of: "T11:00:00.000Z", with: "t11:00:00.000Z")
        #expect(Timestamp.parse("2026-03-02t11:00:00.000Z") != nil)
        #expect(scans(lower))
        // A different, impossible day after a valid one.
        #expect(!scans(good.replacingOccurrences(of: "2026-03-02T11:00", with: "2026-02-30T11:00")))
    }

    /// Answer keys and choice codes are found by their raw bytes, unchecked,
    /// when every key of the table is a plain string: an escape, a control
    /// character or a broken byte then misses the table and the full path
    /// decides. A table with a code that must be escaped in JSON is read
    /// checked, so a raw control character never passes as that code.
    @Test func keysAndCodesUncheckedOnlyWhenTheirTablesArePlain() throws {
        var r = SampleData.generate(count: 1, seed: 3)[0]
        r.answers["drempels"] = .choices(["taal"])
        let good = String(decoding: r.encoded(), as: UTF8.self)
        func scans(_ text: String, _ questionnaires: [Questionnaire] = BundledQuestionnaires.all) -> Bool {
            let pass = AggregationPass(questionnaires: questionnaires, options: AggregationOptions(lang: .en, today: Self.today))
            var record = ResponseRecord()
            return Data(text.utf8).withUnsafeBytes { ResponseScanner.scan($0, into: &record, judge: pass.judge) } != nil
        }
        #expect(scans(good))
        // Other spacing than Wijk's around a key's colon and between members is read all the same.
        #expect(scans(good.replacingOccurrences(of: "\"gemeente\": ", with: "\"gemeente\"\t:\n  ")))
        #expect(scans(good.replacingOccurrences(of: ",\n    \"", with: " ,\"")))
        #expect(scans(good.replacingOccurrences(of: ",\n      \"", with: "  ,  \"")))
        for bad in [("\"gemeente\":", "\"gemeent\\u0065\":"), ("\"gemeente\":", "\"gemeente\u{01}\":"),
                    ("\"taal\"", "\"ta\\u0061l\""), ("\"taal\"", "\"taal\u{01}\""), ("\"taal\"", "\"taal\\\"")] {
            #expect(good.contains(bad.0))
            #expect(!scans(good.replacingOccurrences(of: bad.0, with: bad.1)), "\(bad.1)")
        }
        // A code that JSON must escape: its table is not plain.
        let index = try #require(BundledQuestionnaires.all.firstIndex { $0.variant == r.variant })
        var questionnaires = BundledQuestionnaires.all
        let list = try #require(questionnaires[index].choiceLists["drempels"])
        let at = try #require(list.choices.firstIndex { $0.value == "taal" })
        questionnaires[index].choiceLists["drempels"]!.choices[at].value = "ta\u{01}al"
        let pass = AggregationPass(questionnaires: questionnaires, options: AggregationOptions(lang: .en, today: Self.today))
        let slot = try #require(pass.layouts[index].indexByID["drempels"])
        #expect(!pass.layouts[index].rules[slot].codeTable.plain)
        #expect(pass.layouts[index].keyTable.plain)
        let raw = good.replacingOccurrences(of: "\"taal\"", with: "\"ta\u{01}al\"")
        let escaped = good.replacingOccurrences(of: "\"taal\"", with: "\"ta\\u0001al\"")
        #expect(!scans(raw, questionnaires))       // not JSON: a control character inside a string
        #expect(!scans(escaped, questionnaires))   // JSON, with an escape: the full path reads it
        #expect(scans(good.replacingOccurrences(of: "\"drempels\": [\n      \"taal\"\n    ]", with: "\"drempels\": []"),
                      questionnaires))
    }
}
