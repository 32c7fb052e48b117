import Foundation
import WijkModel
@testable import WijkTUI

/// A small questionnaire with one question of every type, for the screen tests.
enum InterviewFixtures {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    static func expr(_ source: String) -> WijkModel.Expression {
        do { return try WijkModel.Expression.parse(source) } catch { fatalError("\(source): \(error)") }
    }

    static let questionnaire = Questionnaire(
        id: "test", version: "1", title: LocalizedText(nl: "Testvragenlijst", en: "Test questionnaire"),
        variant: "test",
        choiceLists: [
            "soort": ChoiceList(name: "soort", choices: [
                Choice(value: "buurthuis", label: LocalizedText(nl: "Buurthuis", en: "Community centre")),
                Choice(value: "moskee", label: LocalizedText(nl: "Moskee", en: "Mosque")),
                Choice(value: "stichting", label: LocalizedText(nl: "Stichting", en: "Foundation")),
            ]),
            "talen": ChoiceList(name: "talen", choices: [
                Choice(value: "nl", label: LocalizedText(nl: "Nederlands", en: "Dutch")),
                Choice(value: "tr", label: LocalizedText(nl: "Turks (Türkçe)", en: "Turkish (Türkçe)")),
                Choice(value: "ar", label: LocalizedText(nl: "Arabisch (العربية)", en: "Arabic (العربية)")),
                Choice(value: "en", label: LocalizedText(nl: "Engels", en: "English")),
                Choice(value: "pl", label: LocalizedText(nl: "Pools", en: "Polish")),
            ]),
        ],
        sections: [
            Section(id: "algemeen", title: LocalizedText(nl: "Algemeen", en: "General"),
                    intro: LocalizedText(nl: "Eerst enkele vragen over de organisatie.",
                                         en: "First some questions about the organisation."),
                    questions: [
                        Question(id: "naam", type: .text, label: LocalizedText(nl: "Naam van de organisatie", en: "Name of the organisation"),
                                 required: .always(true)),
                        Question(id: "soort", type: .single, label: LocalizedText(nl: "Wat voor organisatie is het?", en: "What kind of organisation is it?"),
                                 choices: "soort", other: OtherSpec(value: "anders", label: LocalizedText(nl: "Anders, namelijk:", en: "Other, namely:"))),
                        Question(id: "talen", type: .multiple, label: LocalizedText(nl: "Welke talen spreken de medewerkers?", en: "Which languages do the staff speak?"),
                                 hint: LocalizedText(nl: "Kies er hoogstens drie.", en: "Choose at most three."),
                                 choices: "talen", maxSelections: 3),
                        Question(id: "tevreden", type: .scale, label: LocalizedText(nl: "Hoe tevreden bent u over de samenwerking?", en: "How satisfied are you with the cooperation?"),
                                 scale: ScaleSpec(min: 1, max: 5, minLabel: LocalizedText(nl: "Zeer ontevreden", en: "Very dissatisfied"),
                                                  maxLabel: LocalizedText(nl: "Zeer tevreden", en: "Very satisfied"),
                                                  pointLabels: [3: LocalizedText(nl: "Neutraal", en: "Neutral")]),
                                 allowDontKnow: true, allowRefused: true),
                    ]),
            Section(id: "cijfers", title: LocalizedText(nl: "Cijfers", en: "Figures"), questions: [
                Question(id: "leden", type: .integer, label: LocalizedText(nl: "Hoeveel leden heeft de organisatie?", en: "How many members does the organisation have?"),
                         min: 0, max: 10000, constraint: expr(". <= 500"),
                         constraintMessage: LocalizedText(nl: "Meer dan 500 leden? Controleer het aantal.", en: "More than 500 members? Check the number."),
                         constraintSeverity: .soft),
                Question(id: "uren", type: .decimal, label: LocalizedText(nl: "Hoeveel uur per week?", en: "How many hours a week?"), min: 0, max: 168),
                Question(id: "datum", type: .date, label: LocalizedText(nl: "Datum van oprichting", en: "Date founded")),
                Question(id: "subsidie", type: .yesNo, label: LocalizedText(nl: "Krijgt de organisatie subsidie?", en: "Does the organisation get a subsidy?")),
                Question(id: "bedrag", type: .integer, label: LocalizedText(nl: "Hoeveel subsidie per jaar (euro)?", en: "How much subsidy a year (euro)?"),
                         relevant: expr("${subsidie} = true()")),
                Question(id: "info", type: .note, label: LocalizedText(nl: "Nu volgt een open vraag. Laat de respondent uitpraten.", en: "An open question follows. Let the respondent finish.")),
                Question(id: "verhaal", type: .longText, label: LocalizedText(nl: "Vertel over de samenwerking.", en: "Tell about the cooperation.")),
            ]),
        ])

    static func engine(answers: [String: AnswerValue] = [:], status: ResponseStatus = .draft) -> InterviewEngine {
        let response = Response(id: "r1", questionnaire: QuestionnaireRef(id: "test", version: "1"), variant: "test",
                                status: status, createdAt: now, answers: answers)
        return InterviewEngine(questionnaire: questionnaire, response: response, today: "2026-11-30")
    }

    static func screen(_ lang: Lang = .nl, answers: [String: AnswerValue] = [:], at id: String? = nil,
                       readOnly: Bool = false, status: ResponseStatus = .draft) -> InterviewScreen {
        var engine = engine(answers: answers, status: status)
        if let id { engine.jump(to: id, at: now) }
        return InterviewScreen(engine: engine, lang: lang, readOnly: readOnly)
    }
}

extension InterviewScreen {
    /// Feeds keys; returns all effects.
    @discardableResult
    mutating func press(_ keys: Key...) -> [InterviewEffect] {
        keys.flatMap { handle($0, now: InterviewFixtures.now) }
    }

    /// Types text one grapheme (or, for combining marks, one scalar) at a time, as
    /// `get_wch` delivers it.
    @discardableResult
    mutating func type(_ text: String) -> [InterviewEffect] {
        text.unicodeScalars.flatMap { handle(.character(Character($0)), now: InterviewFixtures.now) }
    }

    var currentID: String? { engine.currentQuestion?.id }

    /// The responses the effects would save, in order.
    static func saved(_ effects: [InterviewEffect]) -> [Response] {
        effects.compactMap { if case .save(let r) = $0 { return r }; return nil }
    }

    func rendered(_ width: Int = 80, _ height: Int = 24) -> Grid {
        var grid = Grid(width: width, height: height)
        _ = render(into: &grid)
        return grid
    }
}
