import Testing
import WijkModel
@testable import WijkTUI

/// Render snapshots of every results screen at 80×24 on the fixture (Dutch,
/// Turkish and Arabic open answers included), driven by keys as a user would.
@Suite struct ResultsSnapshot80x24Tests {
    static let screens: [String: Grid] = Dictionary(uniqueKeysWithValues: (try? ResultsScreens.all(width: 80, height: 24)) ?? [])

    @Test func list() throws {
        let grid = try #require(Self.screens["list"])
        assertSnapshot(grid, """
             Wijk — Resultaten                                   7 interviews (WT 4 · MO 3)
             Filter: voltooid en concepten
             Vragen
            ────────────────────────────────────────────────────────────────────────────────
             Gegevens van het gesprek
               Naam van het wijkteam of de organis… WT 4: Sociaal… 25% · MO 3: Marokka… 33%
               Gemeente                             WT 4: Amersfo… 50% · MO 3: Utrecht 67%
               Wijk of werkgebied                   WT 0: open · MO 0: open
               Functie of rol van de respondent     WT 0: – · MO 0: –
               Datum van het gesprek                WT 4: 2025-0… 100% · MO 3: 2025-0… 100%
               Heeft de respondent geïnformeerde t… WT 4: Ja 100% · MO 3: Ja 100%
             Het wijkteam
               Wat voor team is het?                WT 0: – · MO –
               Hoeveel medewerkers telt het team?   WT 0: – · MO –
               Hoeveel teamleden hebben zelf een m… WT 0: – · MO –
               Welk percentage van de bewoners in … WT 0: – · MO –
             De organisatie
               Wat is de organisatievorm?           WT – · MO 0: –
               Uit welke herkomstgroepen bestaat u… WT – · MO 0: –
               Op welke doelgroepen richt uw organ… WT – · MO 0: –
               Hoeveel vrijwilligers zijn er actie… WT – · MO 0: –
               Hoe wordt uw organisatie gefinancie… WT – · MO 0: –
                                                                                       2/64
             Enter Openen  v Voortgang  F1 Help  f Filters  q Stoppen
            """)
    }

    @Test func question() throws {
        let grid = try #require(Self.screens["question"])
        assertSnapshot(grid, """
             Wijk — Resultaten                                   7 interviews (WT 4 · MO 3)
             Filter: voltooid en concepten
             Vraag
            ────────────────────────────────────────────────────────────────────────────────
             kent_leefwereld · schaal · gedeelde kern
             Het wijkteam kent de dagelijkse leefwereld van bewoners met een
             migratieachtergrond.

                                  Wijkteams (n=4)          Migrantenorg. (n=2)     Verschil
             1 Helemaal oneens                    0   0% ◆ ████████████    1  50%    +50 pp
             2 Oneens             ██████          1  25%   ████████████    1  50%    +25 pp
             3 Niet eens, niet…                   0   0%                   0   0%      0 pp
             4 Eens             ◆ ████████████    2  50%                   0   0%    −50 pp
             5 Helemaal eens      ██████          1  25%                   0   0%    −25 pp
             Toets WT ↔ MO (n = 4 / 2): χ²(3) = 3,75, p = 0,290: niet te beoordelen: 8 van
             8 cellen verwacht < 5
             Gemiddelden WT ↔ MO (n = 4 / 2): Welch t(3,6) = -2,80, p = 0,054: geen
             significant verschil

             Niet als antwoord:                    van 4                    van 3
             Weet niet                            0   0%                   0   0%
             Wil niet zeggen                      0   0%                   1  33%
             regel 1–14 van 27 · ↓ meer (PgDn, End)
             Enter Interviews  o Open antw.  x Kruistabel  Esc Terug  F1 Help  q Stoppen
            """)
    }

