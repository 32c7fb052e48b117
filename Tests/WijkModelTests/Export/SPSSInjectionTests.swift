import Foundation
import Testing
@testable import WijkModel

/// Labels from a questionnaire file cannot end an SPSS string or command.
@Suite struct SPSSInjectionTests {
    static let marker = "/tmp/wijk-spss-injection-\(getpid())"
    static let hostile = "Vraag'\n HOST COMMAND=[\"touch \(marker)\"].\r\nEXECUTE.\u{1B}[2J\u{85}\u{2028}"

    /// The bundled questionnaires with hostile text in a question label, a choice label and a long label.
    static func hostileQuestionnaires() -> [Questionnaire] {
        var all = BundledQuestionnaires.all
        all[0].sections[0].questions[0].label = LocalizedText(nl: hostile, en: hostile)
        let long = String(repeating: "lang 'label' met é ", count: 20) + hostile
        all[0].sections[0].questions[1].label = LocalizedText(nl: long, en: long)
        let listName = all[0].choiceLists.keys.sorted()[0]
        all[0].choiceLists[listName]?.choices[0].label = LocalizedText(nl: hostile, en: hostile)
        return all
    }

    @Test func quoteKeepsEverythingInsideOneLiteralPerLine() {
        let export = SPSSExport(layout: ExportLayout(questionnaires: BundledQuestionnaires.all), today: "2026-01-01")
        let quoted = export.quote(Self.hostile)
        #expect(!quoted.contains("\r") && !quoted.unicodeScalars.contains { DisplayText.isUnsafe($0.value, keepLayout: true) })
        // Each line is one complete literal (an even number of quotes), `+` joining them.
        for line in quoted.split(separator: "\n") {
            #expect(line.filter { $0 == "'" }.count % 2 == 0, "\(line)")
            #expect(line.utf8.count <= 2 * SPSSExport.chunkBytes + 10)
        }
        #expect(export.quote("it's") == "'it''s'")
    }

    @Test(.enabled(if: ExternalTool.available("pspp"), "needs GNU PSPP (apt-get install pspp)"))
    func psppReadsAHostileLabelAsAHarmlessLabel() throws {
        try? FileManager.default.removeItem(atPath: Self.marker)
        try withTempDir { dir in
            let layout = ExportLayout(questionnaires: Self.hostileQuestionnaires())
            let export = SPSSExport(layout: layout, today: SampleData.today)
            let (csv, syntax) = export.render(SampleData.generate(count: 20, seed: 5), csvName: "d\n.csv")
            try csv.write(to: dir.appendingPathComponent("d .csv"))
            try Data((syntax + "DISPLAY DICTIONARY.\n").utf8).write(to: dir.appendingPathComponent("h.sps"))
            let result = try ExternalTool.run(["pspp", "-O", "format=csv", "-o", "out.csv", "h.sps"], in: dir)
            let output = (try? String(contentsOf: dir.appendingPathComponent("out.csv"), encoding: .utf8)) ?? ""
            #expect(!FileManager.default.fileExists(atPath: Self.marker), "HOST COMMAND ran")
            #expect(result.status == 0, "\(result.output)")
            #expect(!result.output.lowercased().contains("error"), "\(result.output)")
            // The label arrived whole, on one line, as text.
            #expect(output.contains("Vraag'  HOST COMMAND=[\"\"touch \(Self.marker)\"\"].  EXECUTE."), "\(output)")
        }
        try? FileManager.default.removeItem(atPath: Self.marker)
    }

    @Test func lintRejectsControlCharactersInIdsLabelsAndCodes() {
        let problems = QuestionnaireLinter.lint(Self.hostileQuestionnaires()[0], lang: .en)
        let paths = problems.filter { $0.message.contains("control character") }.map(\.path)
        #expect(paths.contains("$.sections[0].questions[0].label.nl"))
        #expect(paths.contains { $0.hasPrefix("$.choiceLists.") && $0.hasSuffix("[0].label.en") })
        #expect(paths.count == 6, "\(paths)")
        for q in BundledQuestionnaires.all {
            #expect(QuestionnaireLinter.lint(q).allSatisfy { !$0.message.contains("stuurteken") })
        }
    }
}
