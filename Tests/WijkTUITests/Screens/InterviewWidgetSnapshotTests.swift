import Testing
import WijkModel
@testable import WijkTUI

/// Text snapshots of the interview screen: widgets (inline; trailing spaces ignored).
@Suite("Interview snapshots: Widgets")
struct InterviewWidgetSnapshotTests {
    @Test func shortText80x24() {
        assertSnapshot(SnapshotScenarios.shortText().rendered(80, 24), #"""
 Testvragenlijst                                                 vraag 1 van 11
 Algemeen                                        0 min  ░░░░░░░░░░░░░░░░░░░░ 0%
────────────────────────────────────────────────────────────────────────────────
  Eerst enkele vragen over de organisatie.

  Naam van de organisatie *

  Stichting Şölen – café Geünieerd














────────────────────────────────────────────────────────────────────────────────
 F1 Help  F3 Opmerking  F5 Weet niet  F6 Weigert  F8 Afronden  F10 Stop
"""#)
    }

    @Test func singleOther80x24() {
        assertSnapshot(SnapshotScenarios.singleOther().rendered(80, 24), #"""
 Testvragenlijst                                                 vraag 2 van 11
 Algemeen                                       0 min  ██░░░░░░░░░░░░░░░░░░ 11%
────────────────────────────────────────────────────────────────────────────────
  Wat voor organisatie is het?

  ( ) 1  Buurthuis
  ( ) 2  Moskee
  ( ) 3  Stichting
  (•) 4  Anders, namelijk: Gebedshuis













────────────────────────────────────────────────────────────────────────────────
 F1 Help  F3 Opmerking  F5 Weet niet  F6 Weigert  F8 Afronden  F10 Stop
"""#)
    }

    @Test func multipleTurkishArabic80x24() {
        assertSnapshot(SnapshotScenarios.multipleTurkishArabic().rendered(80, 24), #"""
 Testvragenlijst                                                 vraag 3 van 11
 Algemeen                                       0 min  ██░░░░░░░░░░░░░░░░░░ 11%
────────────────────────────────────────────────────────────────────────────────
  Welke talen spreken de medewerkers?
  Kies er hoogstens drie.

  max 3 · 2 gekozen
  [ ] 1  Nederlands
  [x] 2  Turks (Türkçe)
  [x] 3  Arabisch (العربية)
  [ ] 4  Engels
  [ ] 5  Pools










────────────────────────────────────────────────────────────────────────────────
 F1 Help  F3 Opmerking  F5 Weet niet  F6 Weigert  F8 Afronden  F10 Stop
"""#)
    }

    @Test func multipleEnglish120x40() {
        assertSnapshot(SnapshotScenarios.multipleEnglish().rendered(120, 40), #"""
 Test questionnaire                                                                                    question 3 of 11
 General                                                                                0 min  ██░░░░░░░░░░░░░░░░░░ 11%
────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────
  Which languages do the staff speak?
  Choose at most three.

  max 3 · 3 chosen
  [x] 1  Dutch
  [x] 2  Turkish (Türkçe)
  [x] 3  Arabic (العربية)
  [ ] 4  English
  [ ] 5  Polish

























  At most 3 choices: untick one first.
────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────
 Enter Next  Shift-Tab Back  F1 Help  F2 Overview  F3 Remark  F5 Don't know  F6 Refused  F8 Finish  F10 Save and quit
"""#)
    }

    @Test func scale80x24() {
        assertSnapshot(SnapshotScenarios.scale().rendered(80, 24), #"""
 Testvragenlijst                                                 vraag 4 van 11
 Algemeen                                       0 min  ██░░░░░░░░░░░░░░░░░░ 11%
────────────────────────────────────────────────────────────────────────────────
  Hoe tevreden bent u over de samenwerking?

  Zeer ontevreden   1 ── 2 ──[3]── 4 ── 5   Zeer tevreden

  1  Zeer ontevreden
  3  Neutraal
  5  Zeer tevreden












────────────────────────────────────────────────────────────────────────────────
 F1 Help  F3 Opmerking  F5 Weet niet  F6 Weigert  F8 Afronden  F10 Stop
"""#)
    }

    @Test func integerWarning80x24() {
        assertSnapshot(SnapshotScenarios.integerWarning().rendered(80, 24), #"""
 Testvragenlijst                                                 vraag 5 van 11
 Cijfers                                        0 min  ██░░░░░░░░░░░░░░░░░░ 11%
────────────────────────────────────────────────────────────────────────────────
  Hoeveel leden heeft de organisatie?

  600















  Meer dan 500 leden? Controleer het aantal. Nogmaals Enter: toch verder.
────────────────────────────────────────────────────────────────────────────────
 F1 Help  F3 Opmerking  F5 Weet niet  F6 Weigert  F8 Afronden  F10 Stop
"""#)
    }

    @Test func decimalRejected80x24() {
        assertSnapshot(SnapshotScenarios.decimalRejected().rendered(80, 24), #"""
 Testvragenlijst                                                 vraag 6 van 11
 Cijfers                                         0 min  ░░░░░░░░░░░░░░░░░░░░ 0%
────────────────────────────────────────────────────────────────────────────────
  Hoeveel uur per week?

  200,5             (komma of punt)















  Vul een getal van 0 tot en met 168 in.
────────────────────────────────────────────────────────────────────────────────
 F1 Help  F3 Opmerking  F5 Weet niet  F6 Weigert  F8 Afronden  F10 Stop
"""#)
    }

    @Test func date80x24() {
        assertSnapshot(SnapshotScenarios.date().rendered(80, 24), #"""
 Testvragenlijst                                                 vraag 7 van 11
 Cijfers                                         0 min  ░░░░░░░░░░░░░░░░░░░░ 0%
────────────────────────────────────────────────────────────────────────────────
  Datum van oprichting

  30-11-2026    JJJJ-MM-DD of DD-MM-JJJJ · v: vandaag
















────────────────────────────────────────────────────────────────────────────────
 F1 Help  F3 Opmerking  F5 Weet niet  F6 Weigert  F8 Afronden  F10 Stop
"""#)
    }

    @Test func yesNo80x24() {
        assertSnapshot(SnapshotScenarios.yesNo().rendered(80, 24), #"""
 Testvragenlijst                                                 vraag 8 van 11
 Cijfers                                        0 min  ██░░░░░░░░░░░░░░░░░░ 10%
────────────────────────────────────────────────────────────────────────────────
  Krijgt de organisatie subsidie?

  (•) Ja (j)    ( ) Nee (n)
















────────────────────────────────────────────────────────────────────────────────
 F1 Help  F3 Opmerking  F5 Weet niet  F6 Weigert  F8 Afronden  F10 Stop
"""#)
    }

    @Test func longText80x24() {
        assertSnapshot(SnapshotScenarios.longText().rendered(80, 24), #"""
 Testvragenlijst                                                vraag 11 van 11
 Cijfers                                         0 min  ░░░░░░░░░░░░░░░░░░░░ 0%
────────────────────────────────────────────────────────────────────────────────
  Vertel over de samenwerking.

 ┌────────────────────────────────────────────────────────────────────────────┐
 │Güzel şehir İstanbul; de samenwerking met het wijkteam verloopt sinds vorig │
 │jaar veel beter dan daarvoor.                                               │
 │مرحبا بكم في منظمتنا                                                        │
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
 F1 Help  F3 Opmerking  F5 Weet niet  F6 Weigert  F8 Afronden  F10 Stop
"""#)
    }

    @Test func longText120x40() {
        assertSnapshot(SnapshotScenarios.longText().rendered(120, 40), #"""
 Testvragenlijst                                                                                        vraag 11 van 11
 Cijfers                                                                                 0 min  ░░░░░░░░░░░░░░░░░░░░ 0%
────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────
  Vertel over de samenwerking.

 ┌────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┐
 │Güzel şehir İstanbul; de samenwerking met het wijkteam verloopt sinds vorig jaar veel beter dan daarvoor.           │
 │مرحبا بكم في منظمتنا                                                                                                │
 │                                                                                                                    │
 │                                                                                                                    │
 │                                                                                                                    │
 │                                                                                                                    │
 │                                                                                                                    │
 │                                                                                                                    │
 │                                                                                                                    │
 │                                                                                                                    │
 │                                                                                                                    │
 │                                                                                                                    │
 │                                                                                                                    │
 │                                                                                                                    │
 │                                                                                                                    │
 │                                                                                                                    │
 │                                                                                                                    │
 │                                                                                                                    │
 │                                                                                                                    │
 │                                                                                                                    │
 │                                                                                                                    │
 │                                                                                                                    │
 │                                                                                                                    │
 │                                                                                                                    │
 │                                                                                                                    │
 │                                                                                                                    │
 │                                                                                                                    │
 │                                                                                                                    │
 │                                                                                                                    │
 │                                                                                                                    │
 │                                                                                                                    │
 └────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┘
────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────
 Tab Verder  F1 Help  F2 Overzicht  F3 Opmerking  F5 Weet niet  F6 Wil niet zeggen  F8 Afronden  F10 Opslaan en stoppen
"""#)
    }

    @Test func noteEnglish80x24() {
        assertSnapshot(SnapshotScenarios.noteEnglish().rendered(80, 24), #"""
 Test questionnaire                                           question 10 of 11
 Figures                                                ░░░░░░░░░░░░░░░░░░░░ 0%
────────────────────────────────────────────────────────────────────────────────
  An open question follows. Let the respondent finish.

  Note — Enter goes on.
















────────────────────────────────────────────────────────────────────────────────
 F1 Help  F3 Remark  F5 Don't know  F6 Refused  F8 Finish  F10 Save and quit
"""#)
    }

    @Test func dontKnowWithRemark80x24() {
        assertSnapshot(SnapshotScenarios.dontKnowWithRemark().rendered(80, 24), #"""
 Testvragenlijst                                                 vraag 4 van 11
 Algemeen                                       0 min  ██░░░░░░░░░░░░░░░░░░ 11%
────────────────────────────────────────────────────────────────────────────────
  Hoe tevreden bent u over de samenwerking?

  Zeer ontevreden   1 ── 2 ── 3 ── 4 ── 5   Zeer tevreden

  1  Zeer ontevreden
  3  Neutraal
  5  Zeer tevreden









  Antwoord: Weet niet
  Opmerking: Respondent wilde eerst overleggen
  Opmerking bewaard.
────────────────────────────────────────────────────────────────────────────────
 F1 Help  F3 Opmerking  F5 Weet niet  F6 Weigert  F8 Afronden  F10 Stop
"""#)
    }
}