    /// End scrolls the chart to its foot: the statistics (sd, min, max,
    /// quartiles) that do not fit at 80×24, with the indicator saying so.
    @Test func questionScrolledToStatistics() throws {
        let grid = try #require(Self.screens["questionEnd"])
        assertSnapshot(grid, """
             Wijk — Resultaten                                   7 interviews (WT 4 · MO 3)
             Filter: voltooid en concepten
             Vraag
            ────────────────────────────────────────────────────────────────────────────────
             kent_leefwereld · schaal · gedeelde kern
             Het wijkteam kent de dagelijkse leefwereld van bewoners met een
             migratieachtergrond.

             Wil niet zeggen                      0   0%                   1  33%
             Niet beantwoord                      0   0%                   0   0%
             Alle interviews:                      van 4                    van 3
             N.v.t.                               0   0%                   0   0%

             n                                         4                        2
             Gemiddelde                             3,75                     1,50      −2,2
             95%-BI gemiddelde                 1,75–5,00                1,00–5,00
             Mediaan                                4,00                     1,50
             Standaardafwijking                     1,26                     0,71
             Minimum                                2,00                     1,00
             Maximum                                5,00                     2,00
             Kwartielen Q1                          3,50                     1,25
             Kwartielen Q3                          4,25                     1,75
             regel 14–27 van 27 · ↑ meer
             Enter Interviews  o Open antw.  x Kruistabel  Esc Terug  F1 Help  q Stoppen
            """)
    }

    @Test func interviews() throws {
        let grid = try #require(Self.screens["interviews"])
        assertSnapshot(grid, """
             Wijk — Resultaten                                   7 interviews (WT 4 · MO 3)
             Filter: voltooid en concepten
             Interviews met dit antwoord
            ────────────────────────────────────────────────────────────────────────────────
             Het wijkteam kent de dagelijkse leefwereld van bewoners met een migratieachte…
             Antwoord: Eens
             2 interviews  
             Var. Organisatie                          Gemeente         Id
             WT   Sociaal Team Oost                    Amersfoort       wt-3
             WT   Wijkteam Noord                       Utrecht          wt-1













             Enter Interview  Esc Terug  F1 Help  f Filters  q Stoppen
            """)
    }

    @Test func interview() throws {
        let grid = try #require(Self.screens["interview"])
        assertSnapshot(grid, """
             Wijk — Resultaten                                   7 interviews (WT 4 · MO 3)
             Filter: voltooid en concepten
             Interview
            ────────────────────────────────────────────────────────────────────────────────
             wt-3 · Wijkteams · concept · interviewer anna

             Gegevens van het gesprek
               Naam van het wijkteam of de organisatie
                 Sociaal Team Oost
               Gemeente
                 Amersfoort
               Datum van het gesprek
                 2025-03-01
               Heeft de respondent geïnformeerde toestemming gegeven voor het gesprek en v…
                 Ja

             1. Beeld en houding
               Het wijkteam kent de dagelijkse leefwereld van bewoners met een migratieach…
                 4 Eens

             2. Bereik
               In hoeverre bereikt het wijkteam bewoners met een migratieachtergrond?
                 Weet niet
             Esc Terug  F1 Help  f Filters  q Stoppen
            """)
    }

    @Test func open() throws {
        let grid = try #require(Self.screens["open"])
        assertSnapshot(grid, """
             Wijk — Resultaten                                   7 interviews (WT 4 · MO 3)
             Filter: voltooid en concepten
             Open antwoorden
            ────────────────────────────────────────────────────────────────────────────────
             Welk beeld heeft het wijkteam van bewoners met een migratieachtergrond? Hoe k…

             Wijkteams — 3 antwoorden
               Wijkteam West, Amersfoort
                 We kennen de sleutelfiguren niet.
               Wijkteam Noord, Utrecht
                 Bewoners zoeken hulp via de moskee.
               Wijkteam Zuid, Utrecht
                 Taal is vaak een drempel voor hulp.

             Migrantenorg. — 3 antwoorden
               جمعية الجالية السورية, Amersfoort
                 العائلات لا تعرف أين تطلب المساعدة
               Marokkaanse Vrouwen Vereniging, Utrecht
                 Het wijkteam komt pas bij grote problemen; hulp is laat.
               Türk Kadınlar Derneği, Utrecht
                 Kadınlar wijkteam'i tanımıyor; hulp komt te laat.

             Zoeken: “hulp” — 4 treffers in 4 antwoorden · antwoord 1/4
             / Zoeken  n Volgende  N Vorige  c Coderen  Esc Terug  F1 Help  q Stoppen
            """)
    }

