import Testing
import WijkModel
@testable import WijkTUI

/// Text snapshots of the interview screen: overview, review, help, dialogs (inline; trailing spaces ignored).
@Suite("Interview snapshots: Overview, review, help, dialogs")
struct InterviewOverlaySnapshotTests {
    @Test func overview80x24() {
        assertSnapshot(SnapshotScenarios.overview().rendered(80, 24), #"""
 Testvragenlijst                                                 vraag 1 van 11
 Algemeen                                       0 min  ██████░░░░░░░░░░░░░░ 33%
────────────────────────────────────────────────────────────────────────────────
 Overzicht
 ✓ beantwoord  ○ open  ! probleem  – overgeslagen   · typ een nummer of woorde…

 Algemeen
   ✓  1 Naam van de organisatie [naam]
   ○  2 Wat voor organisatie is het? [soort]
   ○  3 Welke talen spreken de medewerkers? [talen]
   ○  4 Hoe tevreden bent u over de samenwerking? [tevreden]
 Cijfers
   !  5 Hoeveel leden heeft de organisatie? [leden]
   ○  6 Hoeveel uur per week? [uren]
   ○  7 Datum van oprichting [datum]
   ✓  8 Krijgt de organisatie subsidie? [subsidie]
   –  9 Hoeveel subsidie per jaar (euro)? [bedrag]
   i 10 Nu volgt een open vraag. Laat de respondent uitpraten. [info]
   ○ 11 Vertel over de samenwerking. [verhaal]



────────────────────────────────────────────────────────────────────────────────
 Enter Naar deze vraag  Esc Terug
"""#)
    }

    @Test func review80x24() {
        assertSnapshot(SnapshotScenarios.review().rendered(80, 24), #"""
 Testvragenlijst                                                 vraag 1 van 11
 Algemeen                                       0 min  █████████████░░░░░░░ 66%
────────────────────────────────────────────────────────────────────────────────
 Controleren en afronden
 0 problemen, 1 waarschuwing.

 Algemeen
   Naam van de organisatie                 Buurthuis De Ünal
   Wat voor organisatie is het?            Anders, namelijk: Gebedshuis
   Welke talen spreken de medewerkers?     Turks (Türkçe); Arabisch (العربية)
   Hoe tevreden bent u over de             Weet niet
   samenwerking?
 Cijfers
 ! Hoeveel leden heeft de organisatie?     600
     Meer dan 500 leden? Controleer het aantal.
   Hoeveel uur per week?                   2,5
   Datum van oprichting                    (geen antwoord)
   Krijgt de organisatie subsidie?         (geen antwoord)
   Vertel over de samenwerking.            (geen antwoord)



────────────────────────────────────────────────────────────────────────────────
 F8 Afronden  Enter Naar deze vraag  Esc Terug  F10 Opslaan en stoppen
"""#)
    }

    @Test func review120x40() {
        assertSnapshot(SnapshotScenarios.review().rendered(120, 40), #"""
 Testvragenlijst                                                                                         vraag 1 van 11
 Algemeen                                                                               0 min  █████████████░░░░░░░ 66%
────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────
 Controleren en afronden
 0 problemen, 1 waarschuwing.

 Algemeen
   Naam van de organisatie                                       Buurthuis De Ünal
   Wat voor organisatie is het?                                  Anders, namelijk: Gebedshuis
   Welke talen spreken de medewerkers?                           Turks (Türkçe); Arabisch (العربية)
   Hoe tevreden bent u over de samenwerking?                     Weet niet
 Cijfers
 ! Hoeveel leden heeft de organisatie?                           600
     Meer dan 500 leden? Controleer het aantal.
   Hoeveel uur per week?                                         2,5
   Datum van oprichting                                          (geen antwoord)
   Krijgt de organisatie subsidie?                               (geen antwoord)
   Vertel over de samenwerking.                                  (geen antwoord)




















────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────
 F8 Afronden  Enter Naar deze vraag  Esc Terug  F10 Opslaan en stoppen
"""#)
    }

    @Test func reviewBlocked80x24() {
        assertSnapshot(SnapshotScenarios.reviewBlocked().rendered(80, 24), #"""
 Testvragenlijst                                                 vraag 1 van 11
 Algemeen                                       0 min  ██░░░░░░░░░░░░░░░░░░ 11%
────────────────────────────────────────────────────────────────────────────────
 Controleren en afronden
 1 probleem, 0 waarschuwingen.

 Algemeen
 ! Naam van de organisatie                 (geen antwoord)
     Deze vraag moet beantwoord worden.
   Wat voor organisatie is het?            (geen antwoord)
   Welke talen spreken de medewerkers?     (geen antwoord)
   Hoe tevreden bent u over de             (geen antwoord)
   samenwerking?
 Cijfers
   Hoeveel leden heeft de organisatie?     20
   Hoeveel uur per week?                   (geen antwoord)
   Datum van oprichting                    (geen antwoord)
   Krijgt de organisatie subsidie?         (geen antwoord)
   Vertel over de samenwerking.            (geen antwoord)


 Afronden kan niet: 1 probleem (rood). Enter gaat naar de gekozen vraag.
────────────────────────────────────────────────────────────────────────────────
 F8 Afronden  Enter Naar deze vraag  Esc Terug  F10 Opslaan en stoppen
"""#)
    }

    @Test func help80x24() {
        assertSnapshot(SnapshotScenarios.help().rendered(80, 24), #"""
 Testvragenlijst                                                 vraag 1 van 11
 Algemeen                                        0 min  ░░░░░░░░░░░░░░░░░░░░ 0%
────────────────────────────────────────────────────────────────────────────────
 ┌ Help — alle toetsen ───────────────────────────────────────────────────────┐
 │ Vragen                                                                     │
 │  Enter/Tab                 Verder                                          │
 │  Shift-Tab/PgUp            Terug                                           │
 │  Esc                       Getypte tekst weggooien (lang: vraagt eerst)    │
 │                                                                            │
 │ Overal                                                                     │
 │  F1/Ctrl-G                 Help                                            │
 │  F2/Ctrl-O                 Overzicht                                       │
 │  F3/Ctrl-N                 Opmerking                                       │
 │  F4/Ctrl-P                 Eerste probleem                                 │
 │  F5/Ctrl-K                 Weet niet                                       │
 │  F6/Ctrl-R                 Wil niet zeggen                                 │
 │  F7/Ctrl-E                 Heropenen                                       │
 │  F8/Ctrl-F                 Afronden                                        │
 │  F10/Ctrl-Q/Ctrl-C         Opslaan en stoppen                              │
 │  Ctrl-Z                    Laatste antwoordwijziging ongedaan maken        │
 │                                                                           ↓│
 └────────────────────────────────────────────────────────────────────────────┘
────────────────────────────────────────────────────────────────────────────────
 Esc Sluiten
"""#)
    }

    @Test func help120x40() {
        assertSnapshot(SnapshotScenarios.help().rendered(120, 40), #"""
 Testvragenlijst                                                                                         vraag 1 van 11
 Algemeen                                                                                0 min  ░░░░░░░░░░░░░░░░░░░░ 0%
────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────
 ┌ Help — alle toetsen ───────────────────────────────────────────────────────────────────────────────────────────────┐
 │ Vragen                                                                                                             │
 │  Enter/Tab                    Verder                                                                               │
 │  Shift-Tab/PgUp               Terug                                                                                │
 │  Esc                          Getypte tekst weggooien (lang: vraagt eerst)                                         │
 │                                                                                                                    │
 │ Overal                                                                                                             │
 │  F1/Ctrl-G                    Help                                                                                 │
 │  F2/Ctrl-O                    Overzicht                                                                            │
 │  F3/Ctrl-N                    Opmerking                                                                            │
 │  F4/Ctrl-P                    Eerste probleem                                                                      │
 │  F5/Ctrl-K                    Weet niet                                                                            │
 │  F6/Ctrl-R                    Wil niet zeggen                                                                      │
 │  F7/Ctrl-E                    Heropenen                                                                            │
 │  F8/Ctrl-F                    Afronden                                                                             │
 │  F10/Ctrl-Q/Ctrl-C            Opslaan en stoppen                                                                   │
 │  Ctrl-Z                       Laatste antwoordwijziging ongedaan maken                                             │
 │                                                                                                                    │
 │ Antwoorden                                                                                                         │
 │  ↑/↓                          cursor in een lijst, schaal of ja/nee (kiest niet)                                   │
 │  Space                        kiezen (meer antwoorden: aan/uit)                                                    │
 │  1/2/3/4/5/6/7/8/9            cijfer: keuze 1–9 of schaalpunt kiezen                                               │
 │  a                            letter: naar de keuze met die beginletter (nogmaals: de volgende)                    │
 │  ←/→                          cursor op schaal of ja/nee; → op ‘Anders’: tekst typen                               │
 │  j/y/n                        ja / nee kiezen                                                                      │
 │  v/t                          datum: vandaag                                                                       │
 │  Enter                        keuze onder de cursor nemen en verder (lang antwoord: nieuwe regel)                  │
 │                                                                                                                    │
 │ Tekst bewerken                                                                                                     │
 │  ←/→                          cursor links/rechts                                                                  │
 │  Home                         begin van de regel                                                                   │
 │  End                          eind van de regel                                                                    │
 │  Backspace                    teken voor de cursor wissen                                                          │
 │  Del                          teken na de cursor wissen                                                           ↓│
 └────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┘
────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────
 Esc Sluiten
"""#)
    }

    @Test func remarkEditor80x24() {
        assertSnapshot(SnapshotScenarios.remarkEditor().rendered(80, 24), #"""
 Testvragenlijst                                                 vraag 2 van 11
 Algemeen                                        0 min  ░░░░░░░░░░░░░░░░░░░░ 0%
────────────────────────────────────────────────────────────────────────────────
  Opmerking bij: Wat voor organisatie is het?
  Tab of F3 bewaart, Esc annuleert. Enter maakt een nieuwe regel.

 ┌────────────────────────────────────────────────────────────────────────────┐
 │Twijfel over de keuze;                                                      │
 │zie ook het gesprek met de voorzitter (başkan).                             │
 │                                                                            │
 │                                                                            │
 │                                                                            │
 │                                                                            │
 │                                                                            │
 │                                                                            │
 │                                                                            │
 │                                                                            │
 │                                                                            │
 │                                                                            │
 │                                                                            │
 │                                                                            │
 └────────────────────────────────────────────────────────────────────────────┘
────────────────────────────────────────────────────────────────────────────────
 Tab Opmerking bewaren  Esc Annuleren
"""#)
    }

    @Test func finishDialog80x24() {
        assertSnapshot(SnapshotScenarios.finishDialog().rendered(80, 24), #"""
 Testvragenlijst                                                 vraag 1 van 11
 Algemeen                                       0 min  ████░░░░░░░░░░░░░░░░ 22%
────────────────────────────────────────────────────────────────────────────────
 Controleren en afronden
 0 problemen, 1 waarschuwing.

 Algemeen
   Naam van de organisatie                 X
   Wat voor organisatie is het?            (geen antwoord)
   We┌ Afronden met waarschuwingen? ──────────────────────────────────────┐
   Ho│ Er is nog 1 waarschuwing:                                          │
   sa│ • Meer dan 500 leden? Controleer het aantal.                       │
 Cijf│ Toch afronden?                                                     │
 ! Ho│                                                                    │
     │ Enter/j: ja    Esc/n: nee                                          │
   Ho└────────────────────────────────────────────────────────────────────┘
   Datum van oprichting                    (geen antwoord)
   Krijgt de organisatie subsidie?         (geen antwoord)
   Vertel over de samenwerking.            (geen antwoord)



────────────────────────────────────────────────────────────────────────────────
 Enter Ja  Esc Nee
"""#)
    }

    @Test func reopenDialog80x24() {
        assertSnapshot(SnapshotScenarios.reopenDialog().rendered(80, 24), #"""
 Testvragenlijst                                  alleen lezen · vraag 1 van 11
 Algemeen                                       0 min  ██░░░░░░░░░░░░░░░░░░ 11%
────────────────────────────────────────────────────────────────────────────────
  Eerst enkele vragen over de organisatie.

  Naam van de organisatie *

  X

     ┌ Interview heropenen? ──────────────────────────────────────────────┐
     │ Dit interview is afgerond. Heropenen maakt het weer een concept;   │
     │ dat wordt in het logboek vastgelegd.                               │
     │                                                                    │
     │ Enter/j: ja    Esc/n: nee                                          │
     └────────────────────────────────────────────────────────────────────┘






  Afgerond interview: alleen lezen. F7/Ctrl-E heropent het.
────────────────────────────────────────────────────────────────────────────────
 Enter Ja  Esc Nee
"""#)
    }

    @Test func readOnly80x24() {
        assertSnapshot(SnapshotScenarios.readOnly().rendered(80, 24), #"""
 Testvragenlijst                                  alleen lezen · vraag 2 van 11
 Algemeen                                       0 min  ████░░░░░░░░░░░░░░░░ 22%
────────────────────────────────────────────────────────────────────────────────
  Wat voor organisatie is het?

  ( ) 1  Buurthuis
  (•) 2  Moskee
  ( ) 3  Stichting
  ( ) 4  Anders, namelijk:












  Afgerond interview: alleen lezen. F7/Ctrl-E heropent het.
────────────────────────────────────────────────────────────────────────────────
 F7 Heropenen  F1 Help  F3 Opmerking  F5 Weet niet  F6 Weigert  F10 Stoppen
"""#)
    }

    @Test func bundled120x40() {
        assertSnapshot(SnapshotScenarios.bundled().rendered(120, 40), #"""
 Sociale wijkteams en diversiteit — interview migrantenorganisatie                                       vraag 8 van 45
 De organisatie                                                                                 ░░░░░░░░░░░░░░░░░░░░ 3%
────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────
  Uit welke herkomstgroepen bestaat uw achterban? *
  Meerdere antwoorden mogelijk.

  0 gekozen
  [ ] 1  Turks
  [ ] 2  Marokkaans
  [ ] 3  Surinaams
  [ ] 4  Antilliaans / Caribisch
  [ ] 5  Syrisch
  [ ] 6  Eritrees
  [ ] 7  Somalisch
  [ ] 8  Afghaans / Iraaks
  [ ] 9  Midden- en Oost-Europees (bijv. Pools, Bulgaars, Roemeens)
  [ ]    Overig Afrikaans
  [ ]    Overig Aziatisch
  [ ]    Anders, namelijk:



















────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────
 Enter Verder  F1 Help  F3 Opmerking  F5 Weet niet  F6 Wil niet zeggen  F8 Afronden  F10 Opslaan en stoppen
"""#)
    }

    @Test func tooSmall60x20() {
        assertSnapshot(SnapshotScenarios.shortText().rendered(60, 20), #"""








                      Venster te klein
                  minimaal 80×24, nu 60×20
               F10/Ctrl-Q: opslaan en stoppen
"""#)
    }
}
