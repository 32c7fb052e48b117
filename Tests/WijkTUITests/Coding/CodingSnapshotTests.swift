import Testing
import WijkModel
@testable import WijkTUI

/// Render snapshots of the coding screens at 80×24 and 120×40 on the fixture
/// (Dutch, Turkish and Arabic answers), reached by keys as a user would.
@Suite struct CodingSnapshotTests {
    static let small = (try? CodingScreens.all(width: 80, height: 24)) ?? [:]
    static let large = (try? CodingScreens.all(width: 120, height: 40)) ?? [:]

    /// The pager: codes under each answer, a rule's marked, an edited answer to review, a mark.
    @Test func pager80x24() throws {
        let grid = try #require(Self.small["pager"])
        assertSnapshot(grid, """
             Wijk — Resultaten                                   7 interviews (WT 4 · MO 3)
             Filter: voltooid en concepten
             Coderen — coder anna
            ────────────────────────────────────────────────────────────────────────────────
             Welk beeld heeft het wijkteam van bewoners met een migratieachtergrond? Hoe k…
             4 van 6 antwoorden gecodeerd, 1 te herzien (tekst gewijzigd)
             Alle antwoorden · 1 gemarkeerd                                             3/6
                 1 WT · Wijkteam West, Amersfoort
                 We kennen de sleutelfiguren niet.
                 nog niet gecodeerd
               ✓ 2 WT · Wijkteam Noord, Utrecht
                 Bewoners zoeken hulp via de moskee.
                 # Sleutelfiguren (regel)
             ▸   3 WT · Wijkteam Zuid, Utrecht
                 Taal is vaak een drempel voor hulp.
                 # Taal
                 4 MO · جمعية الجالية السورية, Amersfoort
                 العائلات لا تعرف أين تطلب المساعدة
                 # Taal (te herzien)
                 5 MO · Marokkaanse Vrouwen Vereniging, Utrecht
                 Het wijkteam komt pas bij grote problemen; hulp is laat.
                 # Hulp komt laat
                 6 MO · Türk Kadınlar Derneği, Utrecht
             Enter Codes  Space Markeren  u Niet gecodeerd  t Tabellen  Esc Terug  F1 Help
            """)
    }

    /// The code picker over the pager, filtered by what was typed, offering a new code.
    @Test func picker80x24() throws {
        let grid = try #require(Self.small["picker"])
        assertSnapshot(grid, """
             Wijk — Resultaten                                   7 interviews (WT 4 · MO 3)
             Filter: voltooid en concepten
             Coderen — coder anna
            ────────────────────────────────────────────────────────────────────────────────
             Welk beeld heeft het wijkteam van bewoners met een migratieachtergrond? Hoe k…
             4 van 6 antwoorden gecodeerd, 1 te herzien (tekst gewijzigd)
             Alle antwoorden · 1 gemarkeerd                                             3/6
                 1 WT · Wijkteam West, Amersfoort
                 We kennen de sleutelfiguren niet.
                 nog niet gecodeerd
               ✓ 2 WT · Wijkteam Noord, Utrecht
                 Bewoners zoeken hulp via de moskee.
                 # Sleutelfiguren (regel)
             ▸   3 WT · Wijkteam Zuid, Utrecht
                 Taal is vaak een drempel voor hulp.
                 # Taal
                 4 MO · جمعية الجالية السورية, Amersfoort
                 العائلات ┌ Codes voor 1 antwoord(en) ───────────────────────┐
                 # Taal (t│Zoek of typ een nieuwe code: ta                   │
                 5 MO · Ma│ 1 [ ] Taal                                       │
                 Het wijkt│ + Nieuwe code: “ta”                              │
                 # Hulp ko│                                                  │
                 6 MO · Tü└──────────────────────────────────────────────────┘
             Enter Kiezen  Tab Aan/uit, open blijven  Esc Sluiten
            """)
    }

    /// The codebook panel: quick keys and answers per code.
    @Test func codebook80x24() throws {
        let grid = try #require(Self.small["codebook"])
        assertSnapshot(grid, """
             Wijk — Resultaten                                   7 interviews (WT 4 · MO 3)
             Filter: voltooid en concepten
             Codeboek — coder anna
            ────────────────────────────────────────────────────────────────────────────────
             Codeboek — 3 code(s); n: antwoorden op deze vraag met de code

              1  Taal                                                                  n=1
              2  Hulp komt laat                                                        n=2
              3  Sleutelfiguren                                                        n=1














             n Nieuw  r Hernoemen  m Samenvoegen  Del Verwijderen  Esc Terug  F1 Help
            """)
    }

