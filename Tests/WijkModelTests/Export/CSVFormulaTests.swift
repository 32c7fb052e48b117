import Testing
@testable import WijkModel

/// OWASP's CSV injection advice: cells that a spreadsheet would evaluate start with `'`.
@Suite("CSV formula neutralisation")
struct CSVFormulaTests {
    @Test(arguments: ["=HYPERLINK(\"http://x\",\"klik\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)",
                      "\tx", "\r=1", "=1", "-", "+", "@", "-e", "--1"])
    func formulasGetAQuote(_ cell: String) {
        #expect(CSVField.neutralise(cell) == "'" + cell)
    }

    @Test(arguments: ["-3", "-8", "-9", "+31", "-2,5", "-2.5", "-1e-05", "1e+300", "0", "12", "", "tekst", "a=b", "'=x", " =1"])
    func numbersAndTextStayAsTheyAre(_ cell: String) {
        #expect(CSVField.neutralise(cell) == cell)
    }

    @Test func quoteNeutralisesUnlessRaw() {
        #expect(CSVField.quote("=1,2") == "\"'=1,2\"")
        #expect(CSVField.quote("=1,2", raw: true) == "\"=1,2\"")
        #expect(CSVField.quote("-9") == "-9")
    }

    @Test func exportRowsAreNeutralisedUnlessRawCells() throws {
        var options = CSVExport.Options(today: "2026-01-01")
        let layout = ExportLayout(questionnaires: BundledQuestionnaires.all)
        let table = [["id", "text", "code"], ["=1+1", "@SUM(A1)", "-8"]]
        let safe = CSVExport(layout: layout, options: options).render(table)
        #expect(safe == "id,text,code\r\n'=1+1,'@SUM(A1),-8\r\n")
        options.rawCells = true
        #expect(CSVExport(layout: layout, options: options).render(table) == "id,text,code\r\n=1+1,@SUM(A1),-8\r\n")
        let semicolon = CSVExport(layout: layout, options: CSVExport.Options(delimiter: ";", today: "2026-01-01"))
        #expect(semicolon.render([["-2,5", "=a;b"]]) == "-2,5;\"'=a;b\"\r\n")
    }
}
