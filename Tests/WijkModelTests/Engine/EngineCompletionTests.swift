import Foundation
import Testing
@testable import WijkModel

/// Problems before completing, constraints, required, complete/reopen and the
/// leave/resume paradata.
@Suite struct EngineCompletionTests {
    typealias F = EngineFixture

    /// Answers that satisfy every hard check of the fixture.
    static let complete: [String: AnswerValue] = [
        "rol": .text("medewerker"), "datum": .text("2024-05-01"), "tevreden": .number(4),
        "waarom": .text("-"),
    ]

    @Test func unknownKeysAreKeptInTheRecordNotesDropped() {
        let engine = F.engine(answers: ["oud_veld": .text("x"), "welkom": .text("y")])
        #expect(engine.completedRecord().answers == ["oud_veld": .text("x")])
    }

    @Test func dontKnowAndRefusedCountAsAnswered() {
        let engine = F.engine(answers: ["rol": .text("medewerker"), "datum": .refused,
                                        "leeftijd": .dontKnow])
        #expect(engine.problems(for: "datum", lang: .nl) == [])
        #expect(engine.problems(for: "rol", lang: .nl) == [])
        #expect(engine.progress.answered == 3)
    }

    @Test func requiredAlwaysUsesTheQuestionsMessageOrTheDefault() {
        let engine = F.engine()
        #expect(engine.problems(for: "rol", lang: .en) == [
            EngineProblem(questionId: "rol", message: "Choose a role.", severity: .hard, kind: .missingRequired),
        ])
        #expect(engine.problems(for: "datum", lang: .nl) == [
            EngineProblem(questionId: "datum", message: "Deze vraag moet beantwoord worden.",
                          severity: .hard, kind: .missingRequired),
        ])
        #expect(engine.isRequired("rol"))
        #expect(!engine.isRequired("talen"))
        #expect(!engine.isRequired("welkom"))
    }

    @Test
    func problemsInQuestionnaireOrder() {
        var engine = F.engine()
        #expect(engine.problems(lang: .nl) == [
            EngineProblem(questionId: "rol", message: "Kies een rol.", severity: .hard, kind: .missingRequired),
            EngineProblem(questionId: "datum", message: "Deze vraag moet beantwoord worden.",
                          severity: .hard, kind: .missingRequired),
        ])
        let soft = engine.setAnswer(.number(45), for: "uren", at: F.t(1), lang: .nl)
        #expect(soft == .accepted(warnings: ["Meer dan 40 uur?"]))
        engine.setAnswer(.number(2), for: "tevreden", at: F.t(2), lang: .nl)
        #expect(engine.problems(lang: .nl) == [
            EngineProblem(questionId: "rol", message: "Kies een rol.", severity: .hard, kind: .missingRequired),
            EngineProblem(questionId: "uren", message: "Meer dan 40 uur?", severity: .soft, kind: .constraint),
            EngineProblem(questionId: "datum", message: "Deze vraag moet beantwoord worden.",
                          severity: .hard, kind: .missingRequired),
            EngineProblem(questionId: "waarom", message: "Deze vraag moet beantwoord worden.",
                          severity: .hard, kind: .missingRequired),
        ])
        #expect(engine.firstProblem(lang: .nl)?.questionId == "rol")
        #expect(!engine.canComplete)
    }

    @Test
    func requiredWhenFollowsItsExpression() {
        var engine = F.engine()
        #expect(!engine.isRequired("waarom"))         // tevreden empty: not <= 2
        engine.setAnswer(.number(2), for: "tevreden", at: F.t(1), lang: .nl)
        #expect(engine.isRequired("waarom"))
        engine.setAnswer(.number(3), for: "tevreden", at: F.t(2), lang: .nl)
        #expect(!engine.isRequired("waarom"))
    }

    @Test
    func hardConstraintRejectsSoftConstraintWarns() {
        var store = EngineStore(F.engine(answers: ["rol": .text("coordinator")]))
        let hard = store.send { $0.setAnswer(.number(51), for: "teamgrootte", at: F.t(1), lang: .en) }
        #expect(hard == .rejected(["At most 50."]))
        let soft = store.send({ $0.setAnswer(.number(41), for: "uren", at: F.t(2), lang: .nl) }) {
            $0.answers["uren"] = .number(41)
            $0.updatedAt = F.t(2)
            $0.audit.append(AuditEntry(at: F.t(2), event: "answer", question: "uren", new: .number(41)))
        }
        #expect(soft == .accepted(warnings: ["Meer dan 40 uur?"]))
        // The same value again records nothing but still warns.
        let again = store.send { $0.setAnswer(.number(41), for: "uren", at: F.t(3), lang: .nl) }
        #expect(again == .accepted(warnings: ["Meer dan 40 uur?"]))
    }

    @Test
    func constraintIsCheckedOnlyOnANonEmptyAnswer() {
        let q = Questionnaire(
            id: "c", version: "1", title: F.text("C"), variant: "wijkteam", choiceLists: [:],
            sections: [Section(id: "s", title: F.text("S"), questions: [
                Question(id: "n", type: .integer, label: F.text("N"), required: .always(true),
                         constraint: F.expr(". > 5"), allowDontKnow: true),
                Question(id: "v", type: .integer, label: F.text("V"), constraint: F.expr(". > 5")),
            ])])
        var engine = F.engine(questionnaire: q)
        #expect(engine.problems(lang: .nl).map(\.kind) == [.missingRequired])
        let three = engine.setAnswer(.number(3), for: "n", at: F.t(1), lang: .nl)
        #expect(three == .rejected(["Dit antwoord voldoet niet aan de controle: . > 5"]))
        // Don't know is not checked against the constraint either.
        let dontKnow = engine.setAnswer(.dontKnow, for: "n", at: F.t(2), lang: .nl)
        #expect(dontKnow == .accepted(warnings: []))
        #expect(engine.problems(lang: .nl) == [])
        #expect(engine.canComplete)
    }

    @Test
    func constraintsOnOtherAnswersAreRechecked() {
        let q = Questionnaire(
            id: "c", version: "1", title: F.text("C"), variant: "wijkteam", choiceLists: [:],
            sections: [Section(id: "s", title: F.text("S"), questions: [
                Question(id: "totaal", type: .integer, label: F.text("Totaal")),
                Question(id: "deel", type: .integer, label: F.text("Deel"),
                         constraint: F.expr(". <= ${totaal}"),
                         constraintMessage: LocalizedText(nl: "Meer dan het totaal.", en: "More than the total.")),
            ])])
        var engine = F.engine(questionnaire: q)
        engine.setAnswer(.number(10), for: "totaal", at: F.t(1), lang: .nl)
        let part = engine.setAnswer(.number(8), for: "deel", at: F.t(2), lang: .nl)
        #expect(part == .accepted(warnings: []))
        engine.setAnswer(.number(5), for: "totaal", at: F.t(3), lang: .nl)
        #expect(engine.problems(lang: .nl) == [
            EngineProblem(questionId: "deel", message: "Meer dan het totaal.", severity: .hard, kind: .constraint),
        ])
    }

    @Test func completeIsBlockedByHardProblems() {
        var store = EngineStore(F.engine(answers: ["datum": .text("2024-05-01")]))
        store.send { engine in
            #expect(throws: EngineError.self) { try engine.complete(at: F.t(1), lang: .nl) }
        }
        do {
            try store.engine.complete(at: F.t(1), lang: .en)
            Issue.record("complete should have thrown")
        } catch {
            #expect(error.problems.first == EngineProblem(questionId: "rol", message: "Choose a role.",
                                                          severity: .hard, kind: .missingRequired))
            #expect(error.problems.allSatisfy { $0.severity == .hard })
        }
    }

    @Test func completeWritesTheRecordAndReopenIsAudited() throws {
        var answers = Self.complete
        answers["opmerking"] = .text("kort")
        var store = EngineStore(F.engine(answers: answers))
        try store.send({ engine in try engine.complete(at: F.t(10), lang: .nl) }) {
            $0.status = .complete
            $0.completedAt = F.t(10)
            $0.updatedAt = F.t(10)
            $0.audit.append(AuditEntry(at: F.t(10), event: "complete"))
        }
        // A complete interview is not edited until reopened.
        let refused = store.send { $0.setAnswer(.text("ander"), for: "opmerking", at: F.t(11), lang: .nl) }
        #expect(refused == .rejected(["Dit interview is afgerond; heropen het om te wijzigen."]))
        try store.send { engine in try engine.complete(at: F.t(12), lang: .nl) } // already complete
        let reopened = store.send({ $0.reopen(at: F.t(13)) }) {
            $0.status = .draft
            $0.completedAt = nil
            $0.updatedAt = F.t(13)
            $0.audit.append(AuditEntry(at: F.t(13), event: "reopen"))
        }
        let again = store.send { $0.reopen(at: F.t(14)) }
        #expect(reopened && !again)
    }

    @Test
    func completeIsAllowedWithSoftProblemsAndDropsIrrelevantAnswers() throws {
        var answers = Self.complete
        answers["uren"] = .number(45)          // soft constraint fails
        answers["teamgrootte"] = .number(99)   // hidden: rol is medewerker
        var store = EngineStore(F.engine(answers: answers))
        #expect(store.engine.canComplete)
        try store.send({ engine in try engine.complete(at: F.t(10), lang: .nl) }) {
            $0.answers["teamgrootte"] = nil
            $0.status = .complete
            $0.completedAt = F.t(10)
            $0.updatedAt = F.t(10)
            // Nothing is deleted silently: the cleared answer is in the audit with its old value.
            $0.audit.append(AuditEntry(at: F.t(10), event: "cleared", question: "teamgrootte", old: .number(99)))
            $0.audit.append(AuditEntry(at: F.t(10), event: "complete"))
        }
    }

    @Test func leaveAndResumeAreAudited() {
        var store = EngineStore(F.engine())
        store.send({ $0.recordLeave(at: F.t(1)) }) {
            $0.updatedAt = F.t(1)
            $0.audit.append(AuditEntry(at: F.t(1), event: "leave"))
        }
        store.send({ $0.recordResume(at: F.t(2)) }) {
            $0.updatedAt = F.t(2)
            $0.audit.append(AuditEntry(at: F.t(2), event: "resume"))
        }
    }
}
