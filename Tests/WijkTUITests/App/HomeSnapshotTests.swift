import Foundation
import Testing
import WijkModel
@testable import WijkTUI

/// Text snapshots of the home screen and its dialogs: at the minimum size, at 120×40,
/// with Dutch, Turkish and Arabic organisation names, and below the minimum size.
@Suite struct HomeSnapshotTests {
    @Test func homeAtMinimumSize() {
        let app = AppFixtures.homeApp()
        assertSnapshot(App.render(app.state, size: Size(width: 80, height: 24)), """
         Wijk — interviews                                                   /data/wijk


         ▸ Nieuw interview starten
           Resultaten bekijken

         Concepten — hervatten (3)
           Organisatie           Gemeente        Variant           %  Opgeslagen
           Buurtteam Noord-Oost  Utrecht         wijkteam        50%  2026-05-03 09:20
           Türk Kadınlar Derne…  Zaanstad        migrantenorg.   33%  2026-05-03 08:20
           جمعية الأمل للجالية…  Den Haag        migrantenorg.   33%  2026-05-01 09:20

         Afgeronde interviews — alleen lezen (1)
           Organisatie           Gemeente        Variant           %  Opgeslagen
           Wijkteam Overvecht    Utrecht         wijkteam        33%  2026-04-28 09:20

         Onleesbare bestanden (1)
           kapot.json — geen geldige JSON op regel 3

           Stoppen


        ────────────────────────────────────────────────────────────────────────────────
         ↑↓ Kiezen  Enter Openen  N Nieuw  R Vernieuwen  Q/F10/Ctrl-Q Stoppen
        """)
    }

    @Test func homeAt120x40() {
        let app = AppFixtures.homeApp(size: Size(width: 120, height: 40))
        assertSnapshot(App.render(app.state, size: Size(width: 120, height: 40)), """
         Wijk — interviews                                                                                           /data/wijk


         ▸ Nieuw interview starten
           Resultaten bekijken

         Concepten — hervatten (3)
           Organisatie                                                   Gemeente        Variant           %  Opgeslagen
           Buurtteam Noord-Oost                                          Utrecht         wijkteam        50%  2026-05-03 09:20
           Türk Kadınlar Derneği Çağlayan                                Zaanstad        migrantenorg.   33%  2026-05-03 08:20
           جمعية الأمل للجالية المغربية                                  Den Haag        migrantenorg.   33%  2026-05-01 09:20

         Afgeronde interviews — alleen lezen (1)
           Organisatie                                                   Gemeente        Variant           %  Opgeslagen
           Wijkteam Overvecht                                            Utrecht         wijkteam        33%  2026-04-28 09:20

         Onleesbare bestanden (1)
           kapot.json — geen geldige JSON op regel 3

           Stoppen


















        ────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────
         ↑↓ Kiezen  Enter Openen  N Nieuw  R Vernieuwen  Q/F10/Ctrl-Q Stoppen
        """)
    }

    @Test func tooSmallShowsAMessageInsteadOfTheLayout() {
        let app = AppFixtures.homeApp()
        assertSnapshot(App.render(app.state, size: Size(width: 60, height: 20)), """








                              Venster te klein
                          minimaal 80×24, nu 60×20
                              Ctrl-C: stoppen
        """)
    }

    @Test func variantChooser() {
        var app = AppFixtures.homeApp()
        _ = app.send(.character("n"))
        assertSnapshot(App.render(app.state, size: Size(width: 80, height: 24)), """
         Nieuw interview






                ┌ Kies de variant ─────────────────────────────────────────────┐
                │                                                              │
                │ Met wie is het interview?                                    │
                │                                                              │
                │ ▸ 1  Sociale wijkteams en diversiteit — interview wijkteam   │
                │   2  Sociale wijkteams en diversiteit — interview migranten… │
                │                                                              │
                └──────────────────────────────────────────────────────────────┘







        ────────────────────────────────────────────────────────────────────────────────
         ↑↓/1-2 Kiezen  Enter Verder  Esc Terug
        """)
    }

    @Test func interviewerNamePromptIsPrefilled() {
        var app = AppFixtures.homeApp()
        _ = app.send(.character("n"), .down, .enter)
        assertSnapshot(App.render(app.state, size: Size(width: 80, height: 24)), """
         Nieuw interview — Sociale wijkteams en diversiteit — interview migrantenorgani…






                ┌ Interviewer ─────────────────────────────────────────────────┐
                │                                                              │
                │ Naam van de interviewer:                                     │
                │                                                              │
                │ Fatma                                                        │
                │                                                              │
                │                                                              │
                └──────────────────────────────────────────────────────────────┘







        ────────────────────────────────────────────────────────────────────────────────
         Enter Beginnen  Esc Terug
        """)
    }

