import Testing
import WijkModel
@testable import WijkTUI

/// Render snapshots of every results screen at 120×40 on the fixture (Dutch,
/// Turkish and Arabic open answers included), driven by keys as a user would.
@Suite struct ResultsSnapshot120x40Tests {
    static let screens: [String: Grid] = Dictionary(uniqueKeysWithValues: (try? ResultsScreens.all(width: 120, height: 40)) ?? [])

    @Test func list() throws {
        let grid = try #require(Self.screens["list"])
        assertSnapshot(grid, """
             Wijk — Resultaten                                                                           7 interviews (WT 4 · MO 3)
             Filter: voltooid en concepten
             Vragen
            ────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────
             Gegevens van het gesprek
               Naam van het wijkteam of de organisatie                  WT 4: Sociaal Team Oost 25% · MO 3: Marokkaanse Vrouw… 33%
               Gemeente                                                 WT 4: Amersfoort 50% · MO 3: Utrecht 67%
               Wijk of werkgebied                                       WT 0: open · MO 0: open
               Functie of rol van de respondent                         WT 0: – · MO 0: –
               Datum van het gesprek                                    WT 4: 2025-03-01 100% · MO 3: 2025-03-01 100%
               Heeft de respondent geïnformeerde toestemming gegeven v… WT 4: Ja 100% · MO 3: Ja 100%
             Het wijkteam
               Wat voor team is het?                                    WT 0: – · MO –
               Hoeveel medewerkers telt het team?                       WT 0: – · MO –
               Hoeveel teamleden hebben zelf een migratieachtergrond?   WT 0: – · MO –
               Welk percentage van de bewoners in het werkgebied heeft… WT 0: – · MO –
             De organisatie
               Wat is de organisatievorm?                               WT – · MO 0: –
               Uit welke herkomstgroepen bestaat uw achterban?          WT – · MO 0: –
               Op welke doelgroepen richt uw organisatie zich?          WT – · MO 0: –
               Hoeveel vrijwilligers zijn er actief bij uw organisatie? WT – · MO 0: –
               Hoe wordt uw organisatie gefinancierd?                   WT – · MO 0: –
             1. Beeld en houding
               Welk beeld heeft het wijkteam van bewoners met een migr… WT 3: open · MO 3: open
               Het wijkteam kent de dagelijkse leefwereld van bewoners… WT 4: gem. 3,8 · MO 2: gem. 1,5
               Bewoners met een migratieachtergrond komen pas in beeld… WT 0: – · MO 0: –
               Heeft het team in de afgelopen twee jaar een training o… WT 0: – · MO –
               En andersom: welk beeld hebben uw organisatie en uw ach… WT – · MO 0: open
               Onze achterban heeft vertrouwen in het wijkteam.         WT – · MO 0: –
             2. Bereik
               In hoeverre bereikt het wijkteam bewoners met een migra… WT 2: gem. 2,5 · MO 3: gem. 2,0
               Welke groepen blijven (grotendeels) buiten beeld van he… WT 3: Syrisch 67% · MO 3: Turks 67%
               Registreert het team de herkomst of migratieachtergrond… WT 0: – · MO –
               Welk percentage van de cliënten van het team heeft een … WT 0: – · MO –
               Welke outreachende activiteiten onderneemt het team om … WT 0: – · MO –
               Via welke routes komen bewoners met een migratieachterg… WT 0: – · MO –
               In hoeverre is het wijkteam bekend bij uw achterban?     WT – · MO 0: –
               Met welke hulpvragen komen mensen bij uw organisatie?    WT – · MO 0: –
                                                                                                                               2/64
             Enter Openen  v Voortgang  F1 Help  f Filters  q Stoppen
            """)
    }

