import Foundation
import Testing
@testable import WijkModel

@Suite struct CSVExportTests {
    let layout = ExportLayout(questionnaires: BundledQuestionnaires.all)

    /// Reads the CSV back with Python's csv module and returns its rows as JSON.
    func pythonRows(_ data: Data, delimiter: String, in dir: URL) throws -> [[String]] {
        let file = dir.appendingPathComponent("export.csv")
        try data.write(to: file)
        let script = """
        import csv, json, sys
        with open('export.csv', newline='', encoding='utf-8-sig') as f:
            rows = list(csv.reader(f, delimiter=sys.argv[1], strict=True))
        print(json.dumps(rows))
        """
        let result = try ExternalTool.run(["python3", "-c", script, delimiter], in: dir)
        try #require(result.status == 0, "\(result.output)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String]])
    }

    @Test(.enabled(if: ExternalTool.available("python3"), "needs python3 (apt-get install python3)"),
          arguments: [(",", false), (";", false), (";", true), ("\t", true)])
    func pythonReadsBackEveryCell(delimiter: String, bom: Bool) throws {
        try withTempDir { dir in
            let responses = ExportFixtures.responses() + SampleData.generate(count: 30, seed: 4)
            var options = CSVExport.Options(delimiter: Character(delimiter), bom: bom, today: SampleData.today)
            options.labels = false
            let export = CSVExport(layout: layout, options: options)
            let table = export.table(responses)
            let data = export.data(responses)
            #expect(data.starts(with: [0xEF, 0xBB, 0xBF]) == bom)
            #expect(String(decoding: data, as: UTF8.self).hasSuffix("\r\n"))
            let rows = try pythonRows(data, delimiter: delimiter, in: dir)
            #expect(rows == table)
            let column = try #require(table[0].firstIndex(of: "aanbeveling"))
            #expect(rows.dropFirst().prefix(ExportFixtures.nasty.count).map { $0[column] } == ExportFixtures.nasty)
        }
    }

    @Test func columnsCoverBothVariantsOnce() {
        let names = layout.columns.map(\.name)
        #expect(Set(names).count == names.count)
        #expect(Array(names.prefix(8)) == ["id", "variant", "status", "interviewer", "device",
                                           "createdAt", "updatedAt", "completedAt"])
        #expect(names.contains("teamtype") && names.contains("organisatievorm"))   // one per variant
        #expect(names.filter { $0 == "bereik" }.count == 1)                        // shared core once
        #expect(names.contains("drempels.taal") && names.contains("drempels.other"))
        #expect(!names.contains("drempels"))                                       // multiple split
        #expect(!names.contains("aanbevelingen_intro"))                            // notes have no column
        #expect(names.firstIndex(of: "gemeente")! < names.firstIndex(of: "bereik")!)
    }

    @Test func codesForSpecialsChoicesAndBooleans() throws {
        var r = SampleData.generate(count: 1, seed: 77, variant: "wijkteam")[0]
        r.status = .complete
        r.answers["drempels"] = .dontKnow
        r.answers["bereik"] = .refused
        r.answers["buiten_beeld"] = .choices(["turks", "anders"])
        r.answers["buiten_beeld.other"] = .text("Chinees")
        r.answers[MetadataID.consent] = .bool(true)
        let table = CSVExport(layout: layout, options: .init(today: SampleData.today)).table([r])
        func cell(_ name: String) -> String { table[1][table[0].firstIndex(of: name)!] }
        #expect(cell("drempels.taal") == "-8")
        #expect(cell("bereik") == "-9")
        #expect(cell("buiten_beeld.turks") == "1")
        #expect(cell("buiten_beeld.syrisch") == "0")
        #expect(cell("buiten_beeld.other") == "Chinees")
        #expect(cell("toestemming") == "1")
        #expect(cell("organisatievorm") == "-7")      // the other variant's question: not applicable

        let labelled = CSVExport(layout: layout, options: .init(labels: true, today: SampleData.today)).table([r])
        func label(_ name: String) -> String { labelled[1][labelled[0].firstIndex(of: name)!] }
        #expect(label("toestemming") == "ja")
        #expect(label("bereik") == "wil niet zeggen")
    }

    @Test func draftsLeaveOutAnswersThatAreNoLongerRelevant() {
        var r = SampleData.generate(count: 1, seed: 8, variant: "wijkteam")[0]
        r.status = .draft
        r.answers["contact"] = .bool(false)
        r.answers["contactfrequentie"] = .text("maandelijks")     // relevant only with contact
        let table = CSVExport(layout: layout, options: .init(today: SampleData.today)).table([r])
        #expect(table[1][table[0].firstIndex(of: "contactfrequentie")!] == "-7")   // not applicable, as completing would clear it
    }

    /// -6 unanswered (asked, no answer) and -7 not applicable (skipped by the logic, or the
    /// other variant's question) in every column of the question; "other" texts stay empty.
    @Test func unansweredAndNotApplicableAreToldApart() {
        var r = SampleData.generate(count: 1, seed: 12, variant: "wijkteam")[0]
        r.status = .draft
        r.answers["contact"] = .bool(true)
        r.answers["contactfrequentie"] = nil                      // asked (contact), not answered
        r.answers["samenwerkingsvormen"] = nil
        r.answers["samenwerkingsvormen.other"] = nil
        let export = CSVExport(layout: layout, options: .init(today: SampleData.today))
        var table = export.table([r])
        func cell(_ name: String) -> String { table[1][table[0].firstIndex(of: name)!] }
        #expect(cell("contactfrequentie") == "-6")
        #expect(cell("samenwerkingsvormen.doorverwijzing") == "-6" && cell("samenwerkingsvormen.geen") == "-6")
        #expect(cell("samenwerkingsvormen.other") == "")
        #expect(cell("organisatievorm") == "-7" && cell("achterban.turks") == "-7")   // migrantenorganisatie only
        r.answers["contact"] = .bool(false)
        table = export.table([r])
        #expect(cell("contactfrequentie") == "-7")
        #expect(cell("samenwerkingsvormen.doorverwijzing") == "-7")
        let labelled = CSVExport(layout: layout, options: .init(labels: true, lang: .en, today: SampleData.today)).table([r])
        #expect(labelled[1][labelled[0].firstIndex(of: "contactfrequentie")!] == "not applicable")
    }

    @Test func planDedupesByNewestAndSkipsBrokenFiles() throws {
        try withTempDir { dir in
            var r = SampleData.generate(count: 1, seed: 1)[0]
            r.status = .complete
            try r.encoded().write(to: dir.appendingPathComponent("a.json"))
            r.updatedAt = r.updatedAt.addingTimeInterval(60)
            r.device = "nieuwer"
            try r.encoded().write(to: dir.appendingPathComponent("b.json"))
            try Data("{kapot".utf8).write(to: dir.appendingPathComponent("c.json"))
            let plan = ExportSource(questionnaires: BundledQuestionnaires.all, today: SampleData.today).plan(paths: [dir.path])
            #expect(plan.files == [dir.appendingPathComponent("b.json").path])
            #expect(plan.warnings.count == 1 && plan.warnings[0].contains("c.json"))
        }
    }

    @Test func jsonlHasOneDecodableObjectPerLine() throws {
        let run = SampleData.generate(count: 20, seed: 6)
        let lines = String(decoding: JSONLExport.data(run), as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 20)
        for (line, response) in zip(lines, run) {
            #expect(try ResponseDecoder.decode(Data(line.utf8)) == response)
        }
    }
}
