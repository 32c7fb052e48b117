import Foundation
import Testing
@testable import WijkModel

/// Relevance: sections and questions switch on and off after every change, an
/// irrelevant answer acts as empty for later expressions, stays in the draft
/// and is dropped from the completed record.
@Suite
struct EngineRelevanceTests {
    typealias F = EngineFixture

    @Test func emptyResponseHidesTheConditionalQuestions() {
        let engine = F.engine()
        #expect(engine.visibleQuestions.map(\.id) == F.initiallyVisible)
        #expect(!engine.isRelevant("teamgrootte"))
        #expect(!engine.isRelevant("groot"))
        #expect(engine.isRelevant("rol"))
        #expect(!engine.isRelevant("bestaatniet"))
    }

    @Test func cascadeKeepsTheDraftAnswerButDropsItFromTheRecord() {
        var store = EngineStore(F.engine())
        let withTeam = ["welkom", "rol", "talen", "leeftijd", "uren", "tevreden", "opmerking",
                        "datum", "ervaring", "teamgrootte", "waarom"]
        store.send({ $0.setAnswer(.text("coordinator"), for: "rol", at: F.t(1), lang: .nl) }) {
            $0.answers["rol"] = .text("coordinator")
            $0.visible = withTeam
            $0.updatedAt = F.t(1)
            $0.audit.append(AuditEntry(at: F.t(1), event: "answer", question: "rol",
                                       new: .text("coordinator")))
        }
        store.send({ $0.setAnswer(.number(12), for: "teamgrootte", at: F.t(2), lang: .nl) }) {
            $0.answers["teamgrootte"] = .number(12)
            $0.visible = ["welkom", "rol", "talen", "leeftijd", "uren", "tevreden", "opmerking",
                          "datum", "ervaring", "teamgrootte", "groot", "waarom"]
            $0.updatedAt = F.t(2)
            $0.audit.append(AuditEntry(at: F.t(2), event: "answer", question: "teamgrootte",
                                       new: .number(12)))
        }
        store.send({ $0.setAnswer(.text("veel werk"), for: "groot", at: F.t(3), lang: .nl) }) {
            $0.answers["groot"] = .text("veel werk")
            $0.updatedAt = F.t(3)
            $0.audit.append(AuditEntry(at: F.t(3), event: "answer", question: "groot",
                                       new: .text("veel werk")))
        }
        // The switch hides the team section, and with it (cascade) "groot",
        // although the stored teamgrootte is still 12.
        store.send({ $0.setAnswer(.text("medewerker"), for: "rol", at: F.t(4), lang: .nl) }) {
            $0.answers["rol"] = .text("medewerker")
            $0.visible = F.initiallyVisible
            $0.updatedAt = F.t(4)
            $0.audit.append(AuditEntry(at: F.t(4), event: "answer", question: "rol",
                                       old: .text("coordinator"), new: .text("medewerker")))
        }
        #expect(store.engine.answer("teamgrootte") == .number(12))
        #expect(!store.engine.isRelevant("groot"))
        let record = store.engine.completedRecord()
        #expect(record.answers == ["rol": .text("medewerker")])
        #expect(record.status == .draft)
        // Switching back loses nothing.
        store.send({ $0.setAnswer(.text("coordinator"), for: "rol", at: F.t(5), lang: .nl) }) {
            $0.answers["rol"] = .text("coordinator")
            $0.visible = ["welkom", "rol", "talen", "leeftijd", "uren", "tevreden", "opmerking",
                          "datum", "ervaring", "teamgrootte", "groot", "waarom"]
            $0.updatedAt = F.t(5)
            $0.audit.append(AuditEntry(at: F.t(5), event: "answer", question: "rol",
                                       old: .text("medewerker"), new: .text("coordinator")))
        }
        #expect(store.engine.completedRecord().answers.keys.sorted() == ["groot", "rol", "teamgrootte"])
    }

    @Test func emptyIsNotZero() {
        var store = EngineStore(F.engine())
        #expect(!store.engine.isRelevant("geenuren"))
        store.send({ $0.setAnswer(.number(0), for: "uren", at: F.t(1), lang: .nl) }) {
            $0.answers["uren"] = .number(0)
            $0.visible = F.initiallyVisible + ["geenuren"]
            $0.updatedAt = F.t(1)
            $0.audit.append(AuditEntry(at: F.t(1), event: "answer", question: "uren", new: .number(0)))
        }
        #expect(store.engine.progress == InterviewProgress(answered: 1, total: 10))
    }

    @Test func otherTextIsKeptOnlyWhileOtherIsSelected() {
        var engine = F.engine()
        engine.setAnswer(.text("anders"), for: "rol", at: F.t(1), lang: .nl)
        engine.setOtherText("wijkagent", for: "rol", at: F.t(2))
        engine.setAnswer(.choices(["nl"]), for: "talen", at: F.t(3), lang: .nl)
        engine.setOtherText("Pools", for: "talen", at: F.t(4))
        #expect(engine.completedRecord().answers == [
            "rol": .text("anders"), "rol.other": .text("wijkagent"), "talen": .choices(["nl"]),
        ])
        engine.setAnswer(.choices(["nl", "anders"]), for: "talen", at: F.t(5), lang: .nl)
        engine.setAnswer(.text("medewerker"), for: "rol", at: F.t(6), lang: .nl)
        #expect(engine.completedRecord().answers == [
            "rol": .text("medewerker"), "talen": .choices(["nl", "anders"]), "talen.other": .text("Pools"),
        ])
        // The draft still has everything.
        #expect(engine.answer("rol.other") == .text("wijkagent"))
    }

    @Test func forwardReferencesSettle() {
        // "a" looks at a later question; "b" hides once "a" is answered.
        let q = F.forwardReferences
        var engine = F.engine(answers: ["a": .number(5), "b": .number(1)], questionnaire: q)
        #expect(engine.visibleQuestions.map(\.id) == ["c"])
        engine.setAnswer(.number(2), for: "c", at: F.t(1), lang: .nl)
        #expect(engine.visibleQuestions.map(\.id) == ["a", "b", "c"])
        engine.setAnswer(nil, for: "c", at: F.t(2), lang: .nl)
        #expect(engine.visibleQuestions.map(\.id) == ["c"])
    }
}
