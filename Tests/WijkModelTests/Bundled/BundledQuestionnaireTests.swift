import Testing
@testable import WijkModel

@Suite("Bundled questionnaires")
struct BundledQuestionnaireTests {
    /// Variant names as test arguments, so test names stay short.
    static let both = ["wijkteam", "migrantenorganisatie"]

    @Test(arguments: both)
    func headerIsComplete(_ name: String) {
        let q = BundledQuestionnaires.variant(name)!
        #expect(q.id == q.variant)
        #expect(q.version == "1.0")
        #expect(q.languages == ["nl", "en"])
        #expect(BundledQuestionnaires.variant(q.variant) == q)
    }

    @Test func variantLookup() {
        #expect(BundledQuestionnaires.variant(" Wijkteam ")?.id == "wijkteam")
        #expect(BundledQuestionnaires.variant("migrantenorganisatie")?.id == "migrantenorganisatie")
        #expect(BundledQuestionnaires.variant("gemeente") == nil)
        #expect(BundledQuestionnaires.all.map(\.id) == ["wijkteam", "migrantenorganisatie"])
    }

    @Test(arguments: both)
    func has35To45Questions(_ name: String) {
        let q = BundledQuestionnaires.variant(name)!
        let all = q.questions
        let asked = all.filter { $0.type != .note }
        #expect((35...45).contains(all.count), "\(q.id): \(all.count) questions")
        #expect((35...45).contains(asked.count), "\(q.id): \(asked.count) questions without notes")
        #expect(all.contains { $0.type == .note })
    }

    @Test(arguments: both)
    func idsAreUniqueAndWellFormed(_ name: String) {
        let q = BundledQuestionnaires.variant(name)!
        let ids = q.questions.map(\.id)
        #expect(Set(ids).count == ids.count, "duplicate ids in \(q.id)")
        let sectionIds = q.sections.map(\.id)
        #expect(Set(sectionIds).count == sectionIds.count)
        for id in ids { #expect(isCode(id), "bad id \(id)") }
    }

    @Test(arguments: both)
    func metadataSectionComesFirst(_ name: String) throws {
        let q = BundledQuestionnaires.variant(name)!
        let first = try #require(q.sections.first)
        let expected: [(String, QuestionType)] = [
            (MetadataID.organisation, .text), (MetadataID.gemeente, .text), (MetadataID.wijk, .text),
            (MetadataID.role, .single), (MetadataID.date, .date), (MetadataID.consent, .yesNo),
        ]
        #expect(first.questions.map(\.id) == expected.map(\.0))
        #expect(first.questions.map(\.type) == expected.map(\.1))
        #expect(first.relevant == nil)
        for id in [MetadataID.organisation, MetadataID.gemeente, MetadataID.date, MetadataID.consent] {
            #expect(q.question(id)?.required == .always(true), "\(id) must be required")
        }
        #expect(q.question(MetadataID.date)?.constraint?.source == ". <= today()")
        #expect(q.question(MetadataID.date)?.constraintSeverity == .soft)
    }

    @Test(arguments: both)
    func everyLaterSectionNeedsConsent(_ name: String) {
        let q = BundledQuestionnaires.variant(name)!
        for section in q.sections.dropFirst() {
            #expect(section.relevant?.source == "${toestemming} = true()", "section \(section.id)")
        }
        #expect(q.sections.map(\.id) ==
                ["gesprek", "context", "beeld", "bereik", "toegankelijkheid", "samenwerking", "aanbevelingen"])
    }

    @Test(arguments: both)
    func choiceListsExistAndAreClean(_ name: String) {
        let q = BundledQuestionnaires.variant(name)!
        for question in q.questions {
            if question.type.usesChoices {
                let list = question.choices.flatMap { q.choiceLists[$0] }
                #expect(list != nil, "\(question.id) refers to missing list \(question.choices ?? "nil")")
            } else {
                #expect(question.choices == nil, "\(question.id) has choices but is \(question.type)")
            }
        }
        let used = Set(q.questions.compactMap(\.choices))
        #expect(Set(q.choiceLists.keys) == used, "unused or missing lists in \(q.id)")
        for (name, list) in q.choiceLists {
            #expect(list.name == name)
            let codes = list.choices.map(\.value)
            #expect(!codes.isEmpty)
            #expect(Set(codes).count == codes.count, "duplicate code in \(name)")
            for code in codes {
                #expect(isCode(code), "bad code \(name).\(code)")
                #expect(code != "weet_niet", "\(name): don't know is a special answer, not a choice")
            }
        }
    }

