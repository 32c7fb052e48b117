import Testing
@testable import WijkModel

/// The side-by-side comparison only works when the core is the same in both variants.
@Suite("Bundled shared core")
struct SharedCoreTests {
    let wt = BundledQuestionnaires.wijkteam
    let mo = BundledQuestionnaires.migrantenorganisatie

    func coreIds(_ q: Questionnaire) -> [String] { q.questions.filter(\.core).map(\.id) }

    @Test func sameCoreIdsInSameOrder() {
        #expect(coreIds(wt) == coreIds(mo))
        #expect(coreIds(wt).count >= 25)
        for id in [MetadataID.organisation, MetadataID.consent, "beeld", "bereik", "drempels",
                   "contact", "knelpunten", "verbeteringen", "aanbeveling"] {
            #expect(coreIds(wt).contains(id), "\(id) should be core")
        }
    }

    @Test func coreQuestionsAreIdentical() throws {
        for id in coreIds(wt) {
            let a = try #require(wt.question(id)), b = try #require(mo.question(id))
            #expect(a.type == b.type, "\(id) type")
            #expect(a.scale == b.scale, "\(id) scale")
            #expect(a.maxSelections == b.maxSelections, "\(id) maxSelections")
            #expect(a.choices == b.choices, "\(id) list name")
            #expect(wt.choiceList(for: a) == mo.choiceList(for: b), "\(id) list contents")
            #expect(a == b, "\(id) differs between variants")
            #expect(wt.section(containing: id)?.id == mo.section(containing: id)?.id, "\(id) section")
        }
    }

    @Test func variantOnlyQuestionsDoNotCollide() {
        let wtOnly = Set(wt.questions.filter { !$0.core }.map(\.id))
        let moOnly = Set(mo.questions.filter { !$0.core }.map(\.id))
        #expect(wtOnly.isDisjoint(with: moOnly))
        #expect(wtOnly.isDisjoint(with: coreIds(mo)))
        #expect(moOnly.isDisjoint(with: coreIds(wt)))
        #expect(wtOnly.count >= 8 && moOnly.count >= 8)
    }

    @Test func sharedListsAreIdenticalWhereBothUseThem() {
        for (name, list) in wt.choiceLists {
            if let other = mo.choiceLists[name] { #expect(list == other, "\(name)") }
        }
    }
}
