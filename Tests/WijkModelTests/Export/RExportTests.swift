import Foundation
import Testing
@testable import WijkModel

/// The R script: labels from a questionnaire file stay inside their string literal.
@Suite struct RExportTests {
    @Test func stringLiteralsEscapeQuotesBackslashesControlsAndNonASCII() {
        #expect(RExport.string("it's \"x\" \\ y") == "\"it's \\\"x\\\" \\\\ y\"")
        #expect(RExport.string("coördinator") == "\"co\\u{f6}rdinator\"")
        #expect(RExport.string("a\nb\r\u{1B}[2J\u{202E}") == "\"a b  [2J \"")
        #expect(RExport.string("😀") == "\"\\U{1f600}\"")
        #expect(!RExport.string(SPSSInjectionTests.hostile).contains("\n"))
    }

    @Test(.enabled(if: ExternalTool.available("Rscript"), "needs R (apt-get install r-base-core)"))
    func rReadsAHostileLabelAsAHarmlessLabel() throws {
        let marker = "/tmp/wijk-r-injection-\(getpid())"
        try? FileManager.default.removeItem(atPath: marker)
        var questionnaires = SPSSInjectionTests.hostileQuestionnaires()
        let hostile = "x\"); system(\"touch \(marker)\"); (\"\\\" é"
        questionnaires[0].sections[0].questions[0].label = LocalizedText(nl: hostile, en: hostile)
        try withTempDir { dir in
            let layout = ExportLayout(questionnaires: questionnaires)
            let (csv, script) = RExport(layout: layout, today: SampleData.today)
                .render(SampleData.generate(count: 20, seed: 5), csvName: "d.csv")
            try csv.write(to: dir.appendingPathComponent("d.csv"))
            try Data(script.utf8).write(to: dir.appendingPathComponent("d.R"))
            let first = layout.columns.first { if case .answer = $0.kind { return true } else { return false } }!.name
            let probe = "source(\"d.R\"); cat(attr(wijk[[\"\(first)\"]], \"label\"), \"\\n\"); cat(nrow(wijk), \"\\n\")"
            let result = try ExternalTool.run(["Rscript", "--vanilla", "-e", probe], in: dir)
            #expect(result.status == 0, "\(result.output)")
            #expect(!FileManager.default.fileExists(atPath: marker), "system() ran")
            #expect(result.output.contains("x\"); system(\"touch \(marker)\"); (\"\\\" é"), "\(result.output)")
            #expect(result.output.contains("\n20 \n") || result.output.hasSuffix("20 \n"), "\(result.output)")
        }
        try? FileManager.default.removeItem(atPath: marker)
    }
}
