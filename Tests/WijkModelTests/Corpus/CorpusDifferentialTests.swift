import Foundation
import Testing
@testable import WijkModel

/// One nasty folder, every command: validate, summary, the results'
/// drill-down loader, the exports (csv, spss, jsonl) and `merge --dry-run`
/// must name the same counted files and leave out the same files.
@Suite struct CorpusDifferentialTests {
    typealias F = AggregationFixtures
    static let questionnaires = BundledQuestionnaires.all
    static let filter = ResponseFilter(includeDrafts: true)

    /// Writes the fixture into `root/data` (plus a file outside it); returns the data folder.
    static func writeNastyFolder(_ root: URL) throws -> URL {
        let fm = FileManager.default
        let data = root.appendingPathComponent("data"), laptop2 = data.appendingPathComponent("laptop2")
        let outside = root.appendingPathComponent("outside")
        for dir in [data, laptop2, outside] { try fm.createDirectory(at: dir, withIntermediateDirectories: true) }
        func write(_ r: Response, _ dir: URL, _ name: String? = nil) throws {
            try r.encoded().write(to: dir.appendingPathComponent(name ?? r.id + ".json"))
        }
        let day = 86_400.0
        // Plain interviews of both variants, a draft among them.
        for (i, variant) in ["wijkteam", "migrantenorganisatie", "wijkteam", "migrantenorganisatie"].enumerated() {
            try write(F.response("plain-\(i)", variant: variant, gemeente: i % 2 == 0 ? "Utrecht" : "Zwolle",
                                 ["contact": .bool(i % 2 == 0)]), data)
        }
        try write(F.response("draft-1", variant: "wijkteam", gemeente: "Utrecht", status: .draft, [:]), data)
        // A later edit on a laptop whose clock is a day behind: the counter decides.
        var early = F.response("clock", variant: "wijkteam", gemeente: "Utrecht", updated: 10 * day, [:])
        early.revision = 2
        var later = early
        later.revision = 3
        later.updatedAt = Date(timeIntervalSince1970: 9 * day)
        later.answers[MetadataID.gemeente] = .text("Zwolle")
        try write(early, data); try write(later, laptop2)
        // An older revision (same counter, earlier time), an identical copy, a same-time conflict.
        let older = F.response("dup", variant: "migrantenorganisatie", gemeente: "Zwolle", updated: 1_000, [:])
        var newer = older
        newer.updatedAt = Date(timeIntervalSince1970: 2_000)
        try write(newer, data); try write(older, laptop2)
        let copy = F.response("copy", variant: "wijkteam", gemeente: "Utrecht", [:])
        try write(copy, data); try write(copy, laptop2)
        let tie = F.response("tie", variant: "wijkteam", gemeente: "Utrecht", [:])
        var other = tie
        other.answers[MetadataID.gemeente] = .text("Amersfoort")
        try write(tie, data); try write(other, laptop2)
        // A conflict copy as merge keeps it.
        try write(other, data, "tie.conflict-0badc0de.json")
        // Files the fast path doubts but that are valid: compact, and with an escaped key.
        let compact = F.response("compact", variant: "migrantenorganisatie", gemeente: "Zwolle", [:])
        try Data(JSONWriter.write(compact.toJSON(), pretty: false).utf8).write(to: data.appendingPathComponent("compact.json"))
        let escaped = String(decoding: F.response("escaped", variant: "wijkteam", gemeente: "Utrecht", [:]).encoded(), as: UTF8.self)
            .replacingOccurrences(of: "\"variant\"", with: "\"vari\\u0061nt\"")
        try Data(escaped.utf8).write(to: laptop2.appendingPathComponent("escaped.json"))
        // Invalid: a bad choice, a bad id, broken JSON, an oversize (sparse) file.
        try write(F.response("badchoice", variant: "wijkteam", gemeente: "Utrecht", ["contact": .text("misschien")]), data)
        var badID = F.response("x", variant: "wijkteam", gemeente: "Utrecht", [:])
        badID.id = "../../etc/passwd"
        try write(badID, data, "badid.json")
        try Data("{\"format\": \"wijk-response\", \"id\": ".utf8).write(to: data.appendingPathComponent("broken.json"))
        let big = data.appendingPathComponent("big.json").path
        #expect(fm.createFile(atPath: big, contents: nil) && truncate(big, off_t(CorpusReader.maxFileSize + 1)) == 0)
        // Never read: a FIFO, a temporary, a link to `/`, a link to a file outside.
        #expect(mkfifo(data.appendingPathComponent("pipe.json").path, 0o600) == 0)
        try write(F.response("tmp", variant: "wijkteam", gemeente: "Utrecht", [:]), data, ".plain-0.json.0123.tmp")
        try fm.createSymbolicLink(atPath: data.appendingPathComponent("root").path, withDestinationPath: "/")
        try write(F.response("secret", variant: "wijkteam", gemeente: "Utrecht", [:]), outside, "secret.json")
        try fm.createSymbolicLink(atPath: data.appendingPathComponent("shadow.json").path,
                                  withDestinationPath: outside.appendingPathComponent("secret.json").path)
        return data
    }

