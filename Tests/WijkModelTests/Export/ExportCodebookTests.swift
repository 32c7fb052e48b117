import Testing
@testable import WijkModel

/// Every code the exports write is explained by the codebook, and the codebook's
/// numbers for single choices are the ones the SPSS and R data hold.
@Suite struct ExportCodebookTests {
    let questionnaires = BundledQuestionnaires.all

    @Test func everyCodeInTheDataIsInTheCodebook() {
        let layout = ExportLayout(questionnaires: questionnaires)
        var responses = SampleData.generate(count: 120, seed: 31)
        responses[0].status = .draft
        responses[0].answers["rol"] = nil
        let coded = SPSSExport(layout: layout, today: SampleData.today).csvExport.table(responses)
        let plain = CSVExport(layout: layout, options: .init(today: SampleData.today)).table(responses)
        var negatives: Set<String> = []
        for table in [coded, plain] {
            for row in table.dropFirst() { for cell in row where cell.hasPrefix("-") && Int(cell) != nil { negatives.insert(cell) } }
        }
        #expect(negatives == Set(ExportCode.allCases.map(\.cell)), "every code occurs in this data")
        for lang in [Lang.nl, .en] {
            let markdown = Codebook.render(questionnaires, format: .markdown, lang: lang)
            let text = Codebook.render(questionnaires, format: .text, lang: lang)
            let csv = Codebook.render(questionnaires, format: .csv, lang: lang)
            for code in ExportCode.allCases {
                #expect(markdown.contains("| \\\(code.cell) | \(code.label(lang)): \(code.explanation(lang)) |"))
                #expect(text.contains("  \(code.cell): \(code.label(lang))"))
                #expect(csv.contains(",\(code.cell),\(code.label(lang)),"))
            }
            for kind in ["multiple → id.code", "id.other", "yesNo", "scale", "date"] {
                #expect(markdown.contains(kind) && text.contains(kind), "\(kind)")
            }
        }
    }

    @Test func choiceNumbersAreTheSPSSValues() throws {
        let layout = ExportLayout(questionnaires: questionnaires)
        let responses = SampleData.generate(count: 60, seed: 32).filter { $0.variant == "wijkteam" }
        let coded = SPSSExport(layout: layout, today: SampleData.today).csvExport.table(responses)
        let plain = CSVExport(layout: layout, options: .init(today: SampleData.today)).table(responses)
        let column = try #require(plain[0].firstIndex(of: "rol"))
        let wijkteam = try #require(questionnaires.first { $0.variant == "wijkteam" })
        let rol = try #require(wijkteam.question("rol"))
        var checked = 0
        for (p, c) in zip(plain.dropFirst(), coded.dropFirst()) where Int(p[column]) == nil {
            #expect(Codebook.choiceNumber(of: p[column], in: rol, wijkteam) == c[column])
            checked += 1
        }
        #expect(checked > 10)
    }
}
