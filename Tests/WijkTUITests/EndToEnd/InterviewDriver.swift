import Foundation
import WijkModel
@testable import WijkTUI

/// Types through an interview in tmux, question by question. A mirror engine gets the
/// same answers, so the driver knows which question comes next and waits for the screen's
/// "vraag N van M" instead of sleeping.
final class InterviewDriver {
    let tmux: Tmux
    let questionnaire: Questionnaire
    let today: String
    private(set) var mirror: InterviewEngine
    /// Answers the driver gave, by question id.
    private(set) var given: [String: AnswerValue] = [:]

    init(tmux: Tmux, questionnaire: Questionnaire, response: Response? = nil) {
        self.tmux = tmux
        self.questionnaire = questionnaire
        self.today = Today.string()
        let start = response ?? Response(id: "mirror", questionnaire: QuestionnaireRef(id: questionnaire.id, version: questionnaire.version),
                                         variant: questionnaire.variant)
        mirror = InterviewEngine(questionnaire: questionnaire, response: start, today: today)
        given = start.answers
    }

    /// The header's counter on the mirror's current question.
    var counter: String { counter(atVisible: mirror.position) }

    /// The header's counter on the visible question at `position`: numbered in the whole
    /// questionnaire ("vraag 12 van 44").
    func counter(atVisible position: Int) -> String {
        Self.counter(mirror, atVisible: position)
    }

    static func counter(_ engine: InterviewEngine, atVisible position: Int) -> String {
        let id = engine.visibleQuestions[position].id
        return "vraag \(engine.number(of: id) ?? 0) van \(engine.questionCount)"
    }

    /// Waits until the screen shows the mirror's current question.
    func waitForCurrent(timeout: Duration = .seconds(5)) throws {
        try tmux.waitFor(text: counter, timeout: timeout)
    }

    /// Answers and confirms the current question; false when it was the last one.
    @discardableResult
    func answerCurrent() throws -> Bool {
        guard let question = mirror.currentQuestion else { return false }
        let (steps, value) = AnswerScript.answer(question, in: questionnaire, today: today)
        try send(steps)
        if let value {
            mirror.setAnswer(value, for: question.id, at: Date(), lang: .nl)
            given[question.id] = value
        }
        let isLast = !mirror.next()
        if isLast { return false }
        // Either the next question comes, or a soft warning ("Nogmaals Enter") that a second
        // confirm goes past. Waiting for one of the two (not a fixed time) keeps a slow,
        // busy machine from confirming the next question as well.
        let screen = try tmux.waitUntil(timeout: .seconds(10), what: "\(counter) or a warning") {
            $0.contains(counter) || $0.contains("Nogmaals Enter")
        }
        if !screen.contains(counter) {
            try tmux.sendKeys(named: question.type == .longText ? "Tab" : "Enter")
            try tmux.waitFor(text: counter)
        }
        return true
    }

    /// Types only the first part of the current question's answer (no confirm).
    func send(_ steps: [AnswerScript.Step]) throws {
        for step in steps {
            switch step {
            case .named(let name): try tmux.sendKeys(named: name)
            case .literal(let text): try tmux.sendKeys(literal: text)
            }
        }
    }

    /// Answers questions until the current one has `type` (or the interview ends).
    func answer(until type: QuestionType) throws {
        while let question = mirror.currentQuestion, question.type != type {
            guard try answerCurrent() else { return }
        }
    }
}
