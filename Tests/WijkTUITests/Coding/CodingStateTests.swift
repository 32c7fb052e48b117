import Foundation
import Testing
import WijkModel
@testable import WijkTUI

/// The coding screens as a state machine: keys in, state and saved files out
/// (through a real `CodingRunner` on the fixture folder).
@Suite struct CodingStateTests {
    /// Codes "Taal", "Vertrouwen", "Hulp" and whatever `codings` assigns, written before the browser starts.
    static func prepared(_ codings: @escaping (inout CodingProject, [String: Code]) throws -> Void = { _, _ in },
                         width: Int = 80, height: Int = 24, lang: Lang = .nl) throws -> CodingDriver {
        try CodingDriver(width: width, height: height, lang: lang) { folder in
            var anna = try CodingProject.open(data: folder.url.deletingLastPathComponent(), coder: "anna")
            var codes: [String: Code] = [:]
            for name in ["Taal", "Vertrouwen", "Hulp"] { codes[name] = try anna.createCode(name: name) }
            try codings(&anna, codes)
        }
    }

    /// The pager's answers in order, by interview id.
    static func order(_ d: CodingDriver) -> [String] {
        d.coding!.shown.map { d.coding!.answers[$0].key.interview }
    }

    @Test func opensOnTheQuestionsAnswersWithProgress() throws {
        var d = try CodingDriver()
        defer { d.remove() }
        try d.openBeeld()
        #expect(d.browser.screen == .coding)
        #expect(d.coding?.shown.count == 6)
        #expect(d.screen.contains("0 van 6 antwoorden gecodeerd"))
        #expect(d.screen.contains("nog niet gecodeerd"))
        try d.press(.escape)
        #expect(d.browser.screen == .openAnswers)
    }

    @Test func withoutACoderItSaysHowToStart() throws {
        var browser = try ResultsFixture.browser()
        browser.open(questionID: "beeld")
        _ = browser.handle(.character("c"))
        #expect(browser.screen == .openAnswers)
        #expect(ResultsFixture.render(browser).description.contains("--coder"))
    }

    @Test func createsACodeWhileTypingAndTheDigitsToggleIt() throws {
        var d = try CodingDriver()
        defer { d.remove() }
        try d.openBeeld()
        let first = Self.order(d)[0], second = Self.order(d)[1]
        try d.press(.enter)
        try d.type("Taal")
        try d.press(.enter)
        #expect(try d.folder.loadCodebook().codes.map(\.name) == ["Taal"])
        #expect(try d.savedCodes(first) == ["taal"])
        #expect(d.screen.contains("# Taal"))
        try d.press(.down, .character("1"))
        #expect(try d.savedCodes(second) == ["taal"])
        #expect(d.screen.contains("2 van 6 antwoorden gecodeerd"))
        try d.press(.character("1"))
        #expect(try d.savedCodes(second).isEmpty)
        #expect(d.screen.contains("1 van 6 antwoorden gecodeerd"))
        try d.press(.character("7"))
        #expect(d.screen.contains("Er is geen code 7"))
    }

    @Test func marksTakeTheCodesAndEscClearsThemFirst() throws {
        var d = try Self.prepared()
        defer { d.remove() }
        try d.openBeeld()
        let ids = Self.order(d)
        try d.press(.character(" "), .character(" "))  // marks the first two, cursor on the third
        #expect(d.coding?.marked.count == 2)
        #expect(d.screen.contains("2 gemarkeerd"))
        try d.press(.enter)
        try d.type("vertr")
        try d.press(.enter)
        #expect(try d.savedCodes(ids[0]) == ["vertrouwen"])
        #expect(try d.savedCodes(ids[1]) == ["vertrouwen"])
        #expect(try d.savedCodes(ids[2]).isEmpty)
        try d.press(.escape)
        #expect(d.browser.screen == .coding)
        #expect(d.coding?.marked.isEmpty == true)
        try d.press(.escape)
        #expect(d.browser.screen == .openAnswers)
    }

    @Test func thePickerFiltersAsYouTypeAndTabKeepsItOpen() throws {
        var d = try Self.prepared()
        defer { d.remove() }
        try d.openBeeld()
        let first = Self.order(d)[0]
        try d.press(.enter)
        try d.type("TRO")   // case and accents ignored: Vertrouwen
        guard case .picker(let picker)? = d.coding?.mode else { Issue.record("no picker"); return }
        let rows = d.coding!.pickerRows(picker)
        #expect(rows.map(\.name) == ["Vertrouwen", "TRO"])
        #expect(rows.last?.codeID == nil)  // "+ Nieuwe code"
        try d.press(.tab)
        try d.type("hulp")
        try d.press(.tab)
        guard case .picker? = d.coding?.mode else { Issue.record("picker closed"); return }
        #expect(d.screen.contains("[x] Hulp"))
        try d.press(.escape)
        #expect(try d.savedCodes(first) == ["vertrouwen", "hulp"])
        #expect(d.coding?.mode == .pager)
    }

