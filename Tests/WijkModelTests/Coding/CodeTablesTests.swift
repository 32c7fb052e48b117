import Foundation
import Testing
@testable import WijkModel

@Suite struct CodeTablesTests {
    static func book() throws -> CodeBook {
        var book = CodeBook()
        try book.create(name: "Drempels")
        try book.create(name: "Taal", parent: "drempels")
        try book.create(name: "Geld", parent: "drempels")
        try book.create(name: "Vertrouwen")
        return book
    }

    /// Hand-made: beeld — wijkteam r1 (taal, geld), r2 (taal), r3 (not coded);
    /// migrantenorganisatie r4 (geld), r5 (taal on an earlier text: stale); aanbeveling — r1 (vertrouwen).
    static func fixture() throws -> (CodableAnswers, CoderCodings, CodeBook) {
        let a = [
            CodableAnswer(interview: "r1", question: "beeld", text: "taal en geld", variant: "wijkteam"),
            CodableAnswer(interview: "r2", question: "beeld", text: "taal", variant: "wijkteam"),
            CodableAnswer(interview: "r3", question: "beeld", text: "niets", variant: "wijkteam"),
            CodableAnswer(interview: "r4", question: "beeld", text: "geld", variant: "migrantenorganisatie"),
            CodableAnswer(interview: "r5", question: "beeld", text: "nieuw", variant: "migrantenorganisatie"),
            CodableAnswer(interview: "r1", question: "aanbeveling", text: "vertrouwen", variant: "wijkteam"),
        ]
        var c = CoderCodings(coder: "anna")
        c.assign("taal", to: a[0].key, fingerprint: a[0].fingerprint)
        c.assign("geld", to: a[0].key, fingerprint: a[0].fingerprint)
        c.assign("taal", to: a[1].key, fingerprint: a[1].fingerprint)
        c.assign("geld", to: a[3].key, fingerprint: a[3].fingerprint)
        c.assign("taal", to: a[4].key, fingerprint: AnswerFingerprint.of("oud"))
        c.assign("vertrouwen", to: a[5].key, fingerprint: a[5].fingerprint)
        return (CodableAnswers(a), c, try book())
    }

    @Test func frequenciesPerQuestionAndVariant() throws {
        let (answers, codings, book) = try Self.fixture()
        let t = CodeTables(answers: answers, codings: codings, codebook: book, variants: ["wijkteam", "migrantenorganisatie"])
        #expect(t.codes.map(\.id) == ["drempels", "taal", "geld", "vertrouwen"])
        #expect(t.codes.map(\.isTheme) == [true, false, false, false])
        #expect(t.questions.map(\.question) == ["beeld", "aanbeveling"])
        let wt = t.questions[0].variants[0], mo = t.questions[0].variants[1]
        #expect((wt.answered, wt.coded, wt.stale) == (3, 2, 0))
        #expect(wt.counts == [0, 2, 1, 0])
        #expect(wt.nets == [2, 2, 1, 0])
        #expect(wt.percent(1) == 100)
        #expect(wt.percent(2) == 50)
        #expect((mo.answered, mo.coded, mo.stale) == (2, 1, 1))   // r5's stale coding is not counted
        #expect(mo.counts == [0, 0, 1, 0])
        #expect(mo.netPercent(0) == 100)
        let an = t.questions[1].variants
        #expect(an[0].counts == [0, 0, 0, 1])
        #expect(an[1].answered == 0 && an[1].percent(3) == nil)
    }

    @Test func codeByVariantAndCooccurrence() throws {
        let (answers, codings, book) = try Self.fixture()
        let t = CodeTables(answers: answers, codings: codings, codebook: book, variants: ["wijkteam", "migrantenorganisatie"])
        #expect(t.byVariant.coded == [2, 1])
        #expect(t.byVariant.counts == [[0, 0], [2, 0], [1, 1], [1, 0]])
        #expect(t.byVariant.percent(code: 2, variant: 1) == 100)
        #expect(t.cooccurrence.codes.map { t.codes[$0].id } == ["taal", "geld", "vertrouwen"])
        #expect(t.cooccurrence.counts == [[2, 1, 1], [1, 2, 1], [1, 1, 1]])
    }

    @Test func filteredAnswersAndUnknownCodes() throws {
        let (answers, codings, book) = try Self.fixture()
        var smaller = book
        try smaller.delete("vertrouwen")   // a codebook that no longer has a used code
        let only = CodableAnswers(answers.answers.filter { $0.variant == "wijkteam" })
        let t = CodeTables(answers: only, codings: codings, codebook: smaller, variants: ["wijkteam"])
        #expect(t.codes.last?.id == "vertrouwen")
        #expect(t.codes.last?.name == "")   // kept and shown by id, never dropped
        #expect(t.questions[1].variants[0].counts.last == 1)
        #expect(t.variants == ["wijkteam"])
    }

    @Test func jsonStatesEveryBase() throws {
        let (answers, codings, book) = try Self.fixture()
        let t = CodeTables(answers: answers, codings: codings, codebook: book, variants: ["wijkteam", "migrantenorganisatie"])
        guard case .object(let o) = CodeTablesJSON.encode(t), case .object(let qs)? = o["questions"],
              case .object(let beeld)? = qs["beeld"], case .object(let wt)? = beeld["wijkteam"] else {
            Issue.record("shape"); return
        }
        #expect(wt["percentBase"] == .number(2))
        #expect(wt["answered"] == .number(3))
        #expect(wt["percent"] == .object(JSONObject([("drempels", .number(0)), ("taal", .number(100)), ("geld", .number(50)), ("vertrouwen", .number(0))])))
        #expect(wt["nets"] == .object(JSONObject([("drempels", .number(2))])))
    }
}