    @Test func question() throws {
        let grid = try #require(Self.screens["question"])
        assertSnapshot(grid, """
             Wijk — Resultaten                                                                           7 interviews (WT 4 · MO 3)
             Filter: voltooid en concepten
             Vraag
            ────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────
             kent_leefwereld · schaal · gedeelde kern
             Het wijkteam kent de dagelijkse leefwereld van bewoners met een migratieachtergrond.

                                            Wijkteams (n=4)                         Migrantenorg. (n=2)                    Verschil
             1 Helemaal oneens                                   0   0%    (0–49) ◆ █████████████████    1  50%    (9–91)    +50 pp
             2 Oneens                       ████████▌            1  25%    (5–70)   █████████████████    1  50%    (9–91)    +25 pp
             3 Niet eens, niet oneens                            0   0%    (0–49)                        0   0%    (0–66)      0 pp
             4 Eens                       ◆ █████████████████    2  50%   (15–85)                        0   0%    (0–66)    −50 pp
             5 Helemaal eens                ████████▌            1  25%    (5–70)                        0   0%    (0–66)    −25 pp
                                          (…) = 95%-betrouwbaarheidsinterval van het percentage (Wilson)
             Toets WT ↔ MO (n = 4 / 2): χ²(3) = 3,75, p = 0,290: niet te beoordelen: 8 van 8 cellen verwacht < 5
             Gemiddelden WT ↔ MO (n = 4 / 2): Welch t(3,6) = -2,80, p = 0,054: geen significant verschil

             Niet als antwoord:                                   van 4                                   van 3
             Weet niet                                           0   0%                                  0   0%
             Wil niet zeggen                                     0   0%                                  1  33%
             Niet beantwoord                                     0   0%                                  0   0%
             Alle interviews:                                     van 4                                   van 3
             N.v.t.                                              0   0%                                  0   0%

             n                                                        4                                       2
             Gemiddelde                                            3,75                                    1,50                −2,2
             95%-BI gemiddelde                                1,75–5,00                               1,00–5,00
             Mediaan                                               4,00                                    1,50
             Standaardafwijking                                    1,26                                    0,71
             Minimum                                               2,00                                    1,00
             Maximum                                               5,00                                    2,00
             Kwartielen Q1                                         3,50                                    1,25
             Kwartielen Q3                                         4,25                                    1,75






             Enter Interviews  o Open antw.  x Kruistabel  g Per gemeente  Esc Terug  F1 Help  f Filters  q Stoppen
            """)
    }

    @Test func interviews() throws {
        let grid = try #require(Self.screens["interviews"])
        assertSnapshot(grid, """
             Wijk — Resultaten                                                                           7 interviews (WT 4 · MO 3)
             Filter: voltooid en concepten
             Interviews met dit antwoord
            ────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────
             Het wijkteam kent de dagelijkse leefwereld van bewoners met een migratieachtergrond.
             Antwoord: Eens
             2 interviews  
             Var. Organisatie                                                   Gemeente              Id
             WT   Sociaal Team Oost                                             Amersfoort            wt-3
             WT   Wijkteam Noord                                                Utrecht               wt-1





























             Enter Interview  Esc Terug  F1 Help  f Filters  q Stoppen
            """)
    }

    @Test func interview() throws {
        let grid = try #require(Self.screens["interview"])
        assertSnapshot(grid, """
             Wijk — Resultaten                                                                           7 interviews (WT 4 · MO 3)
             Filter: voltooid en concepten
             Interview
            ────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────
             wt-3 · Wijkteams · concept · interviewer anna

             Gegevens van het gesprek
               Naam van het wijkteam of de organisatie
                 Sociaal Team Oost
               Gemeente
                 Amersfoort
               Datum van het gesprek
                 2025-03-01
               Heeft de respondent geïnformeerde toestemming gegeven voor het gesprek en voor het vastleggen en gebruiken van de a…
                 Ja

             1. Beeld en houding
               Het wijkteam kent de dagelijkse leefwereld van bewoners met een migratieachtergrond.
                 4 Eens

             2. Bereik
               In hoeverre bereikt het wijkteam bewoners met een migratieachtergrond?
                 Weet niet
               Welke groepen blijven (grotendeels) buiten beeld van het wijkteam?
                 Marokkaans

             4. Samenwerking
               Is er contact tussen het wijkteam en migrantenorganisaties in de wijk?
                 Nee










             Esc Terug  F1 Help  f Filters  q Stoppen
            """)
    }

    @Test func open() throws {
        let grid = try #require(Self.screens["open"])
        assertSnapshot(grid, """
             Wijk — Resultaten                                                                           7 interviews (WT 4 · MO 3)
             Filter: voltooid en concepten
             Open antwoorden
            ────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────
             Welk beeld heeft het wijkteam van bewoners met een migratieachtergrond? Hoe kijkt het team naar hun vragen en hun man…

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
             / Zoeken  n Volgende  N Vorige  c Coderen  Esc Terug  F1 Help  f Filters  q Stoppen
            """)
    }