    @Test func filtersByUncodedCodeAndVariant() throws {
        var d = try Self.prepared { p, codes in
            try p.assign(codes["Taal"]!.id, to: CodingDriver.beeld("wt-1"))
            try p.assign(codes["Hulp"]!.id, to: CodingDriver.beeld("mo-1"))
        }
        defer { d.remove() }
        try d.openBeeld()
        try d.press(.character("u"))
        #expect(d.coding?.shown.count == 4)
        #expect(d.screen.contains("Nog niet gecodeerd"))
        // Coding the first uncoded answer moves the list on to the next.
        let before = Self.order(d)
        try d.press(.character("1"))
        #expect(Self.order(d) == Array(before.dropFirst()))
        #expect(d.coding?.cursor == 0)
        try d.press(.character("0"), .character("="))
        try d.type("hulp")
        try d.press(.enter)
        #expect(Self.order(d) == ["mo-1"])
        #expect(d.screen.contains("Code ‘Hulp’"))
        try d.press(.character("0"), .character("v"))
        #expect(Set(Self.order(d)) == ["wt-1", "wt-2", "wt-4"])
        try d.press(.character("v"))
        #expect(Set(Self.order(d)) == ["mo-1", "mo-2", "mo-3"])
        try d.press(.character("v"))
        #expect(d.coding?.shown.count == 6)
    }

    @Test func staleAndRuleCodingsShowAndCanBeReviewed() throws {
        var d = try Self.prepared { p, codes in
            var old = CodingDriver.beeld("wt-1")
            old = CodableAnswer(interview: old.key.interview, question: "beeld", text: "Een eerdere tekst.", variant: old.variant)
            try p.assign(codes["Taal"]!.id, to: old)
            try p.assign(codes["Hulp"]!.id, to: [CodingDriver.beeld("wt-2")], origin: .rule("hulp"))
            try p.assign(codes["Taal"]!.id, to: [CodingDriver.beeld("mo-3")], origin: .rule("taal"))
        }
        defer { d.remove() }
        try d.openBeeld()
        #expect(d.screen.contains("Taal (te herzien)"))
        #expect(d.screen.contains("Hulp (regel)"))
        #expect(d.screen.contains("2 van 6 antwoorden gecodeerd, 1 te herzien"))
        try d.press(.character("h"))
        #expect(Self.order(d) == ["wt-1"])
        try d.press(.character("a"))   // the code still applies to the new text
        let saved = try d.folder.loadCodings("anna").codings(AnswerKey(interview: "wt-1", question: "beeld"))
        #expect(saved.map(\.fingerprint) == [CodingDriver.beeld("wt-1").fingerprint])
        #expect(d.coding?.shown.isEmpty == true)
        #expect(d.screen.contains("3 van 6 antwoorden gecodeerd"))
        #expect(!d.screen.contains("te herzien"))
    }

    @Test func staleCodesCanBeDroppedAfterAsking() throws {
        var d = try Self.prepared { p, codes in
            let old = CodableAnswer(interview: "wt-1", question: "beeld", text: "Oud.", variant: "wijkteam")
            try p.assign(codes["Taal"]!.id, to: old)
        }
        defer { d.remove() }
        try d.openBeeld()
        try d.press(.character("h"), .character("X"))
        #expect(d.screen.contains("Zeker weten?"))
        try d.press(.character("n"))
        #expect(try d.savedCodes("wt-1") == ["taal"])
        try d.press(.character("X"), .character("j"))
        #expect(try d.savedCodes("wt-1").isEmpty)
    }

    @Test func codebookRenamesMergesAndDeletesForEveryCoder() throws {
        var d = try Self.prepared { p, codes in
            try p.assign(codes["Taal"]!.id, to: CodingDriver.beeld("wt-1"))
            try p.assign(codes["Vertrouwen"]!.id, to: CodingDriver.beeld("wt-2"))
            try p.assign(codes["Hulp"]!.id, to: CodingDriver.beeld("mo-1"))
            var piet = try CodingProject.open(data: p.folder.url.deletingLastPathComponent(), coder: "piet")
            try piet.assign(codes["Hulp"]!.id, to: CodingDriver.beeld("mo-2"))
        }
        defer { d.remove() }
        try d.openBeeld()
        try d.press(.character("b"))
        #expect(d.screen.contains("Codeboek"))
        // Rename Taal.
        try d.press(.character("r"), .ctrl("u"))
        try d.type("Taalbarrière")
        try d.press(.enter)
        #expect(try d.folder.loadCodebook().code("taal")?.name == "Taalbarrière")
        // Merge Vertrouwen into Taalbarrière: asked first, codings follow.
        try d.press(.down, .character("m"))
        try d.type("taalb")
        try d.press(.enter)
        #expect(d.screen.contains("samenvoegen met"))
        try d.press(.character("j"))
        #expect(try d.folder.loadCodebook().code("vertrouwen") == nil)
        #expect(try d.savedCodes("wt-2") == ["taal"])
        // Delete Hulp with its codings, also piet's.
        try d.press(.end, .delete)
        #expect(d.screen.contains("verwijderen"))
        try d.press(.character("j"))
        #expect(try d.folder.loadCodebook().codes.map(\.id) == ["taal"])
        #expect(try d.savedCodes("mo-1").isEmpty)
        #expect(try d.savedCodes("mo-2", coder: "piet").isEmpty)
    }

