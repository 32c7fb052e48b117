import Foundation
import WijkModel
@testable import WijkTUI

/// Builders for app-state tests: fixed clock, UTC, bundled questionnaires.
enum AppFixtures {
    static let now = Date(timeIntervalSince1970: 1_777_800_000)  // 2026-05-03 09:20 UTC
    static let utc = TimeZone(identifier: "UTC")!

    static func state(screen: AppScreen = .home, interviewer: String = "Fatma",
                      size: Size = Size(width: 80, height: 24)) -> AppState {
        AppState(lang: .nl, today: "2026-05-03", timeZone: utc, size: size,
                 questionnaires: BundledQuestionnaires.all, interviewer: interviewer,
                 dataPath: "/data/wijk", screen: screen)
    }

    static func response(id: String, variant: String = "wijkteam", status: ResponseStatus = .draft,
                         organisation: String? = nil, gemeente: String? = nil,
                         answers extra: [String: AnswerValue] = [:], savedAt: Date = now) -> Response {
        let questionnaire = BundledQuestionnaires.variant(variant)!
        var answers = extra
        if let organisation { answers[MetadataID.organisation] = .text(organisation) }
        if let gemeente { answers[MetadataID.gemeente] = .text(gemeente) }
        return Response(id: id, questionnaire: QuestionnaireRef(id: questionnaire.id, version: questionnaire.version),
                        variant: variant, status: status, interviewer: "Fatma", createdAt: savedAt,
                        updatedAt: savedAt, answers: answers)
    }

    /// The list entry of `response`, with its progress as the home screen works it out.
    static func listing(_ response: Response) -> InterviewList.Entry {
        InterviewList.Entry(id: response.id, response: response,
                            percent: ProgressMeter(questionnaires: BundledQuestionnaires.all, today: "2026-05-03").percent(response))
    }

    static func broken(id: String) -> InterviewList.Entry {
        InterviewList.Entry(id: id, problem: "geen geldige JSON op regel 3", modified: now)
    }

    /// Three drafts (Dutch, Turkish, Arabic names), one completed, one broken file.
    static var listings: [InterviewList.Entry] {
        [listing(response(id: "d1", organisation: "Buurtteam Noord-Oost", gemeente: "Utrecht",
                          answers: ["datum": .text("2026-05-01")], savedAt: now)),
         listing(response(id: "d2", variant: "migrantenorganisatie", organisation: "Türk Kadınlar Derneği Çağlayan",
                          gemeente: "Zaanstad", savedAt: now - 3600)),
         listing(response(id: "d3", variant: "migrantenorganisatie", organisation: "جمعية الأمل للجالية المغربية",
                          gemeente: "Den Haag", savedAt: now - 86_400 * 2)),
         listing(response(id: "c1", status: .complete, organisation: "Wijkteam Overvecht", gemeente: "Utrecht",
                          savedAt: now - 86_400 * 5)),
         broken(id: "kapot")]
    }

    /// An app on the home screen with `listings` loaded.
    static func homeApp(size: Size = Size(width: 80, height: 24)) -> App {
        var app = App(state: state(size: size))
        _ = app.handle(.listingsLoaded(InterviewList(listings)), now: now)
        return app
    }
}

extension App {
    /// Sends keys one by one and returns all effects.
    mutating func send(_ keys: Key..., now: Date = AppFixtures.now) -> [AppEffect] {
        keys.flatMap { handle(.key($0), now: now) }
    }

    /// Types `text` character by character.
    mutating func type(_ text: String) -> [AppEffect] {
        text.flatMap { handle(.key(.character($0)), now: AppFixtures.now) }
    }

    var screenName: String {
        switch state.screen {
        case .home: return "home"
        case .chooseVariant: return "chooseVariant"
        case .interviewerName: return "interviewerName"
        case .interview: return "interview"
        }
    }
}
