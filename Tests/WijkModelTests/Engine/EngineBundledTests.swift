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
