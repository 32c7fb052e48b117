import Foundation
import Testing
@testable import WijkModel

/// A small questionnaire with every question type, relevance on a section and
/// on questions (a cascade), hard and soft constraints, and required both as a
/// constant and as an expression.
enum EngineFixture {
    static func expr(_ source: String) -> WijkModel.Expression {
        do { return try WijkModel.Expression.parse(source) } catch { fatalError("\(source): \(error)") }
    }

    static func text(_ nl: String) -> LocalizedText { LocalizedText(nl: nl, en: nl) }

    static let questionnaire = Questionnaire(
        id: "test", version: "1", title: text("Test"), variant: "wijkteam",
        choiceLists: [
            "rollen": ChoiceList(name: "rollen", choices: [
                Choice(value: "coordinator", label: text("Coördinator")),
                Choice(value: "medewerker", label: text("Medewerker")),
            ]),
            "talen": ChoiceList(name: "talen", choices: [
                Choice(value: "nl", label: text("Nederlands")),
                Choice(value: "en", label: text("Engels")),
                Choice(value: "ar", label: text("Arabisch")),
            ]),
        ],
        sections: [
            Section(id: "basis", title: text("Basis"), questions: [
                Question(id: "welkom", type: .note, label: text("Welkom")),
                Question(id: "rol", type: .single, label: text("Rol"), choices: "rollen",
                         required: .always(true),
                         requiredMessage: LocalizedText(nl: "Kies een rol.", en: "Choose a role."),
                         other: OtherSpec(value: "anders", label: text("Anders"))),
                Question(id: "talen", type: .multiple, label: text("Talen"), choices: "talen",
                         maxSelections: 2, other: OtherSpec(value: "anders", label: text("Anders"))),
                Question(id: "leeftijd", type: .integer, label: text("Leeftijd"), min: 18, max: 99,
                         allowDontKnow: true),
                Question(id: "uren", type: .decimal, label: text("Uren"), min: 0, max: 60,
                         constraint: expr(". <= 40"),
                         constraintMessage: LocalizedText(nl: "Meer dan 40 uur?", en: "More than 40 hours?"),
                         constraintSeverity: .soft),
                Question(id: "tevreden", type: .scale, label: text("Tevreden"),
                         scale: ScaleSpec(min: 1, max: 5, minLabel: text("Slecht"), maxLabel: text("Goed"))),
                Question(id: "opmerking", type: .longText, label: text("Opmerking"), maxLength: 10),
                Question(id: "datum", type: .date, label: text("Datum"), required: .always(true),
                         allowRefused: true),
                Question(id: "ervaring", type: .yesNo, label: text("Ervaring")),
            ]),
            Section(id: "team", title: text("Team"), relevant: expr("${rol} = 'coordinator'"), questions: [
                Question(id: "teamgrootte", type: .integer, label: text("Teamgrootte"), min: 1,
                         constraint: expr(". <= 50"),
                         constraintMessage: LocalizedText(nl: "Hoogstens 50.", en: "At most 50.")),
            ]),
            Section(id: "slot", title: text("Slot"), questions: [
                Question(id: "groot", type: .text, label: text("Groot team"),
                         relevant: expr("${teamgrootte} > 10")),
                Question(id: "waarom", type: .text, label: text("Waarom"),
                         required: .when(expr("${tevreden} <= 2"))),
                Question(id: "geenuren", type: .text, label: text("Geen uren"),
                         relevant: expr("${uren} = 0")),
            ]),
        ])

    static let allIDs = questionnaire.questions.map(\.id)
    /// Visible on an empty response with real expressions.
    static let initiallyVisible = ["welkom", "rol", "talen", "leeftijd", "uren", "tevreden",
                                   "opmerking", "datum", "ervaring", "waarom"]

    /// Relevance that looks forward: "a" looks at the later "c"; "b" hides once "a" is answered.
    static let forwardReferences = Questionnaire(
        id: "fwd", version: "1", title: text("F"), variant: "wijkteam", choiceLists: [:],
        sections: [Section(id: "s", title: text("S"), questions: [
            Question(id: "a", type: .integer, label: text("A"), relevant: expr("${c} > 1")),
            Question(id: "b", type: .integer, label: text("B"), relevant: expr("${a} > 1")),
            Question(id: "c", type: .integer, label: text("C")),
        ])])

    static let created = Date(timeIntervalSince1970: 1_700_000_000)
    static func t(_ seconds: Int) -> Date { created.addingTimeInterval(TimeInterval(seconds)) }

    static func emptyResponse(answers: [String: AnswerValue] = [:]) -> Response {
        Response(id: "r1", questionnaire: QuestionnaireRef(id: "test", version: "1"),
                 variant: "wijkteam", createdAt: created, answers: answers)
    }

    static func engine(answers: [String: AnswerValue] = [:],
                       questionnaire: Questionnaire = questionnaire) -> InterviewEngine {
        InterviewEngine(questionnaire: questionnaire, response: emptyResponse(answers: answers),
                        today: "2024-05-01")
    }
}

/// The observable state of an engine, compared as a whole after each step
/// (after Point-Free's TestStore: a step fails if anything else changed).
struct EngineState: Equatable {
    var visible: [String]
    var position: Int
    var answers: [String: AnswerValue]
    var remarks: [String: String]
    var status: ResponseStatus
    var updatedAt: Date
    var completedAt: Date?
    var audit: [AuditEntry]

    init(_ engine: InterviewEngine) {
        visible = engine.visibleQuestions.map(\.id)
        position = engine.position
        answers = engine.response.answers
        remarks = engine.response.remarks
        status = engine.response.status
        updatedAt = engine.response.updatedAt
        completedAt = engine.response.completedAt
        audit = engine.response.audit
    }
}

/// Sends one step to the engine and checks the whole resulting state against
/// the expected state, changed only by `update`.
struct EngineStore {
    var engine: InterviewEngine
    var expected: EngineState

    init(_ engine: InterviewEngine) {
        self.engine = engine
        self.expected = EngineState(engine)
    }

    @discardableResult
    mutating func send<Result>(_ action: (inout InterviewEngine) throws -> Result,
                               _ update: (inout EngineState) -> Void = { _ in },
                               sourceLocation: SourceLocation = #_sourceLocation) rethrows -> Result {
        let result = try action(&engine)
        update(&expected)
        #expect(EngineState(engine) == expected, sourceLocation: sourceLocation)
        return result
    }
}
