import Foundation
import Testing
@testable import WijkModel

@Suite struct CodingExportTests {
    @Test func oneRowPerCodingWithStaleFlagAndSafeCells() throws {
        let (answers, codings, book) = try CodeTablesTests.fixture()
        let rows = CodingsExport.rows(answers: answers, coders: [codings], codebook: book)
        #expect(rows.count == 6)
        #expect(rows[0] == ["r1", "beeld", "wijkteam", "", "anna", "taal", "Taal", "manual", "", "0", "taal en geld"])
        #expect(rows.first { $0[0] == "r5" }?[9] == "1")   // text changed since: stale
        var many = CoderCodings(coder: "bert")
        let formula = CodableAnswer(interview: "r9", question: "beeld", text: "=1+1", variant: "wijkteam")
        many.assign("taal", to: formula.key, fingerprint: formula.fingerprint, origin: .rule("^="))
        let export = CodingsExport(options: CSVExport.Options(today: "2026-12-06"))
        let csv = String(decoding: export.bytes(CodingsExport.rows(answers: CodableAnswers([formula]), coders: [many], codebook: book)), as: UTF8.self)
        #expect(csv == "interview,question,variant,gemeente,coder,code,code_name,origin,rule,stale,text\r\n"
                + "r9,beeld,wijkteam,,bert,taal,Taal,rule,^=,0,'=1+1\r\n")
    }

    @Test func codeColumnsAreOneZeroOrEmpty() throws {
        let (_, codings, book) = try CodeTablesTests.fixture()
        let columns = CodeColumns(codings: codings, codebook: book, layout: ExportLayout(questionnaires: BundledQuestionnaires.all))
        #expect(columns.header == ["beeld.code.taal", "beeld.code.geld", "aanbeveling.code.vertrouwen"])
        #expect(columns.cells("r1", ["beeld": .text("taal en geld"), "aanbeveling": .text("vertrouwen")]) == ["1", "1", "1"])
        #expect(columns.cells("r2", ["beeld": .text("taal")]) == ["1", "0", ""])
        #expect(columns.cells("r5", ["beeld": .text("nieuw")]) == ["", "", ""])   // only stale codings
        #expect(columns.cells("r3", [:]) == ["", "", ""])
    }

    /// `export spss|r --with-codes`: the code columns are labelled 0/1 numbers
    /// after the questions, with no `ExportCode` (an uncoded answer's cell is empty).
    @Test func spssAndRDescribeTheCodeColumns() throws {
        let responses = SampleData.generate(count: 30, seed: 5)
        let answered = responses.filter { if case .text? = $0.answers["beeld"] { return true } else { return false } }
        try #require(answered.count >= 2)
        var codings = CoderCodings(coder: "anna")
        for (i, r) in answered.prefix(2).enumerated() {
            guard case .text(let text)? = r.answers["beeld"] else { continue }
            codings.assign(i == 0 ? "taal" : "geld", to: AnswerKey(interview: r.id, question: "beeld"), fingerprint: AnswerFingerprint.of(text))
        }
        let layout = ExportLayout(questionnaires: BundledQuestionnaires.all)
        let columns = CodeColumns(codings: codings, codebook: try CodeTablesTests.book(), layout: layout)
        var spss = SPSSExport(layout: layout, today: SampleData.today)
        spss.codeColumns = columns
        let (csv, syntax) = spss.render(responses, csvName: "d.csv")
        let lines = String(decoding: csv, as: UTF8.self).split(separator: "\n")
        #expect(lines[0].hasSuffix(",beeld.code.taal,beeld.code.geld"))
        #expect(lines.filter { $0.hasSuffix(",1,0") }.count == 1 && lines.filter { $0.hasSuffix(",0,1") }.count == 1)
        #expect(lines.dropFirst().filter { $0.hasSuffix(",,") }.count == responses.count - 2)
        #expect(syntax.contains("    beeld_code_taal F8.0\n    beeld_code_geld F8.0\n.\n"))
        #expect(syntax.contains("  beeld_code_geld 'Geld — Welk beeld"))
        #expect(syntax.contains("  /beeld_code_taal\n    1 'code toegekend'\n    0 'gecodeerd zonder deze code'\n"))
        let level = try #require(syntax.components(separatedBy: "VARIABLE LEVEL").last)
        #expect(level.components(separatedBy: "(NOMINAL)")[0].contains("beeld_code_geld"))
        var r = RExport(layout: layout, today: SampleData.today)
        r.codeColumns = columns
        let script = r.script(csvName: "d.csv")
        #expect(script.contains("attr(wijk[[\"beeld.code.taal\"]], \"label\") <- \"Taal \\u{2014} Welk beeld"))
        #expect(!script.contains("wijk[[\"beeld.code.taal\"]] <- wijk"), "a number, not a factor; no codes to make NA")
    }
}