    /// Frequencies per variant side by side: bars, counts, % of coded respondents, base n.
    @Test func frequencies80x24() throws {
        let grid = try #require(Self.small["frequencies"])
        assertSnapshot(grid, """
             Wijk — Resultaten                                   7 interviews (WT 4 · MO 3)
             Filter: voltooid en concepten
             Codes per variant — coder anna
            ────────────────────────────────────────────────────────────────────────────────
             Welk beeld heeft het wijkteam van bewoners met een migratieachtergrond? Hoe k…
             [Frequenties per variant]  Code × variant   Samen voorkomen

                                Wijkteams (n=2)              Migrantenorg. (n=2)
             1 Taal             ████████             1   50%                      0    0%
             2 Hulp komt laat                        0    0% ████████████████     2  100%
             3 Sleutelfiguren   ████████             1   50%                      0    0%











             % van de gecodeerde respondenten (n) per variant; gecodeerd: WT 2/3, MO 2/3
             Enter Citaten  Tab Andere tabel  Esc Terug  F1 Help
            """)
    }

    /// Two coders side by side; the answer they differ on is marked ≠.
    @Test func compare120x40() throws {
        let grid = try #require(Self.large["compare"])
        assertSnapshot(grid, """
             Wijk — Resultaten                                                                           7 interviews (WT 4 · MO 3)
             Filter: voltooid en concepten
             Coderen — coder anna · naast piet
            ────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────
             Welk beeld heeft het wijkteam van bewoners met een migratieachtergrond? Hoe kijkt het team naar hun vragen en hun man…
             4 van 6 antwoorden gecodeerd, 1 te herzien (tekst gewijzigd)
             Alle antwoorden                                                                                                    1/6
             ▸     1 WT · Wijkteam West, Amersfoort
                 We kennen de sleutelfiguren niet.
                 A anna: –
                 B piet: –
                   2 WT · Wijkteam Noord, Utrecht
                 Bewoners zoeken hulp via de moskee.
                 A anna: # Sleutelfiguren (regel)
                 B piet: –
                   3 WT · Wijkteam Zuid, Utrecht
                 Taal is vaak een drempel voor hulp.
                 A anna: # Taal
                 B piet: # Taal
                   4 MO · جمعية الجالية السورية, Amersfoort
                 العائلات لا تعرف أين تطلب المساعدة
                 A anna: # Taal (te herzien)
                 B piet: –
                   5 MO · Marokkaanse Vrouwen Vereniging, Utrecht
                 Het wijkteam komt pas bij grote problemen; hulp is laat.
                 A anna: # Hulp komt laat
                 B piet: –
                 ≠ 6 MO · Türk Kadınlar Derneği, Utrecht
                 Kadınlar wijkteam'i tanımıyor; hulp komt te laat.
                 A anna: # Hulp komt laat
                 B piet: # Sleutelfiguren








             Enter Codes  Space Markeren  u Niet gecodeerd  = Filter op code  v Variant  t Tabellen  b Codeboek  Esc Terug  F1 Help
            """)
    }

    /// Code × variant with totals and the base n.
    @Test func byVariant120x40() throws {
        let grid = try #require(Self.large["byVariant"])
        assertSnapshot(grid, """
             Wijk — Resultaten                                                                           7 interviews (WT 4 · MO 3)
             Filter: voltooid en concepten
             Codes per variant — coder anna
            ────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────
             Welk beeld heeft het wijkteam van bewoners met een migratieachtergrond? Hoe kijkt het team naar hun vragen en hun man…
              Frequenties per variant  [Code × variant]  Samen voorkomen

                                                 WT          MO      Totaal
             1 Taal                           1 50%        0 0%       1 25%
             2 Hulp komt laat                  0 0%      2 100%       2 50%
             3 Sleutelfiguren                 1 50%        0 0%       1 25%
             n                                    2           2           4



























             Enter Citaten  Tab Andere tabel  Esc Terug  F1 Help
            """)
    }

    /// Codes together in one interview; the diagonal is the code itself.
    @Test func cooccurrence120x40() throws {
        let grid = try #require(Self.large["cooccurrence"])
        assertSnapshot(grid, """
             Wijk — Resultaten                                                                           7 interviews (WT 4 · MO 3)
             Filter: voltooid en concepten
             Codes per variant — coder anna
            ────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────
             Welk beeld heeft het wijkteam van bewoners met een migratieachtergrond? Hoe kijkt het team naar hun vragen en hun man…
              Frequenties per variant   Code × variant  [Samen voorkomen]

                                         1    2    3
             1 Taal                    (1)    ·    ·
             2 Hulp komt laat            ·  (2)    ·
             3 Sleutelfiguren            ·    ·  (1)



























             Interviews met beide codes bij deze vraag; (n): met de code.
             Enter Citaten  Tab Andere tabel  Esc Terug  F1 Help
            """)
    }
}