    @Test func filters() throws {
        let grid = try #require(Self.screens["filters"])
        assertSnapshot(grid, """
             Wijk — Resultaten                                   7 interviews (WT 4 · MO 3)
             Filter: voltooid en concepten
             Filters
            ────────────────────────────────────────────────────────────────────────────────
             Gegevens van het gesprek
               Na┌ Filters ───────────────────────────────────────────────────────────┐ 33%
               Ge│                                                                    │67%
               Wi│   Variant        ◂ Wijkteams ▸                                     │
               Fu│ › Gemeente       ◂ Amersfoort ▸                                    │
               Da│   Wijk           ◂ (alle) ▸                                        │100%
               He│   Interviewer    []                                                │
             Het │   Status         ◂ voltooid en concepten ▸                         │
               Wa│                                                                    │
               Ho│ ←/→ kiest een waarde; Enter past toe.                              │
               Ho│                                                                    │
               We│                                                                    │
             De o└────────────────────────────────────────────────────────────────────┘
               Wat is de organisatievorm?           WT – · MO 0: –
               Uit welke herkomstgroepen bestaat u… WT – · MO 0: –
               Op welke doelgroepen richt uw organ… WT – · MO 0: –
               Hoeveel vrijwilligers zijn er actie… WT – · MO 0: –
               Hoe wordt uw organisatie gefinancie… WT – · MO 0: –
                                                                                       2/64
             → Waarde kiezen  Enter Toepassen  Del Alles wissen  Esc Annuleren
            """)
    }

    @Test func crosstab() throws {
        let grid = try #require(Self.screens["crosstab"])
        assertSnapshot(grid, """
             Wijk — Resultaten                                   7 interviews (WT 4 · MO 3)
             Filter: voltooid en concepten
             Kruistabel
            ────────────────────────────────────────────────────────────────────────────────
             Rijen: Is er contact tussen het wijkteam en migrantenorganisaties in de wijk?
             Kolommen: Het wijkteam kent de dagelijkse leefwereld van bewoners met een mig…

             [Wijkteams (n=4)]  Migrantenorg. (n=3)   · aantallen

                                 1 Helem… 2 Oneens 3 Niet …   4 Eens 5 Helem…   Totaal
             Ja                         ·        1        ·        1        1        3
             Nee                        ·        ·        ·        1        ·        1
             Totaal                     0        1        0        2        1        4

             n = 4 (echte antwoorden) · χ²(2) = 1,33, p = 0,513: niet te beoordelen: 6 van
             6 cellen verwacht < 5







             Tab Andere variant  p Aantal/rij%/kolom%  Esc Terug  F1 Help  q Stoppen
            """)
    }

    @Test func help() throws {
        let grid = try #require(Self.screens["help"])
        assertSnapshot(grid, """
             Wijk — Resultaten                                   7 interviews (WT 4 · MO 3)
             Filter: voltooid en concepten
             Help — toetsen
            ────────────────────────────────────────────────────────────────────────────────
               Enter         Openen
               v             Voortgang
               ↑/k           omhoog
               ↓/j           omlaag
               PgUp          pagina terug
               PgDn/Space    pagina verder
               Home          begin
               End           einde
               F1/?          Help
               f             Filters
               q/F10/Ctrl-C  Stoppen

                             Percentages zijn van wie de vraag echt beantwoordde (n); weet
                             niet, wil niet zeggen, niet beantwoord en n.v.t. staan apart.
                             (…) is het 95%-interval (Wilson); * markeert alleen een
                             verschil dat een toets steunt (p < 0,05, met n erbij).



             Esc Sluiten  q Stoppen
            """)
    }

    @Test func tooSmall() throws {
        var browser = try ResultsFixture.browser(width: 60, height: 20)
        assertSnapshot(ResultsFixture.render(browser), """








                                  Venster te klein
                              minimaal 80×24, nu 60×20
                                     q: stoppen
            """)
        #expect(browser.handle(.down).isEmpty)
        #expect(browser.handle(.character("q")) == [.quit])
    }
}
