import Foundation
import Testing
@testable import WijkModel

/// The home screen's progress column: one engine per questionnaire reused for every response must
/// give exactly what a new engine on each response gives (what the interview screen shows).
@Suite struct ProgressMeterTests {
    typealias F = EngineFixture

    static func fresh(_ response: Response, _ questionnaire: Questionnaire, today: String) -> Int {
        let progress = InterviewEngine(questionnaire: questionnaire, response: response, today: today).progress
        return Int((progress.fraction * 100).rounded(.down))
    }

    @Test func generatedInterviewsMatchANewEnginePerResponse() {
        let questionnaires = BundledQuestionnaires.all
        let meter = ProgressMeter(questionnaires: questionnaires, today: "2026-05-03")
        let responses = SampleData.generate(count: 300, seed: 7)
        #expect(responses.contains { $0.status == .draft } && responses.contains { $0.status == .complete })
        var seen = Set<Int>()
        for response in responses {
            let questionnaire = questionnaires.first { $0.id == response.questionnaire.id }!
            let expected = Self.fresh(response, questionnaire, today: "2026-05-03")
            #expect(meter.percent(response) == expected, "\(response.id)")
            seen.insert(expected)
        }
        #expect(seen.count > 3)   // varied progress, not one value throughout
    }

    /// Relevance that looks forward starts from "everything relevant" in a new engine; the reused
    /// engine must not start from the previous response's relevance.
    @Test func forwardReferencesStartAfreshForEveryResponse() {
        let q = F.forwardReferences
        let meter = ProgressMeter(questionnaires: [q], today: "2024-05-01")
        let answerSets: [[String: AnswerValue]] = [
            ["c": .number(2), "a": .number(5), "b": .number(1)], ["a": .number(5), "b": .number(1)],
            [:], ["c": .number(2)], ["c": .number(2), "a": .number(1)], ["a": .number(5)],
        ]
        for answers in answerSets + answerSets.reversed() {
            var response = F.emptyResponse(answers: answers)
            response.questionnaire = QuestionnaireRef(id: "fwd", version: "1")
            #expect(meter.percent(response) == Self.fresh(response, q, today: "2024-05-01"), "\(answers)")
        }
    }

    @Test func questionnaireByIdThenByVariantElseUnknown() {
        let meter = ProgressMeter(questionnaires: BundledQuestionnaires.all, today: "2026-05-03")
        let byVariant = Response(id: "x", questionnaire: QuestionnaireRef(id: "onbekend", version: "9"), variant: "wijkteam")
        #expect(meter.percent(byVariant) == Self.fresh(byVariant, BundledQuestionnaires.variant("wijkteam")!,
                                                       today: "2026-05-03"))
        let unknown = Response(id: "y", questionnaire: QuestionnaireRef(id: "onbekend", version: "9"), variant: "anders")
        #expect(meter.percent(unknown) == nil)
    }

    @Test func privateCopyMeasuresTheSame() {
        let meter = ProgressMeter(questionnaires: BundledQuestionnaires.all, today: "2026-05-03")
        let copy = meter.privateCopy()
        for response in SampleData.generate(count: 40, seed: 3) {
            #expect(copy.percent(response) == meter.percent(response))
        }
    }
}