    @Test func tablesCountRespondentsPerVariantAndOpenTheQuotes() throws {
        var d = try Self.prepared({ p, codes in
            for id in ["wt-1", "wt-2", "mo-1"] { try p.assign(codes["Taal"]!.id, to: CodingDriver.beeld(id)) }
            for id in ["wt-1", "mo-2"] { try p.assign(codes["Vertrouwen"]!.id, to: CodingDriver.beeld(id)) }
        }, width: 120, height: 40)
        defer { d.remove() }
        try d.openBeeld()
        let c = try #require(d.coding)
        let tables = c.makeTables()
        let q = try #require(tables.questions.first)
        let taal = try #require(tables.codes.firstIndex { $0.id == "taal" })
        let vertrouwen = try #require(tables.codes.firstIndex { $0.id == "vertrouwen" })
        let hulp = try #require(tables.codes.firstIndex { $0.id == "hulp" })
        // By hand: WT coded wt-1, wt-2 (n=2): Taal 2, Vertrouwen 1; MO coded mo-1, mo-2 (n=2): Taal 1, Vertrouwen 1.
        #expect(q.variants.map(\.variant) == ["wijkteam", "migrantenorganisatie"])
        #expect(q.variants.map(\.coded) == [2, 2] && q.variants.map(\.answered) == [3, 3])
        #expect(q.variants.map { $0.counts[taal] } == [2, 1] && q.variants.map { $0.counts[vertrouwen] } == [1, 1])
        #expect(q.variants.map { $0.counts[hulp] } == [0, 0])
        let co = tables.cooccurrence
        let t = try #require(co.codes.firstIndex(of: taal)), v = try #require(co.codes.firstIndex(of: vertrouwen))
        #expect(co.counts[t][v] == 1 && co.counts[t][t] == 3)
        try d.press(.character("t"))
        let row = d.grid.lines.first { $0.contains("1 Taal") } ?? ""
        #expect(row.contains("2  100%") && row.contains("1   50%"), "row: \(row)")
        #expect(d.screen.contains("Wijkteams (n=2)"))
        try d.press(.tab)
        #expect(d.grid.lines.contains { $0.contains("2 Vertrouwen") && $0.contains("1 50%") && $0.contains("2 50%") })
        try d.press(.tab)
        #expect(d.screen.contains("Samen voorkomen"))
        // The quotes behind Vertrouwen: one key from the table.
        try d.press(.down, .enter)
        #expect(d.coding?.mode == .pager)
        #expect(Set(Self.order(d)) == ["wt-1", "mo-2"])
    }

    @Test func twoCodersSideBySideAndOnlyTheirDifferences() throws {
        var d = try Self.prepared { p, codes in
            try p.assign(codes["Taal"]!.id, to: CodingDriver.beeld("wt-1"))
            try p.assign(codes["Taal"]!.id, to: CodingDriver.beeld("wt-2"))
            var piet = try CodingProject.open(data: p.folder.url.deletingLastPathComponent(), coder: "piet")
            try piet.assign(codes["Taal"]!.id, to: CodingDriver.beeld("wt-1"))
            try piet.assign(codes["Hulp"]!.id, to: CodingDriver.beeld("wt-2"))
            try piet.assign(codes["Hulp"]!.id, to: CodingDriver.beeld("mo-1"))
        }
        defer { d.remove() }
        try d.openBeeld()
        try d.press(.character("d"))
        #expect(d.screen.contains("Vergelijk eerst"))
        try d.press(.character("w"))
        try d.press(.enter)   // the only other coder: piet
        #expect(d.coding?.other?.coder == "piet")
        #expect(d.screen.contains("B piet: # Hulp"))
        #expect(d.screen.contains("A anna: # Taal"))
        try d.press(.character("d"))
        #expect(Self.order(d) == ["wt-2"])   // mo-1: anna has not coded it, so no difference to settle
        // Settle it: take piet's code, drop one's own.
        try d.press(.character("3"), .character("1"))
        #expect(try d.savedCodes("wt-2") == ["hulp"])
        #expect(d.coding?.shown.isEmpty == true)
        try d.press(.character("w"))
        #expect(d.coding?.other == nil)
    }

    @Test func speaksEnglishWithLangEn() throws {
        var d = try CodingDriver(lang: .en)
        defer { d.remove() }
        try d.openBeeld()
        #expect(d.screen.contains("0 of 6 answers coded"))
        #expect(d.screen.contains("Coding — coder anna"))
        try d.press(.function(1))
        #expect(d.screen.contains("Mark"))
    }
}
