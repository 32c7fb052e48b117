import Foundation
import Testing
@testable import WijkModel

@Suite struct SPSSExportTests {
    let layout = ExportLayout(questionnaires: BundledQuestionnaires.all)

    @Test(.enabled(if: ExternalTool.available("pspp"), "needs GNU PSPP (apt-get install pspp)"))
    func psppReadsTheSyntaxWithEveryLabel() throws {
        try withTempDir { dir in
            let responses = ExportFixtures.responses() + SampleData.generate(count: 60, seed: 21)
            let export = SPSSExport(layout: layout, today: SampleData.today)
            let (csv, syntax) = export.render(responses, csvName: "wijk data.csv")
            try csv.write(to: dir.appendingPathComponent("wijk data.csv"))
            let script = syntax + "DISPLAY DICTIONARY.\nFREQUENCIES /VARIABLES=toestemming rol.\n"
            try Data(script.utf8).write(to: dir.appendingPathComponent("wijk.sps"))
            let result = try ExternalTool.run(["pspp", "-O", "format=csv", "-o", "out.csv", "wijk.sps"], in: dir)
            let output = (try? String(contentsOf: dir.appendingPathComponent("out.csv"), encoding: .utf8)) ?? ""
            #expect(result.status == 0, "\(result.output)")
            #expect(!result.output.lowercased().contains("error") && !result.output.lowercased().contains("warning"),
                    "\(result.output)")
            #expect(!output.lowercased().contains("error:") && !output.lowercased().contains("warning:"))
            // Every variable label and every value label appears in PSPP's dictionary.
            for variable in export.variables {
                let label = export.truncate(variable.label)
                #expect(output.contains(label), "variable label \(variable.name)")
                for (_, valueLabel) in variable.valueLabels + variable.codes.map({ ($0.cell, $0.label(.nl)) }) {
                    #expect(output.contains(valueLabel), "value label \(variable.name): \(valueLabel)")
                }
            }
            // All cases were read: FREQUENCIES counts them.
            #expect(output.contains("Total,,\(responses.count),"))
        }
    }

    @Test func variableNamesFollowSPSSRules() {
        let names = SPSSNames.make(["drempels.taal", "1abc", "AND", "x" + String(repeating: "y", count: 80),
                                    "x" + String(repeating: "y", count: 80), "drempels_taal", "é.ü"])
        #expect(names[0] == "drempels_taal")
        #expect(names[1] == "v1abc")
        #expect(names[2] == "AND_")
        #expect(names[3].count == 64 && names[4].count == 64 && names[3] != names[4])
        #expect(names[5] == "drempels_taal_2")
        #expect(names[6] == "v___")
        #expect(Set(names.map { $0.uppercased() }).count == names.count)
    }
}
