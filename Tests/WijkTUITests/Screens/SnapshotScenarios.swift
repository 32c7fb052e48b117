import Foundation
import WijkModel
@testable import WijkTUI

/// The screen states the render snapshots show; shared by the snapshot tests.
enum SnapshotScenarios {
    static func shortText() -> InterviewScreen {
        var s = InterviewFixtures.screen()
        s.type("Stichting Şölen – café Geünieerd")
        return s
    }

    static func singleOther() -> InterviewScreen {
        var s = InterviewFixtures.screen(at: "soort")
        s.type("4")
        s.press(.tab)  // into the "other" field
        s.type("Gebedshuis")
        return s
    }

    static func multipleTurkishArabic() -> InterviewScreen {
        var s = InterviewFixtures.screen(at: "talen")
        s.type("23")
        return s
    }

    static func multipleEnglish() -> InterviewScreen {
        var s = InterviewFixtures.screen(.en, at: "talen")
        s.type("1234")
        return s
    }

    static func scale() -> InterviewScreen {
        var s = InterviewFixtures.screen(at: "tevreden")
        s.type("3")
        return s
    }

    static func integerWarning() -> InterviewScreen {
        var s = InterviewFixtures.screen(at: "leden")
        s.type("600")
        s.press(.enter)
        return s
    }

    static func decimalRejected() -> InterviewScreen {
        var s = InterviewFixtures.screen(at: "uren")
        s.type("200,5")
        s.press(.enter)
        return s
    }

    static func date() -> InterviewScreen {
        var s = InterviewFixtures.screen(at: "datum")
        s.type("30-11-2026")
        return s
    }

    static func yesNo() -> InterviewScreen {
        var s = InterviewFixtures.screen(at: "subsidie")
        s.type("j")
        return s
    }

    static func longText() -> InterviewScreen {
        var s = InterviewFixtures.screen(at: "verhaal")
        s.type("Güzel şehir İstanbul; de samenwerking met het wijkteam verloopt sinds vorig jaar veel beter dan daarvoor.\nمرحبا بكم في منظمتنا")
        return s
    }

    static func noteEnglish() -> InterviewScreen {
        InterviewFixtures.screen(.en, at: "info")
    }

    static func dontKnowWithRemark() -> InterviewScreen {
        var s = InterviewFixtures.screen(at: "tevreden")
        s.press(.function(5), .backTab, .function(3))
        s.type("Respondent wilde eerst overleggen")
        s.press(.tab)
        return s
    }

    static func overview() -> InterviewScreen {
        var s = InterviewFixtures.screen(answers: ["naam": .text("X"), "leden": .number(600), "subsidie": .bool(false)])
        s.press(.function(2), .down)
        return s
    }

    static func review() -> InterviewScreen {
        var s = InterviewFixtures.screen(answers: ["naam": .text("Buurthuis De Ünal"), "soort": .text("anders"),
                                                   "soort.other": .text("Gebedshuis"), "leden": .number(600),
                                                   "talen": .choices(["tr", "ar"]), "tevreden": .dontKnow,
                                                   "uren": .number(2.5)])
        s.press(.function(8))
        return s
    }

    static func reviewBlocked() -> InterviewScreen {
        var s = InterviewFixtures.screen(answers: ["leden": .number(20)])
        s.press(.function(8), .function(8))
        return s
    }

    static func help() -> InterviewScreen {
        var s = InterviewFixtures.screen()
        s.press(.function(1))
        return s
    }

    static func remarkEditor() -> InterviewScreen {
        var s = InterviewFixtures.screen(at: "soort")
        s.press(.function(3))
        s.type("Twijfel over de keuze;\nzie ook het gesprek met de voorzitter (başkan).")
        return s
    }

    static func finishDialog() -> InterviewScreen {
        var s = InterviewFixtures.screen(answers: ["naam": .text("X"), "leden": .number(600)])
        s.press(.function(8), .function(8))
        return s
    }

    static func reopenDialog() -> InterviewScreen {
        var s = InterviewFixtures.screen(answers: ["naam": .text("X")], status: .complete)
        s.press(.function(7))
        return s
    }

    static func readOnly() -> InterviewScreen {
        var s = InterviewFixtures.screen(answers: ["naam": .text("X"), "soort": .text("moskee")], status: .complete)
        s.press(.enter, .character("x"))
        return s
    }

    static func bundled() -> InterviewScreen {
        var engine = InterviewEngine(questionnaire: BundledQuestionnaires.migrantenorganisatie,
                                     response: Response(id: "b", questionnaire: QuestionnaireRef(id: "migrantenorganisatie", version: "1.0"),
                                                        variant: "migrantenorganisatie", createdAt: InterviewFixtures.now),
                                     today: "2026-11-30")
        let consent = engine.visibleQuestions.first { $0.type == .yesNo }?.id ?? MetadataID.consent
        engine.setAnswer(.bool(true), for: consent, at: InterviewFixtures.now, lang: .nl)
        engine.jump(to: engine.visibleQuestions.first { $0.type == .multiple }?.id ?? "", at: InterviewFixtures.now)
        return InterviewScreen(engine: engine, lang: .nl, readOnly: false)
    }

    /// name, screen, width, height
    static var all: [(String, InterviewScreen, Int, Int)] {
        [("shortText", shortText(), 80, 24), ("singleOther", singleOther(), 80, 24),
         ("multipleTurkishArabic", multipleTurkishArabic(), 80, 24), ("multipleEnglish", multipleEnglish(), 120, 40),
         ("scale", scale(), 80, 24), ("integerWarning", integerWarning(), 80, 24),
         ("decimalRejected", decimalRejected(), 80, 24), ("date", date(), 80, 24), ("yesNo", yesNo(), 80, 24),
         ("longText", longText(), 80, 24), ("longText120", longText(), 120, 40), ("noteEnglish", noteEnglish(), 80, 24),
         ("dontKnowWithRemark", dontKnowWithRemark(), 80, 24), ("overview", overview(), 80, 24),
         ("review", review(), 80, 24), ("review120", review(), 120, 40), ("reviewBlocked", reviewBlocked(), 80, 24),
         ("help", help(), 80, 24), ("help120", help(), 120, 40), ("remarkEditor", remarkEditor(), 80, 24),
         ("finishDialog", finishDialog(), 80, 24), ("reopenDialog", reopenDialog(), 80, 24),
         ("readOnly", readOnly(), 80, 24), ("bundled120", bundled(), 120, 40), ("tooSmall", shortText(), 60, 20)]
    }
}
