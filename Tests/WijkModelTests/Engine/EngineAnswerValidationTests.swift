import Foundation
import Testing
@testable import WijkModel

/// Immediate checks on `setAnswer`: each kind with its message; a rejected
/// answer changes nothing at all.
@Suite struct EngineAnswerValidationTests {
    typealias F = EngineFixture

    /// Sends `value` for `id` and expects it rejected with `messages`, the state untouched.
    private func expectRejected(_ value: AnswerValue, _ id: String, _ messages: [String],
                                lang: Lang = .nl, answers: [String: AnswerValue] = [:],
                                sourceLocation: SourceLocation = #_sourceLocation) {
        var store = EngineStore(F.engine(answers: answers))
        let outcome = store.send { $0.setAnswer(value, for: id, at: F.t(1), lang: lang) }
        #expect(outcome == .rejected(messages), sourceLocation: sourceLocation)
    }

    /// Sends `value` for `id` and expects it stored with one audit entry.
    private func expectAccepted(_ value: AnswerValue, _ id: String,
                                sourceLocation: SourceLocation = #_sourceLocation) {
        var store = EngineStore(F.engine())
        let outcome = store.send({ $0.setAnswer(value, for: id, at: F.t(1), lang: .nl) }) {
            $0.answers[id] = value
            $0.updatedAt = F.t(1)
            $0.audit = [AuditEntry(at: F.t(1), event: "answer", question: id, old: nil, new: value)]
        }
        #expect(outcome == .accepted(warnings: []), sourceLocation: sourceLocation)
    }

    @Test func typeMustMatchQuestion() {
        expectRejected(.text("30"), "leeftijd", ["Vul een heel getal in."])
        expectRejected(.text("30"), "leeftijd", ["Enter a whole number."], lang: .en)
        expectRejected(.number(1), "rol", ["Kies één antwoord uit de lijst."])
        expectRejected(.text("nl"), "talen", ["Kies antwoorden uit de lijst."])
        expectRejected(.bool(true), "uren", ["Vul een getal in."])
        expectRejected(.number(3), "opmerking", ["Vul tekst in."])
        expectRejected(.number(3), "datum", ["Vul een datum in (JJJJ-MM-DD)."])
        expectRejected(.text("ja"), "ervaring", ["Kies ja of nee."])
        expectRejected(.text("3"), "tevreden", ["Kies een punt op de schaal."])
        expectRejected(.number(.nan), "uren", ["Vul een getal in."])
    }

    @Test func integerAndScaleMustBeWhole() {
        expectRejected(.number(30.5), "leeftijd", ["Vul een heel getal in."])
        expectRejected(.number(2.5), "tevreden", ["Vul een heel getal in."])
        expectAccepted(.number(30.5), "uren")
    }

    @Test func rangeIncludesItsEnds() {
        expectRejected(.number(17), "leeftijd", ["Vul een getal van 18 tot en met 99 in."])
        expectRejected(.number(100), "leeftijd", ["Enter a number from 18 to 99."], lang: .en)
        expectAccepted(.number(18), "leeftijd")
        expectAccepted(.number(99), "leeftijd")
        expectRejected(.number(60.5), "uren", ["Vul een getal van 0 tot en met 60 in."])
        expectRejected(.number(6), "tevreden", ["Vul een getal van 1 tot en met 5 in."])
        expectRejected(.number(0), "teamgrootte", ["Vul een getal van minstens 1 in."])
        expectAccepted(.number(5), "tevreden")
    }

    @Test func decimalCommaInDutchMessages() {
        #expect(AnswerValidation.format(2.5, .nl) == "2,5")
        #expect(AnswerValidation.format(2.5, .en) == "2.5")
        #expect(AnswerValidation.format(3, .nl) == "3")
    }

