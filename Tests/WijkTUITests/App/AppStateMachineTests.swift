import Foundation
import Testing
import WijkModel
@testable import WijkTUI

/// Key sequences through the app state machine: the exact effects, and where we end up.
@Suite struct AppStateMachineTests {
    let now = AppFixtures.now

    @Test func homeListsDraftsCompletedAndBrokenSeparately() {
        let app = AppFixtures.homeApp()
        #expect(app.state.home.drafts.map(\.id) == ["d1", "d2", "d3"])
        #expect(app.state.home.completed.map(\.id) == ["c1"])
        #expect(app.state.home.broken.map(\.id) == ["kapot"])
        #expect(app.state.home.selection == 0)  // "new interview", never a draft by default
        #expect(app.state.home.drafts[1].organisation == "Türk Kadınlar Derneği Çağlayan")
        #expect(app.state.home.drafts[0].percent == 50)
        #expect(app.state.home.drafts[0].saved == "2026-05-03 09:20")
    }

    @Test func resumingADraftIsAnExplicitChoice() {
        var app = AppFixtures.homeApp()
        #expect(app.send(.down, .down, .down) == [])  // past "new interview" and "browse results"
        #expect(app.send(.enter) == [.openDraft(id: "d2")])
        #expect(app.screenName == "home")  // stays until the shell has loaded and locked it
    }

    @Test func completedOpensReadOnlyAndBrokenShowsTheProblem() {
        var app = AppFixtures.homeApp()
        #expect(app.send(.down, .down, .down, .down, .down, .enter) == [.openCompleted(id: "c1")])
        #expect(app.send(.down, .enter) == [])
        #expect(app.state.dialog?.message.contains("geen geldige JSON op regel 3") == true)
        #expect(app.send(.down) == [])  // a dialog swallows keys
        #expect(app.state.home.selection == 6)
        _ = app.send(.enter)
        #expect(app.state.dialog == nil)
    }

