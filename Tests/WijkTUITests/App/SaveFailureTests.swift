import Foundation
import Testing
import WijkModel
@testable import WijkTUI

/// A failed save when leaving keeps the interview open (issue 13, item 6): the choices
/// and their effects, through the app state machine.
@Suite struct SaveFailureTests {
    let now = AppFixtures.now

    func leavingApp(exitOnLeave: Bool = false) -> (App, Response) {
        var state = AppFixtures.state()
        state.exitOnLeave = exitOnLeave
        var app = App(state: state)
        let draft = AppFixtures.response(id: "d1", organisation: "Buurtteam")
        _ = app.handle(.interviewOpened(OpenedInterview(questionnaire: BundledQuestionnaires.wijkteam,
                                                        response: draft, readOnly: false, resumed: true)), now: now)
        let effects = app.send(.function(10))
        guard case .close(let kept?)? = effects.first else { Issue.record("no close: \(effects)"); return (app, draft) }
        #expect(app.handle(.saveFailed(message: "Schijf vol"), now: now) == [])
        return (app, kept)
    }

    @Test func aFailedCloseStaysOpenAndRetries() {
        var (app, kept) = leavingApp()
        #expect(app.screenName == "interview")
        #expect(app.state.saveFailure?.attempts == 1)
        let screen = App.render(app.state, size: app.state.size).lines.joined(separator: "\n")
        #expect(screen.contains("Opslaan mislukt") && screen.contains("Schijf vol") && screen.contains("Andere map"))
        // Keys meant for the interview do nothing now; F10 and Ctrl-C do not leave either.
        #expect(app.send(.function(10), .control("c"), .character("x")) == [])
        #expect(app.send(.character("o")) == [.close(kept)])
        _ = app.handle(.saveFailed(message: "Schijf vol"), now: now)
        #expect(app.state.saveFailure?.attempts == 2)
        #expect(app.send(.enter) == [.close(kept)])
        #expect(app.handle(.closed, now: now) == [.loadListings])
        #expect(app.screenName == "home")
        #expect(app.state.saveFailure == nil)
    }

    @Test func anotherFolder() {
        var (app, kept) = leavingApp(exitOnLeave: true)
        _ = app.send(.character("a"))
        _ = app.type("/media/usb")
        #expect(App.render(app.state, size: app.state.size).lines.joined(separator: "\n").contains("Map: /media/usb"))
        #expect(app.send(.enter) == [.saveElsewhere(kept, folder: "/media/usb")])
        #expect(app.handle(.savedElsewhere(path: "/media/usb/d1.json"), now: now) == [])
        #expect(App.render(app.state, size: app.state.size).lines.joined(separator: "\n").contains("/media/usb/d1.json"))
        #expect(app.send(.enter) == [.quit(0)])
    }

    @Test func discardingAsksTwice() {
        var (app, _) = leavingApp()
        #expect(app.send(.character("w")) == [])
        #expect(App.render(app.state, size: app.state.size).lines.joined(separator: "\n").contains("Echt weggooien?"))
        #expect(app.send(.character("n")) == [])  // no: back to the choices
        #expect(app.state.saveFailure?.step == .choose)
        #expect(app.send(.character("w"), .character("j")) == [.close(nil)])
        #expect(app.handle(.closed, now: now) == [.loadListings])
    }

    @Test func escGoesBackToTheInterview() {
        var (app, _) = leavingApp()
        #expect(app.send(.escape) == [])
        #expect(app.state.saveFailure == nil && app.state.closing == nil)
        #expect(app.screenName == "interview")
    }

    @Test func anOrdinaryFailedSaveIsToldAndTheNextCloseTriesAgain() {
        var app = AppFixtures.homeApp()
        _ = app.handle(.interviewOpened(OpenedInterview(questionnaire: BundledQuestionnaires.wijkteam,
                                                        response: AppFixtures.response(id: "d1"), readOnly: false,
                                                        resumed: false)), now: now)
        #expect(app.handle(.saveFailed(message: "Schijf vol"), now: now) == [])
        #expect(app.state.dialog?.message.contains("nog in het geheugen") == true)
        #expect(app.state.saveFailure == nil)
    }
}