    @Test func filters() throws {
        let grid = try #require(Self.screens["filters"])
        assertSnapshot(grid, """
             Wijk — Resultaten                                                                           7 interviews (WT 4 · MO 3)
             Filter: voltooid en concepten
             Filters
            ────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────
             Gegevens van het gesprek
               Naam van het wijkteam ┌ Filters ───────────────────────────────────────────────────────────┐ Marokkaanse Vrouw… 33%
               Gemeente              │                                                                    │t 67%
               Wijk of werkgebied    │   Variant        ◂ Wijkteams ▸                                     │
               Functie of rol van de │ › Gemeente       ◂ Amersfoort ▸                                    │
               Datum van het gesprek │   Wijk           ◂ (alle) ▸                                        │03-01 100%
               Heeft de respondent ge│   Interviewer    []                                                │
             Het wijkteam            │   Status         ◂ voltooid en concepten ▸                         │
               Wat voor team is het? │                                                                    │
               Hoeveel medewerkers te│ ←/→ kiest een waarde; Enter past toe.                              │
               Hoeveel teamleden hebb│                                                                    │
               Welk percentage van de│                                                                    │
             De organisatie          └────────────────────────────────────────────────────────────────────┘
               Wat is de organisatievorm?                               WT – · MO 0: –
               Uit welke herkomstgroepen bestaat uw achterban?          WT – · MO 0: –
               Op welke doelgroepen richt uw organisatie zich?          WT – · MO 0: –
               Hoeveel vrijwilligers zijn er actief bij uw organisatie? WT – · MO 0: –
               Hoe wordt uw organisatie gefinancierd?                   WT – · MO 0: –
             1. Beeld en houding
               Welk beeld heeft het wijkteam van bewoners met een migr… WT 3: open · MO 3: open
               Het wijkteam kent de dagelijkse leefwereld van bewoners… WT 4: gem. 3,8 · MO 2: gem. 1,5
               Bewoners met een migratieachtergrond komen pas in beeld… WT 0: – · MO 0: –
               Heeft het team in de afgelopen twee jaar een training o… WT 0: – · MO –
               En andersom: welk beeld hebben uw organisatie en uw ach… WT – · MO 0: open
               Onze achterban heeft vertrouwen in het wijkteam.         WT – · MO 0: –
             2. Bereik
               In hoeverre bereikt het wijkteam bewoners met een migra… WT 2: gem. 2,5 · MO 3: gem. 2,0
               Welke groepen blijven (grotendeels) buiten beeld van he… WT 3: Syrisch 67% · MO 3: Turks 67%
               Registreert het team de herkomst of migratieachtergrond… WT 0: – · MO –
               Welk percentage van de cliënten van het team heeft een … WT 0: – · MO –
               Welke outreachende activiteiten onderneemt het team om … WT 0: – · MO –
               Via welke routes komen bewoners met een migratieachterg… WT 0: – · MO –
               In hoeverre is het wijkteam bekend bij uw achterban?     WT – · MO 0: –
               Met welke hulpvragen komen mensen bij uw organisatie?    WT – · MO 0: –
                                                                                                                               2/64
             → Waarde kiezen  Enter Toepassen  Del Alles wissen  Esc Annuleren
            """)
    }

    @Test func crosstab() throws {
        let grid = try #require(Self.screens["crosstab"])
        assertSnapshot(grid, """
             Wijk — Resultaten                                                                           7 interviews (WT 4 · MO 3)
             Filter: voltooid en concepten
             Kruistabel
            ────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────
             Rijen: Is er contact tussen het wijkteam en migrantenorganisaties in de wijk?
             Kolommen: Het wijkteam kent de dagelijkse leefwereld van bewoners met een migratieachtergrond.

             [Wijkteams (n=4)]  Migrantenorg. (n=3)   · aantallen

                                      1 Helemaal o…      2 Oneens 3 Niet eens,…        4 Eens 5 Helemaal e…        Totaal
             Ja                                   ·             1             ·             1             1             3
             Nee                                  ·             ·             ·             1             ·             1
             Totaal                               0             1             0             2             1             4

             n = 4 (echte antwoorden) · χ²(2) = 1,33, p = 0,513: niet te beoordelen: 6 van 6 cellen verwacht < 5
























             Tab Andere variant  p Aantal/rij%/kolom%  → Kolommen  Esc Terug  F1 Help  f Filters  q Stoppen
            """)
    }

    @Test func help() throws {
        let grid = try #require(Self.screens["help"])
        assertSnapshot(grid, """
             Wijk — Resultaten                                                                           7 interviews (WT 4 · MO 3)
             Filter: voltooid en concepten
             Help — toetsen
            ────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────
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
                             (…) is het 95%-interval (Wilson); * markeert alleen een verschil
                             dat een toets steunt (p < 0,05, met n erbij).



















             Esc Sluiten  q Stoppen
            """)
    }
}