    @Test func lockMessageDialogOverTheHomeScreen() {
        var app = AppFixtures.homeApp()
        _ = app.handle(.failed(title: "Kan niet openen", message: "Dit interview is al geopend door Ayşe op laptop-3 (pid 4242) sinds 14:02"), now: AppFixtures.now)
        assertSnapshot(App.render(app.state, size: Size(width: 80, height: 24)), """
         Wijk — interviews                                                   /data/wijk


         ▸ Nieuw interview starten
           Resultaten bekijken

         Concepten — hervatten (3)
           Organisatie           Gemeente        Variant           %  Opgeslagen
           Buurtteam Noord-Oost  Utrecht         wijkteam        50%  2026-05-03 09:20
           Tü┌ Kan niet openen ───────────────────────────────────────────────────┐:20
           جم│ Dit interview is al geopend door Ayşe op laptop-3 (pid 4242) sinds │:20
             │ 14:02                                                              │
         Afge│                                                                    │
           Or│ Enter: verder                                                      │
           Wi└────────────────────────────────────────────────────────────────────┘:20

         Onleesbare bestanden (1)
           kapot.json — geen geldige JSON op regel 3

           Stoppen


        ────────────────────────────────────────────────────────────────────────────────
         ↑↓ Kiezen  Enter Openen  N Nieuw  R Vernieuwen  Q/F10/Ctrl-Q Stoppen
        """)
    }

    @Test func selectedLineIsHighlightedAndMarked() {
        var app = AppFixtures.homeApp()
        _ = app.send(.down, .down)  // the first draft
        let grid = App.render(app.state, size: Size(width: 80, height: 24))
        let row = grid.lines.firstIndex { $0.contains("Buurtteam Noord-Oost") }!
        #expect(grid.line(row).hasPrefix(" ▸"))
        #expect(grid[5, row].style == .selection)
        let first = grid.lines.firstIndex { $0.contains("Nieuw interview") }!
        #expect(grid[5, first].style != .selection)  // "Nieuw interview" is no longer selected
    }

    @Test func longListScrollsToKeepTheSelectionVisible() {
        var app = App(state: AppFixtures.state())
        let many = (0..<40).map { i in
            AppFixtures.listing(AppFixtures.response(id: "d\(i)", organisation: "Organisatie \(i)",
                                                     gemeente: "Gemeente", savedAt: AppFixtures.now - Double(i) * 60))
        }
        _ = app.handle(.listingsLoaded(InterviewList(many)), now: AppFixtures.now)
        for _ in 0..<31 { _ = app.send(.down) }
        let grid = App.render(app.state, size: Size(width: 80, height: 24))
        #expect(grid.description.contains("▸ Organisatie 29"))
        #expect(!grid.description.contains("Nieuw interview starten"))
        #expect(grid.line(23).contains("Kiezen"))  // footer intact
    }

    /// A long list is drawn from its visible part: the end of 20,000 rows shows the last ones, the
    /// headings count all of them, and moving keeps the selection on screen.
    @Test func twentyThousandRowsScrollToTheEnd() {
        var app = App(state: AppFixtures.state())
        let entries = (0..<20_000).map { i in
            InterviewList.Entry(id: "r\(i)", variant: "wijkteam", organisation: "Organisatie \(i)", gemeente: "Gemeente",
                                status: i % 4 == 0 ? .complete : .draft, updatedAt: AppFixtures.now - Double(i) * 60,
                                percent: i % 101, problem: nil)
        }
        _ = app.handle(.listingsLoaded(InterviewList(entries)), now: AppFixtures.now)
        #expect(app.state.home.draftCount == 15_000 && app.state.home.completedCount == 5_000)
        _ = app.send(.end, .up)   // the last completed interview
        var grid = App.render(app.state, size: Size(width: 80, height: 24))
        #expect(grid.description.contains("▸ Organisatie 19996"))
        #expect(grid.description.contains("Stoppen"))
        #expect(grid.line(2).hasSuffix("↑"))   // more above
        // The markers sit in a column of their own: the time beside them is whole.
        let withMarker = grid.line(2).trimmingCharacters(in: .whitespaces)
        #expect(withMarker.dropLast().trimmingCharacters(in: .whitespaces).range(of: #"\d\d:\d\d$"#, options: .regularExpression) != nil,
                "\(withMarker)")
        _ = app.send(.home, .down, .down)   // the first draft
        grid = App.render(app.state, size: Size(width: 80, height: 24))
        #expect(grid.description.contains("Concepten — hervatten (15000)"))
        #expect(grid.description.contains("▸ Organisatie 1 "))
        #expect(app.send(.enter) == [.openDraft(id: "r1")])
    }
}