    @Test(arguments: both)
    func otherSpecMatchesAndersChoice(_ name: String) {
        let q = BundledQuestionnaires.variant(name)!
        for question in q.questions where question.type.usesChoices {
            let list = q.choiceList(for: question)
            let hasAnders = list?.choice("anders") != nil
            #expect((question.other != nil) == hasAnders, "\(question.id): other field vs. 'anders' choice")
            if let other = question.other { #expect(list?.choice(other.value) != nil) }
        }
    }

    @Test(arguments: both)
    func everyTextHasDutchAndEnglish(_ name: String) {
        let q = BundledQuestionnaires.variant(name)!
        for (place, text) in Walk.texts(q) {
            for lang in ["nl", "en"] {
                let value = text[lang]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
                #expect(!value.isEmpty, "\(q.id) \(place) lacks \(lang)")
            }
            #expect(text["nl"] != text["en"] || text["nl"]?.count ?? 0 < 12,
                    "\(q.id) \(place): English looks untranslated")
        }
    }

    @Test(arguments: both)
    func scaleItemsAreFullyLabelledAndAllowSpecialAnswers(_ name: String) {
        let q = BundledQuestionnaires.variant(name)!
        let scaleItems = q.questions.filter { $0.type == .scale }
        #expect(scaleItems.count >= 8)
        for item in scaleItems {
            #expect(item.allowDontKnow && item.allowRefused, "\(item.id)")
            let scale = item.scale
            #expect(scale?.min == 1 && scale?.max == 5, "\(item.id)")
            #expect(scale?.pointLabels.keys.sorted() == [1, 2, 3, 4, 5], "\(item.id)")
        }
        #expect(q.questions.allSatisfy { $0.type == .scale || $0.scale == nil })
    }

    @Test(arguments: both)
    func rangesAreSet(_ name: String) {
        let q = BundledQuestionnaires.variant(name)!
        for question in q.questions where question.type == .integer {
            let min = question.min, max = question.max
            #expect(min != nil && max != nil && min! < max!, "\(question.id) needs a range")
        }
    }

    @Test(arguments: both)
    func atMostThreeBarriersAndImprovements(_ name: String) {
        let q = BundledQuestionnaires.variant(name)!
        for id in ["drempels", "verbeteringen"] {
            let question = q.question(id)
            #expect(question?.type == .multiple)
            #expect(question?.maxSelections == 3)
            #expect(question?.constraint?.source == "count-selected(.) <= 3")
            #expect(question?.constraintMessage != nil)
        }
    }

    @Test(arguments: both)
    func expressionsParseAndReferToEarlierQuestions(_ name: String) {
        let q = BundledQuestionnaires.variant(name)!
        let order = Dictionary(uniqueKeysWithValues: q.questions.enumerated().map { ($1.id, $0) })
        let firstOfSection = Dictionary(uniqueKeysWithValues: q.sections.compactMap { s in
            s.questions.first.map { (s.id, order[$0.id]!) }
        })
        let expressions = Walk.expressions(q)
        #expect(expressions.count >= 15)
        for (owner, expression) in expressions {
            do {
                let again = try Expression.parse(expression.source)
                #expect(again.source == expression.source)
            } catch {
                Issue.record("\(q.id) \(owner): \(expression.source) does not parse: \(error)")
            }
            let position = order[owner] ?? firstOfSection[owner]
            for ref in Walk.references(expression) {
                let target = order[ref]
                #expect(target != nil, "\(q.id) \(owner): unknown ${\(ref)} in \(expression.source)")
                if let target, let position {
                    #expect(target <= position, "\(q.id) \(owner) refers forward to \(ref)")
                }
            }
        }
    }

    @Test(arguments: both)
    func contactFollowUpsDependOnContact(_ name: String) {
        let q = BundledQuestionnaires.variant(name)!
        let ifContact = ["samenwerkingsvormen", "contactfrequentie", "kwaliteit_samenwerking",
                         "wederzijds_vertrouwen", "gelijkwaardige_partner", "vaste_afspraken", "huidige_rol"]
        for id in ifContact {
            #expect(q.question(id)?.relevant?.source == "${contact} = true()", "\(id)")
        }
        #expect(q.question("geen_contact_reden")?.relevant?.source == "${contact} = false()")
        #expect(q.question("geen_contact_reden")?.type == .longText)
        #expect(q.question("contact")?.required == .always(true))
    }

    @Test func variantSpecificSkips() {
        let wt = BundledQuestionnaires.wijkteam, mo = BundledQuestionnaires.migrantenorganisatie
        #expect(wt.question("aandeel_clienten_migratie")?.relevant?.source ==
                "${registratie} = 'systematisch' or ${registratie} = 'deels'")
        #expect(wt.question("aantal_organisaties")?.relevant?.source == "${contact} = true()")
        #expect(wt.question("teamgrootte")?.constraintSeverity == .soft)
        #expect(wt.question("teamgrootte")?.max == 200)
        #expect(mo.question("begeleiding_verloop")?.relevant?.source == "${begeleid} = true()")
        #expect(mo.question("begeleiding_verloop")?.type == .scale)
        #expect(mo.question("vergoeding")?.relevant?.source == "${contact} = true()")
        #expect(mo.question("vrijwilligers")?.max == 10_000)
        #expect(mo.question("doorverwijzingen")?.max == 1000)
    }

    private func isCode(_ s: String) -> Bool {
        !s.isEmpty && s.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }
}