    @Test func choiceMustBeInListOrOther() {
        expectRejected(.text("baas"), "rol", ["'baas' staat niet in de keuzelijst."])
        expectRejected(.text("baas"), "rol", ["'baas' is not one of the choices."], lang: .en)
        expectAccepted(.text("anders"), "rol")
        expectRejected(.choices(["nl", "fr"]), "talen", ["'fr' staat niet in de keuzelijst."])
        expectAccepted(.choices(["nl", "anders"]), "talen")
    }

    @Test func duplicateChoicesAndMaxSelections() {
        expectRejected(.choices(["nl", "nl"]), "talen", ["'nl' is meer dan eens gekozen."])
        expectRejected(.choices(["nl", "en", "ar"]), "talen", ["Kies er hoogstens 2 (nu 3)."])
        expectRejected(.choices(["nl", "en", "ar"]), "talen", ["Choose at most 2 (now 3)."], lang: .en)
        expectAccepted(.choices(["nl", "en"]), "talen")
    }

    @Test func maxLengthCountsCharactersNotBytes() {
        expectRejected(.text("12345678901"), "opmerking", ["Hoogstens 10 tekens (nu 11)."])
        expectAccepted(.text("ëëëëëëëëëë"), "opmerking") // 10 characters, 20 bytes
    }

    @Test func dateMustBeARealCalendarDate() {
        expectRejected(.text("2023-02-29"), "datum", ["'2023-02-29' is geen bestaande datum (JJJJ-MM-DD)."])
        expectRejected(.text("1-5-2024"), "datum", ["'1-5-2024' is not a real date (YYYY-MM-DD)."], lang: .en)
        expectAccepted(.text("2024-02-29"), "datum")
        #expect(AnswerValidation.isCalendarDate("2000-02-29"))
        #expect(!AnswerValidation.isCalendarDate("1900-02-29"))
        #expect(!AnswerValidation.isCalendarDate("2024-04-31"))
        #expect(!AnswerValidation.isCalendarDate("2024-13-01"))
        #expect(!AnswerValidation.isCalendarDate("2024-00-10"))
        #expect(!AnswerValidation.isCalendarDate("2024-1-010"))
        #expect(!AnswerValidation.isCalendarDate("2024-01-1x"))
    }

    @Test func dontKnowAndRefusedOnlyWhereAllowed() {
        expectAccepted(.dontKnow, "leeftijd")
        expectRejected(.refused, "leeftijd", ["'Wil niet zeggen' is bij deze vraag niet toegestaan."])
        expectAccepted(.refused, "datum")
        expectRejected(.dontKnow, "datum", ["'Don't know' is not allowed for this question."], lang: .en)
    }

    @Test func notesAndUnknownQuestionsTakeNoAnswer() {
        expectRejected(.text("x"), "welkom", ["Bij een toelichting hoort geen antwoord."])
        expectRejected(.text("x"), "bestaatniet", ["Onbekende vraag 'bestaatniet'."])
    }

    @Test func auditRecordsOldAndNewValuesAndClears() {
        var store = EngineStore(F.engine())
        store.send({ $0.setAnswer(.number(30), for: "leeftijd", at: F.t(1), lang: .nl) }) {
            $0.answers["leeftijd"] = .number(30)
            $0.updatedAt = F.t(1)
            $0.audit.append(AuditEntry(at: F.t(1), event: "answer", question: "leeftijd", new: .number(30)))
        }
        store.send({ $0.setAnswer(.dontKnow, for: "leeftijd", at: F.t(2), lang: .nl) }) {
            $0.answers["leeftijd"] = .dontKnow
            $0.updatedAt = F.t(2)
            $0.audit.append(AuditEntry(at: F.t(2), event: "answer", question: "leeftijd",
                                       old: .number(30), new: .dontKnow))
        }
        store.send({ $0.setAnswer(nil, for: "leeftijd", at: F.t(3), lang: .nl) }) {
            $0.answers["leeftijd"] = nil
            $0.updatedAt = F.t(3)
            $0.audit.append(AuditEntry(at: F.t(3), event: "clear", question: "leeftijd", old: .dontKnow))
        }
        // Clearing what is not there, or clearing with an empty value, records nothing.
        store.send { $0.setAnswer(nil, for: "leeftijd", at: F.t(4), lang: .nl) }
        store.send { $0.setAnswer(.text(""), for: "opmerking", at: F.t(4), lang: .nl) }
    }

