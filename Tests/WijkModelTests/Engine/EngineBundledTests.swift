import Foundation
import Testing
@testable import WijkModel

/// The engine over the real questionnaires: every step keeps `position` valid
/// and a fresh interview has work to do.
@Suite struct EngineBundledTests {
    @Test(arguments: BundledQuestionnaires.all.map(\.variant))
    func walkingThroughKeepsPositionValid(variant: String) throws {
        let questionnaire = try #require(BundledQuestionnaires.variant(variant))
        let response = Response(id: "r", questionnaire: QuestionnaireRef(id: questionnaire.id,
                                                                          version: questionnaire.version),
                                variant: variant, createdAt: EngineFixture.created)
        var engine = InterviewEngine(questionnaire: questionnaire, response: response, today: "2024-05-01")
        #expect(!engine.visibleQuestions.isEmpty)
        #expect(engine.progress.answered == 0)
        var steps = 0
        repeat {
            #expect(engine.visibleQuestions.indices.contains(engine.position))
            steps += 1
        } while engine.next() && steps < 500
        #expect(steps == engine.visibleQuestions.count)
    }
}

/// Soft checks across two questions (issue 13): a warning, never a block, showing both answers.
@Suite struct CrossQuestionCheckTests {
    func engine(_ variant: String) -> InterviewEngine {
        let questionnaire = BundledQuestionnaires.variant(variant)!
        let response = Response(id: "r", questionnaire: QuestionnaireRef(id: questionnaire.id, version: questionnaire.version),
                                variant: variant, createdAt: EngineFixture.created)
        var engine = InterviewEngine(questionnaire: questionnaire, response: response, today: "2024-05-01")
        engine.setAnswer(.bool(true), for: MetadataID.consent, at: EngineFixture.created, lang: .nl)
        return engine
    }

    @Test func staffWithAMigrationBackgroundAtMostTheTeam() {
        var e = engine("wijkteam")
        e.setAnswer(.number(10), for: "teamgrootte", at: EngineFixture.created, lang: .nl)
        let outcome = e.setAnswer(.number(12), for: "medewerkers_migratie", at: EngineFixture.created, lang: .nl)
        #expect(outcome.isAccepted)
        #expect(outcome.messages == ["Meer teamleden met een migratieachtergrond (12) dan het team groot is (10)? Controleer beide antwoorden."])
        #expect(e.problems(for: "medewerkers_migratie", lang: .en).map(\.severity) == [.soft])
        #expect(e.problems(for: "medewerkers_migratie", lang: .en).first?.message.contains("(12) than the team has (10)") == true)
        #expect(e.setAnswer(.number(10), for: "medewerkers_migratie", at: EngineFixture.created, lang: .nl).messages.isEmpty)
        // Team size unknown: nothing to compare with.
        e.setAnswer(.dontKnow, for: "teamgrootte", at: EngineFixture.created, lang: .nl)
        #expect(e.setAnswer(.number(40), for: "medewerkers_migratie", at: EngineFixture.created, lang: .nl).messages.isEmpty)
        #expect(e.canComplete || !e.problems(lang: .nl).contains { $0.questionId == "medewerkers_migratie" })
    }

    @Test func unknownTeamButTrustedShowsBothScalePoints() {
        var e = engine("migrantenorganisatie")
        e.setAnswer(.number(5), for: "achterban_vertrouwen", at: EngineFixture.created, lang: .nl)
        let outcome = e.setAnswer(.number(1), for: "bekendheid_wijkteam", at: EngineFixture.created, lang: .nl)
        #expect(outcome.isAccepted)
        let message = outcome.messages.first ?? ""
        #expect(message.contains("(1 (Helemaal niet))"), "\(message)")
        #expect(message.contains("(5 (Helemaal eens))"), "\(message)")
        #expect(e.setAnswer(.number(2), for: "bekendheid_wijkteam", at: EngineFixture.created, lang: .nl).messages.isEmpty)
    }
}