    @Test func everyCommandNamesTheSameFiles() throws {
        try withTempDir { root in
            let data = try Self.writeNastyFolder(root)
            func path(_ name: String) -> String { data.appendingPathComponent(name).path }
            let expectedCounted: Set<String> = Set(["plain-0.json", "plain-1.json", "plain-2.json", "plain-3.json",
                                                    "draft-1.json", "laptop2/clock.json", "dup.json", "copy.json",
                                                    "laptop2/tie.json", "compact.json", "laptop2/escaped.json"].map(path))
            let expectedLeftOut: Set<String> = Set(["badchoice.json", "badid.json", "broken.json", "big.json",
                                                    "root", "shadow.json", "tie.conflict-0badc0de.json"].map(path))
            // A tie (same revision and updatedAt) counts the first path: laptop2/tie.json.
            let notCounted: Set<String> = Set(["clock.json", "laptop2/dup.json", "laptop2/copy.json", "tie.json"].map(path))

            // validate
            let validator = ResponseValidator(questionnaires: Self.questionnaires, lang: .en, today: F.today)
            let reports = FileValidation(validator: validator).run(paths: [data.path])
            func isDuplicateOnly(_ r: FileReport) -> Bool {
                !r.hardProblems.isEmpty && r.hardProblems.allSatisfy { $0.path == "$.id" && $0.message.hasPrefix("same id as") }
            }
            #expect(Set(reports.filter(\.isValid).map(\.file)) == expectedCounted)
            #expect(Set(reports.filter { !$0.isValid && !isDuplicateOnly($0) }.map(\.file)) == expectedLeftOut)
            #expect(Set(reports.filter(isDuplicateOnly).map(\.file)) == notCounted)
            // No byte of the file behind the outside link is shown.
            #expect(!reports.flatMap(\.problems).contains { $0.message.contains("secret") || $0.message.contains("/outside") })

            // summary
            let options = AggregationOptions(filter: Self.filter, lang: .en, today: F.today)
            let summary = Aggregator(questionnaires: Self.questionnaires, options: options).summarize(paths: [data.path])
            #expect(Set(summary.invalid.map(\.file)) == expectedLeftOut)
            #expect(summary.counted == expectedCounted.count && summary.interviews == expectedCounted.count)
            #expect(Set(summary.duplicates.map(\.kept)).isSubset(of: expectedCounted))
            #expect(Set(summary.duplicates.flatMap(\.others)) == notCounted)
            #expect(summary.conflicts.map(\.kept) == [path("laptop2/tie.json")])
            #expect(summary.files == expectedCounted.count + notCounted.count + expectedLeftOut.count)

            // The results' loader: every category of a question shared by both variants.
            let corpus = Corpus(paths: [data.path], questionnaires: Self.questionnaires, lang: .en, today: F.today,
                                filter: Self.filter)
            #expect(Set(corpus.selected(corpus.survey())) == expectedCounted)
            var drilled: [String] = []
            let codes = Set(summary.all!.variants.compactMap { $0.question(MetadataID.consent) }.flatMap { $0.choices.map(\.code) })
            for code in codes.union(SpecialCode.all) {
                drilled += corpus.responses(answering: MetadataID.consent, in: code).map(\.id)
            }
            #expect(drilled.sorted() == ["clock", "compact", "copy", "draft-1", "dup", "escaped",
                                         "plain-0", "plain-1", "plain-2", "plain-3", "tie"])
            #expect(corpus.responses(answering: MetadataID.gemeente, in: "Zwolle").map(\.id).contains("clock"))

            // Every export: the plan, and the rows each format writes.
            let source = ExportSource(questionnaires: Self.questionnaires, filter: Self.filter, lang: .en, today: F.today)
            let plan = source.plan(paths: [data.path])
            #expect(Set(plan.files) == expectedCounted)
            let warned = Set(plan.warnings.map { String($0.prefix { $0 != ":" }) })
            #expect(warned == expectedLeftOut.union([path("laptop2/tie.json")]))
            let layout = ExportLayout(questionnaires: Self.questionnaires)
            func rows(_ write: (ExportOutput) throws -> Void) throws -> [Substring] {
                let url = root.appendingPathComponent("out-\(UUID().uuidString)")
                let output = try ExportOutput.file(url)
                try write(output)
                try output.commit()
                return String(decoding: try Data(contentsOf: url), as: UTF8.self).split(whereSeparator: \.isNewline)
            }
            let jsonl = try rows { _ = try JSONLExport.write(paths: [data.path], from: source, to: $0) }
            #expect(Set(try jsonl.map { try ResponseDecoder.decode(Data($0.utf8)).id }) == Set(drilled))
            let csv = try rows { _ = try CSVExport(layout: layout, options: .init(today: F.today)).write(paths: [data.path], from: source, to: $0) }
            #expect(csv.count == 1 + expectedCounted.count)
            let spss = try rows { _ = try SPSSExport(layout: layout, lang: .en, today: F.today).write(paths: [data.path], from: source, to: $0, csvName: "x.csv") }
            #expect(spss.count == 1 + expectedCounted.count)

            // merge --dry-run into an empty folder: the same files left out, and per id the same file kept.
            let merger = ResponseMerger(target: root.appendingPathComponent("merged"), validator: validator)
            let merge = try merger.run(sources: [data.path], dryRun: true)
            let invalid = merge.entries.filter { if case .invalid = $0.outcome { return true } else { return false } }
            #expect(Set(invalid.map(\.source)) == expectedLeftOut)
            var kept: [String: String] = [:]
            for entry in merge.entries where entry.outcome == .added || entry.outcome == .updated {
                kept[entry.id!] = entry.source
            }
            #expect(Set(kept.values) == expectedCounted)
            #expect(merge.entries.filter { $0.outcome == .conflict }.map(\.source) == [path("tie.json")])
        }
    }
}
