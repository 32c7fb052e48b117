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
            // Comparable: everything but the wording (a variant may ask it in its own words).
            var (plainA, plainB) = (a, b)
            (plainA.label, plainB.label, plainA.hint, plainB.hint) = (a.label, a.label, nil, nil)
            #expect(plainA == plainB, "\(id) differs between variants beyond its wording")
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

/// Research fidelity (issue 13): both sides of the image, wording that fits each variant,
/// and hints only where they apply.
@Suite struct VariantWordingTests {
    let wt = BundledQuestionnaires.wijkteam
    let mo = BundledQuestionnaires.migrantenorganisatie

    @Test func beeldIsTheOrganisationsViewOfTheTeamsImage() throws {
        let wtBeeld = try #require(wt.question("beeld")), moBeeld = try #require(mo.question("beeld"))
        #expect(wtBeeld.label.resolve("nl").hasPrefix("Welk beeld heeft het wijkteam van bewoners"))
        #expect(moBeeld.label.resolve("nl").contains("volgens u"))
        #expect(moBeeld.label.resolve("en").contains("In your view"))
    }

    @Test func theOtherDirectionIsAskedOfTheOrganisation() throws {
        let question = try #require(mo.question("beeld_wijkteam"))
        #expect(question.type == .longText && !question.core)
        #expect(question.label.resolve("nl").contains("achterban"))
        #expect(wt.question("beeld_wijkteam") == nil)
        #expect(mo.section(containing: "beeld_wijkteam")?.id == "beeld")
    }

    @Test func noHintAddressesTheOtherVariant() {
        for (questionnaire, other) in [(wt, "migrantenorganisatie"), (mo, "wijkteam")] {
            for question in questionnaire.questions {
                let hint = question.hint?.resolve("nl") ?? ""
                #expect(!hint.hasPrefix("Bij een \(other)"), "\(questionnaire.variant) \(question.id): \(hint)")
            }
        }
        #expect(mo.question("contact")?.label.resolve("nl") == "Is er contact tussen uw organisatie en het wijkteam?")
    }

    @Test func theOrganisationSpeaksAboutItself() {
        for id in ["wederzijds_vertrouwen", "gelijkwaardige_partner", "huidige_rol", "gewenste_rol"] {
            let label = mo.question(id)?.label.resolve("nl") ?? ""
            #expect(label.contains("onze organisatie") || label.contains("uw organisatie"), "\(id): \(label)")
        }
    }
}
