import Foundation
import Testing
@testable import WijkModel

/// next/previous/jump over skipped questions, and a position that stays valid
/// when visibility changes.
@Suite struct EngineNavigationTests {
    typealias F = EngineFixture

    @Test func nextAndPreviousStopAtTheEnds() {
        var store = EngineStore(F.engine())
        #expect(store.engine.currentQuestion?.id == "welkom")
        let movedBack = store.send { $0.previous() }
        #expect(!movedBack)
        let count = store.engine.visibleQuestions.count
        for step in 1..<count {
            let moved = store.send({ $0.next() }) { $0.position = step }
            #expect(moved)
        }
        let movedOn = store.send { $0.next() }
        #expect(!movedOn)
        #expect(store.engine.currentQuestion?.id == store.engine.visibleQuestions.last?.id)
    }

    @Test
    func nextAndPreviousSkipHiddenQuestions() {
        var store = EngineStore(F.engine())
        store.send({ $0.jump(to: "ervaring", at: F.t(1)) }) {
            $0.position = 8
            $0.updatedAt = F.t(1)
            $0.audit.append(AuditEntry(at: F.t(1), event: "jump", question: "ervaring"))
        }
        store.send({ $0.next() }) { $0.position = 9 }
        #expect(store.engine.currentQuestion?.id == "waarom")
        store.send({ $0.previous() }) { $0.position = 8 }
        #expect(store.engine.currentQuestion?.id == "ervaring")
        // A hidden question cannot be jumped to, and nothing is recorded.
        let toHidden = store.send { $0.jump(to: "teamgrootte", at: F.t(2)) }
        let toUnknown = store.send { $0.jump(to: "bestaatniet", at: F.t(2)) }
        #expect(!toHidden && !toUnknown)
        // Jumping to where we are records nothing either.
        let toCurrent = store.send { $0.jump(to: "ervaring", at: F.t(2)) }
        #expect(toCurrent)
    }

    @Test
    func positionFollowsVisibilityChanges() {
        var engine = F.engine(answers: ["rol": .text("coordinator"), "teamgrootte": .number(12)])
        let jumped = engine.jump(to: "groot", at: F.t(1))
        #expect(jumped)
        #expect(engine.position == 10)
        // Still visible: stays on the same question although its index moves.
        engine.setAnswer(.text("x"), for: "groot", at: F.t(2), lang: .nl)
        #expect(engine.currentQuestion?.id == "groot")
        // Hidden: moves to the nearest following visible question.
        engine.setAnswer(.text("medewerker"), for: "rol", at: F.t(3), lang: .nl)
        #expect(engine.currentQuestion?.id == "waarom")
        #expect(engine.position == 9)
    }

    @Test
    func positionFallsBackToTheLastVisibleQuestion() {
        let q = Questionnaire(
            id: "end", version: "1", title: F.text("E"), variant: "wijkteam", choiceLists: [:],
            sections: [Section(id: "s", title: F.text("S"), questions: [
                Question(id: "a", type: .integer, label: F.text("A")),
                Question(id: "b", type: .text, label: F.text("B"), relevant: F.expr("${a} > 1")),
            ])])
        var engine = F.engine(answers: ["a": .number(5)], questionnaire: q)
        let jumped = engine.jump(to: "b", at: F.t(1))
        #expect(jumped)
        // Nothing follows the now hidden current question: stay on the last visible one.
        engine.setAnswer(.number(0), for: "a", at: F.t(2), lang: .nl)
        #expect(engine.visibleQuestions.map(\.id) == ["a"])
        #expect(engine.position == 0)
        #expect(engine.currentQuestion?.id == "a")
    }

    @Test func moveToFirstUnansweredSkipsNotesAndAnsweredQuestions() {
        var store = EngineStore(F.engine(answers: ["rol": .text("medewerker"), "talen": .dontKnow]))
        let moved = store.send({ $0.moveToFirstUnanswered() }) { $0.position = 3 }
        #expect(moved)
        #expect(store.engine.currentQuestion?.id == "leeftijd")
    }

    @Test func moveToFirstUnansweredStaysWhenAllAreAnswered() {
        let q = Questionnaire(
            id: "one", version: "1", title: F.text("O"), variant: "wijkteam", choiceLists: [:],
            sections: [Section(id: "s", title: F.text("S"), questions: [
                Question(id: "n", type: .note, label: F.text("N")),
                Question(id: "a", type: .yesNo, label: F.text("A")),
            ])])
        var store = EngineStore(F.engine(answers: ["a": .bool(false)], questionnaire: q))
        let moved = store.send { $0.moveToFirstUnanswered() }
        #expect(!moved)
        #expect(store.engine.progress == InterviewProgress(answered: 1, total: 1))
        #expect(store.engine.progress.fraction == 1)
    }

    @Test func emptyQuestionnaireHasNoCurrentQuestion() {
        let q = Questionnaire(id: "leeg", version: "1", title: F.text("L"), variant: "wijkteam",
                              choiceLists: [:], sections: [])
        var engine = F.engine(questionnaire: q)
        #expect(engine.currentQuestion == nil)
        let moved = engine.next()
        #expect(!moved)
        #expect(engine.progress.fraction == 1)
        #expect(engine.canComplete)
    }
}