    @Test func newInterviewChoosesVariantThenNameThenStarts() {
        var app = AppFixtures.homeApp()
        _ = app.send(.character("n"))
        #expect(app.screenName == "chooseVariant")
        _ = app.send(.character("2"))
        guard case .interviewerName(let prompt) = app.state.screen else { Issue.record("no prompt"); return }
        #expect(prompt.questionnaireID == "migrantenorganisatie")
        #expect(prompt.text == "Fatma")  // remembered name, pre-filled
        _ = app.send(.control("u"))
        _ = app.type("Ayşe Yılmaz")
        let effects = app.send(.enter)
        #expect(effects == [.rememberInterviewer("Ayşe Yılmaz"),
                            .startInterview(questionnaireID: "migrantenorganisatie", interviewer: "Ayşe Yılmaz")])
        #expect(app.state.interviewer == "Ayşe Yılmaz")
    }

    @Test func sameNameIsNotRewrittenAndEmptyNameIsRefused() {
        var app = AppFixtures.homeApp()
        _ = app.send(.character("n"), .enter)
        #expect(app.send(.enter) == [.startInterview(questionnaireID: "wijkteam", interviewer: "Fatma")])
        var empty = AppFixtures.homeApp()
        _ = empty.send(.character("n"), .enter, .control("u"))
        #expect(empty.send(.enter) == [])
        guard case .interviewerName(let prompt) = empty.state.screen else { Issue.record("left prompt"); return }
        #expect(prompt.message != nil)
    }

    @Test func escapeGoesBackHome() {
        var app = AppFixtures.homeApp()
        _ = app.send(.character("n"), .escape)
        #expect(app.screenName == "home")
        _ = app.send(.character("n"), .enter, .escape)
        #expect(app.screenName == "home")
    }

    @Test func quitKeys() {
        for key in [Key.character("q"), .function(10), .control("q")] {
            var app = AppFixtures.homeApp()
            #expect(app.send(key) == [.quit(0)])
        }
        var app = AppFixtures.homeApp()
        #expect(app.send(.control("c")) == [.quit(130)])
        #expect(app.handle(.signal(SIGTERM), now: now) == [.quit(128 + SIGTERM)])
    }

    @Test func failedOpenShowsTheLockMessage() {
        var app = AppFixtures.homeApp()
        let holder = LockHolder(interviewer: "Ayşe", host: "laptop-3", pid: 42, since: now)
        _ = app.handle(.failed(title: "Kan niet openen", message: StoreError.locked(holder: holder).message(.nl)), now: now)
        #expect(app.state.dialog?.message.hasPrefix("Dit interview is al geopend door Ayşe op laptop-3 (pid 42)") == true)
        #expect(app.screenName == "home")
    }

    @Test func openedDraftRecordsResumeAndGoesToTheFirstUnanswered() {
        var app = AppFixtures.homeApp()
        let draft = AppFixtures.response(id: "d1", organisation: "Buurtteam", gemeente: "Utrecht")
        _ = app.handle(.interviewOpened(OpenedInterview(questionnaire: BundledQuestionnaires.wijkteam,
                                                        response: draft, readOnly: false, resumed: true)), now: now)
        guard case .interview(let session) = app.state.screen else { Issue.record("not in interview"); return }
        #expect(session.screen.engine.response.audit.last?.event == "resume")
        #expect(session.screen.engine.position > 0)
        #expect(!session.readOnly)
    }

    @Test func theInterviewScreenKnowsTheTerminalSizeAtOpenAndAfterAResize() {
        var app = AppFixtures.homeApp()
        _ = app.handle(.resize(Size(width: 120, height: 40)), now: now)
        let draft = AppFixtures.response(id: "d1", organisation: "Buurtteam", gemeente: "Utrecht")
        _ = app.handle(.interviewOpened(OpenedInterview(questionnaire: BundledQuestionnaires.wijkteam,
                                                        response: draft, readOnly: false, resumed: true)), now: now)
        guard case .interview(let opened) = app.state.screen else { Issue.record("not in interview"); return }
        #expect(opened.screen.viewport == Size(width: 120, height: 40))
        _ = app.handle(.resize(Size(width: 90, height: 30)), now: now)
        guard case .interview(let resized) = app.state.screen else { Issue.record("not in interview"); return }
        #expect(resized.screen.viewport == Size(width: 90, height: 30))
    }

    @Test func ctrlCAndSignalsInAnInterviewSaveWithLeaveThenQuit() throws {
        for (event, status) in [(AppEvent.key(.control("c")), Int32(130)), (.signal(SIGTERM), 128 + SIGTERM),
                                (.signal(SIGHUP), 128 + SIGHUP)] {
            var app = AppFixtures.homeApp()
            let draft = AppFixtures.response(id: "d1", organisation: "Buurtteam")
            _ = app.handle(.interviewOpened(OpenedInterview(questionnaire: BundledQuestionnaires.wijkteam,
                                                            response: draft, readOnly: false, resumed: true)), now: now)
            var effects = app.handle(event, now: now + 60)
            guard case .close(let saved?) = effects.first else { Issue.record("no save for \(event)"); continue }
            #expect(saved.answers[MetadataID.organisation] == .text("Buurtteam"))
            #expect(saved.audit.map(\.event).suffix(2) == ["resume", "leave"])
            // Ctrl-C (someone is there) quits once the save is done; a signal at once.
            if case .key = event { effects += app.handle(.closed, now: now + 60) }
            #expect(effects.count == 2)
            #expect(effects.last == .quit(status))
        }
    }

    @Test func aNewInterviewLeftBeforeAnyAnswerLeavesNoFile() {
        var app = AppFixtures.homeApp()
        let fresh = AppFixtures.response(id: "n1")
        _ = app.handle(.interviewOpened(OpenedInterview(questionnaire: BundledQuestionnaires.wijkteam,
                                                        response: fresh, readOnly: false, resumed: false)), now: now)
        #expect(app.send(.control("c")) == [.close(nil)])
        #expect(app.handle(.closed, now: now) == [.quit(130)])
    }

    @Test func interviewEffectsBecomeSavesAndLeavingReturnsHome() {
        var app = AppFixtures.homeApp()
        let draft = AppFixtures.response(id: "d1", organisation: "Buurtteam")
        _ = app.handle(.interviewOpened(OpenedInterview(questionnaire: BundledQuestionnaires.wijkteam,
                                                        response: draft, readOnly: false, resumed: false)), now: now)
        var answered = draft
        answered.answers[MetadataID.gemeente] = .text("Utrecht")
        var stamped = answered
        stamped.resumeAt = ResumePoint(question: MetadataID.organisation)
        #expect(app.interviewEffects([.save(answered)], now: now) == [.save(stamped)])
        let effects = app.interviewEffects([.leave(answered)], now: now) + app.handle(.closed, now: now)
        #expect(effects.count == 2)
        if case .close(let kept?) = effects[0] {
            #expect(kept.answers[MetadataID.gemeente] == .text("Utrecht"))
            #expect(kept.audit.last?.event == "leave")
        } else {
            Issue.record("leave did not save")
        }
        #expect(effects[1] == .loadListings)
        #expect(app.screenName == "home")
    }

    @Test func completingSavesAndStaysOnTheReview() {
        var app = AppFixtures.homeApp()
        let draft = AppFixtures.response(id: "d1")
        _ = app.handle(.interviewOpened(OpenedInterview(questionnaire: BundledQuestionnaires.wijkteam,
                                                        response: draft, readOnly: false, resumed: false)), now: now)
        var done = draft
        done.status = .complete
        #expect(app.interviewEffects([.completed(done)], now: now) == [.save(done)])
        #expect(app.screenName == "interview")  // the screen shows its review, read-only now
    }

    @Test func readOnlyViewLeftUnchangedWritesNothing() {
        var app = AppFixtures.homeApp()
        let done = AppFixtures.response(id: "c1", status: .complete)
        _ = app.handle(.interviewOpened(OpenedInterview(questionnaire: BundledQuestionnaires.wijkteam,
                                                        response: done, readOnly: true, resumed: false)), now: now)
        #expect(app.interviewEffects([.leave(done)], now: now) == [.close(nil)])
        #expect(app.handle(.closed, now: now) == [.loadListings])
    }

    @Test func browseResultsFromHome() {
        var app = AppFixtures.homeApp()
        #expect(app.state.home.item(1) == .browseResults)
        #expect(app.send(.down, .enter) == [.browseResults])
        #expect(app.screenName == "home")  // the shell runs the browser, then home is drawn again
        // Back from the browser the shell reports the (maybe new) size; home stays as it was.
        #expect(app.handle(.resize(Size(width: 100, height: 30)), now: now) == [])
        #expect(app.state.home.selection == 1)
    }

    @Test func readOnlyOverviewJumpsWriteNothing() {
        var app = AppFixtures.homeApp()
        let done = AppFixtures.response(id: "c1", status: .complete)
        _ = app.handle(.interviewOpened(OpenedInterview(questionnaire: BundledQuestionnaires.wijkteam,
                                                        response: done, readOnly: true, resumed: false)), now: now)
        // F2, a few questions down, Enter: the view moves to that question…
        #expect(app.send(.function(2), .down, .down, .down, .enter) == [])
        guard case .interview(let session) = app.state.screen else { Issue.record("not in the interview"); return }
        #expect(session.screen.engine.position > 0)
        // …but the completed response is untouched, so leaving writes nothing.
        #expect(session.screen.engine.response == done)
        #expect(app.send(.function(10)) == [.close(nil)])
        #expect(app.handle(.closed, now: now) == [.loadListings])
    }

    @Test func startedForOneInterviewLeavingQuits() {
        var state = AppFixtures.state()
        state.exitOnLeave = true
        var app = App(state: state)
        let draft = AppFixtures.response(id: "d1", organisation: "X")
        _ = app.handle(.interviewOpened(OpenedInterview(questionnaire: BundledQuestionnaires.wijkteam,
                                                        response: draft, readOnly: false, resumed: true)), now: now)
        let effects = app.interviewEffects([.leave(draft)], now: now)
        #expect(effects.count == 1)
        #expect(app.handle(.closed, now: now) == [.quit(0)])
    }

    @Test func tooSmallIgnoresKeysButResizeRestores() {
        var app = AppFixtures.homeApp()
        _ = app.handle(.resize(Size(width: 70, height: 20)), now: now)
        #expect(app.send(.down, .enter) == [])
        #expect(app.state.home.selection == 0)
        #expect(app.send(.control("c")) == [.quit(130)])  // still leaves safely
        _ = app.handle(.resize(Size(width: 100, height: 30)), now: now)
        #expect(app.send(.down, .down, .enter) == [.openDraft(id: "d1")])
    }

    @Test func reloadKeepsTheSelectedInterview() {
        var app = AppFixtures.homeApp()
        _ = app.send(.down, .down, .down)  // d2
        var listings = AppFixtures.listings
        listings.insert(AppFixtures.listing(AppFixtures.response(id: "d0", organisation: "Nieuw")), at: 0)
        _ = app.handle(.listingsLoaded(InterviewList(listings)), now: now)
        #expect(app.send(.enter) == [.openDraft(id: "d2")])
    }
}