    @Test func emptyTextOrSelectionClears() {
        var store = EngineStore(F.engine(answers: ["talen": .choices(["nl"])]))
        store.send({ $0.setAnswer(.choices([]), for: "talen", at: F.t(1), lang: .nl) }) {
            $0.answers["talen"] = nil
            $0.updatedAt = F.t(1)
            $0.audit = [AuditEntry(at: F.t(1), event: "clear", question: "talen", old: .choices(["nl"]))]
        }
    }

    @Test func sameValueIsANoOp() {
        var store = EngineStore(F.engine())
        store.send({ $0.setAnswer(.bool(true), for: "ervaring", at: F.t(1), lang: .nl) }) {
            $0.answers["ervaring"] = .bool(true)
            $0.updatedAt = F.t(1)
            $0.audit = [AuditEntry(at: F.t(1), event: "answer", question: "ervaring", new: .bool(true))]
        }
        let outcome = store.send { $0.setAnswer(.bool(true), for: "ervaring", at: F.t(2), lang: .nl) }
        #expect(outcome == .accepted(warnings: []))
    }

    @Test func otherTextAndRemarksAreAudited() {
        var store = EngineStore(F.engine())
        store.send({ $0.setOtherText("wijkagent", for: "rol", at: F.t(1)) }) {
            $0.answers["rol.other"] = .text("wijkagent")
            $0.updatedAt = F.t(1)
            $0.audit.append(AuditEntry(at: F.t(1), event: "answer", question: "rol.other",
                                       new: .text("wijkagent")))
        }
        #expect(store.engine.otherText(for: "rol") == "wijkagent")
        store.send({ $0.setOtherText("", for: "rol", at: F.t(2)) }) {
            $0.answers["rol.other"] = nil
            $0.updatedAt = F.t(2)
            $0.audit.append(AuditEntry(at: F.t(2), event: "clear", question: "rol.other",
                                       old: .text("wijkagent")))
        }
        let noOther = store.send { $0.setOtherText("x", for: "leeftijd", at: F.t(3)) }
        #expect(noOther == .rejected(["Deze vraag heeft geen keuze 'anders'."]))
        store.send({ $0.setRemark("twijfelde", for: "leeftijd", at: F.t(4)) }) {
            $0.remarks["leeftijd"] = "twijfelde"
            $0.updatedAt = F.t(4)
            $0.audit.append(AuditEntry(at: F.t(4), event: "remark", question: "leeftijd",
                                       new: .text("twijfelde")))
        }
        store.send { $0.setRemark("twijfelde", for: "leeftijd", at: F.t(5)) }
        store.send({ $0.setRemark(nil, for: "leeftijd", at: F.t(6)) }) {
            $0.remarks["leeftijd"] = nil
            $0.updatedAt = F.t(6)
            $0.audit.append(AuditEntry(at: F.t(6), event: "remark", question: "leeftijd",
                                       old: .text("twijfelde")))
        }
        #expect(store.engine.remark(for: "leeftijd") == nil)
    }

    @Test func storedAnswerThatNoLongerFitsIsAHardProblem() {
        let engine = F.engine(answers: ["leeftijd": .number(150), "ervaring": .text("ja")])
        #expect(engine.problems(for: "leeftijd", lang: .nl) == [
            EngineProblem(questionId: "leeftijd", message: "Vul een getal van 18 tot en met 99 in.",
                          severity: .hard, kind: .invalidAnswer),
        ])
        #expect(engine.problems(for: "ervaring", lang: .en) == [
            EngineProblem(questionId: "ervaring", message: "Choose yes or no.",
                          severity: .hard, kind: .invalidAnswer),
        ])
        #expect(!engine.canComplete)
    }
}
