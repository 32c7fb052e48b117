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
}