/// The remembered interviewer name.
@Suite struct InterviewerConfigTests {
    @Test func locationFollowsXDG() {
        #expect(InterviewerConfig.url(environment: ["XDG_CONFIG_HOME": "/x/cfg", "HOME": "/h"]).path
                == "/x/cfg/wijk/config.json")
        #expect(InterviewerConfig.url(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/h"]).path
                == "/h/.config/wijk/config.json")
        #expect(InterviewerConfig.url(environment: ["HOME": "/h"]).path == "/h/.config/wijk/config.json")
    }

    @Test func savesPrivatelyAndLoadsBack() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wijk-config-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("wijk/config.json")
        #expect(InterviewerConfig.load(from: url) == InterviewerConfig())
        try InterviewerConfig(interviewer: "Ayşe \"Yılmaz\"").save(to: url)
        #expect(InterviewerConfig.load(from: url).interviewer == "Ayşe \"Yılmaz\"")
        let mode = try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        try Data("{kapot".utf8).write(to: url)
        #expect(InterviewerConfig.load(from: url) == InterviewerConfig())
    }

    @Test func localTimeText() {
        let utc = TimeZone(identifier: "UTC")!
        #expect(LocalTime.text(Date(timeIntervalSince1970: 0), timeZone: utc) == "1970-01-01 00:00")
        #expect(LocalTime.text(AppFixtures.now, timeZone: utc) == "2026-05-03 09:20")
        #expect(LocalTime.text(Date(timeIntervalSince1970: 951_782_400), timeZone: utc) == "2000-02-29 00:00")
        let amsterdam = TimeZone(identifier: "Europe/Amsterdam")!
        #expect(LocalTime.text(AppFixtures.now, timeZone: amsterdam) == "2026-05-03 11:20")
    }
}
