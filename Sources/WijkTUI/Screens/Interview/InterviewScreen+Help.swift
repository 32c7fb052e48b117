import WijkModel

/// F1 help and the dialogs, drawn over the screen.
extension InterviewScreen {
    /// Every binding of every map with all its keys, grouped, generated from the key data.
    func helpLines() -> [(keys: String, text: String, isTitle: Bool)] {
        var lines: [(String, String, Bool)] = []
        func group(_ title: String, _ entries: [(keys: String, text: String)]) {
            if !lines.isEmpty { lines.append(("", "", false)) }
            lines.append((title, "", true))
            lines += entries.map { ($0.keys, $0.text, false) }
        }
        group(lang.t("Vragen", "Questions"), InterviewKeys.navigation.helpLines(lang))
        group(lang.t("Overal", "Anywhere"), InterviewKeys.global.helpLines(lang))
        group(lang.t("Antwoorden", "Answering"), WidgetKeys.answering.helpLines(lang))
        group(lang.t("Tekst bewerken", "Editing text"), WidgetKeys.editing.helpLines(lang))
        group(lang.t("Overzicht (F2)", "Overview (F2)"), InterviewKeys.overview.helpLines(lang))
        group(lang.t("Controleren en afronden (F8)", "Review and finish (F8)"), InterviewKeys.review.helpLines(lang))
        group(lang.t("Opmerking (F3)", "Remark (F3)"), InterviewKeys.remark.helpLines(lang))
        group(lang.t("Vragen om bevestiging", "Confirmations"), InterviewKeys.dialog.helpLines(lang))
        return lines
    }

    func renderHelp(into grid: inout Grid, rect: Rect, scroll: Int) {
        grid.fill(rect)
        let inner = grid.box(rect, style: .accent, title: lang.t("Help — alle toetsen", "Help — all keys"))
        let lines = helpLines()
        let keyWidth = min(28, inner.width / 3)
        let top = min(scroll, max(0, lines.count - inner.height))
        for row in 0..<inner.height where top + row < lines.count {
            let line = lines[top + row]
            let y = inner.y + row
            if line.isTitle {
                grid.putTruncated(line.keys, x: inner.x + 1, y: y, width: inner.width - 2, style: .title)
            } else {
                grid.putTruncated(line.keys, x: inner.x + 2, y: y, width: keyWidth, style: .accent)
                grid.putTruncated(line.text, x: inner.x + 3 + keyWidth, y: y, width: inner.width - keyWidth - 4)
            }
        }
        if top > 0 { grid.put("↑", x: inner.maxX - 1, y: inner.y, style: .muted) }
        if top + inner.height < lines.count { grid.put("↓", x: inner.maxX - 1, y: inner.maxY - 1, style: .muted) }
    }

    private func clearingText(_ count: Int) -> String {
        lang.count(count, ("antwoord wordt", "antwoorden worden"), ("answer will be", "answers will be"))
            + lang.t(" gewist omdat de vraag niet meer van toepassing is (zie ‘Wordt gewist’). Ze blijven in het logboek en komen terug bij heropenen.",
                     " cleared because the question no longer applies (see ‘Will be cleared’). They stay in the audit trail and come back on reopening.")
    }

    func renderDialog(_ dialog: InterviewDialog, into grid: inout Grid, area: Rect) {
        let title: String
        var text: [String]
        switch dialog {
        case .finish(let warnings, let clearing):
            title = clearing > 0 ? lang.t("Afronden en antwoorden wissen?", "Finish and clear answers?")
                : lang.t("Afronden met waarschuwingen?", "Finish with warnings?")
            text = []
            if clearing > 0 { text.append(clearingText(clearing)) }
            if !warnings.isEmpty {
                text.append(lang.t(warnings.count == 1 ? "Er is nog 1 waarschuwing:" : "Er zijn nog \(warnings.count) waarschuwingen:",
                                   warnings.count == 1 ? "There is 1 warning left:" : "There are \(warnings.count) warnings left:"))
                text += warnings.prefix(5).map { "• " + $0 }
            }
            text.append(lang.t("Toch afronden?", "Finish anyway?"))
        case .replaceWithSpecial(let value):
            let special = value == .dontKnow ? lang.t("Weet niet", "Don't know") : lang.t("Wil niet zeggen", "Refused")
            title = lang.t("Antwoord vervangen?", "Replace the answer?")
            var current = widget.enteredText
            if let question = engine.currentQuestion, let stored = engine.answer(question.id), !stored.isEmpty {
                current = AnswerText.of(stored, question: question, engine: engine, lang: lang)
            }
            text = [lang.t("Deze vraag heeft al een antwoord: \(current)", "This question already has an answer: \(current)"),
                    lang.t("Vervangen door ‘\(special)’? (Ctrl-Z maakt het daarna weer ongedaan.)",
                           "Replace it by ‘\(special)’? (Ctrl-Z undoes it afterwards.)")]
        case .discardEdit(let words, _):
            title = lang.t("Getypte tekst weggooien?", "Discard the typed text?")
            text = [lang.t("Er zijn \(words) getypte woorden nog niet bewaard. Weggooien?",
                           "\(words) typed words are not saved yet. Discard them?")]
        case .consentRefused(let clearing):
            title = lang.t("Geen toestemming", "No consent")
            text = [lang.t("De respondent geeft geen toestemming: het gesprek eindigt hier.",
                           "The respondent gives no consent: the interview ends here."),
                    lang.t("Ja rondt het interview af met als reden ‘geen toestemming’; er is dan niets meer te beantwoorden.",
                           "Yes completes the interview with the reason ‘no consent’; nothing is left to answer.")]
            if clearing > 0 { text.append(clearingText(clearing)) }
        case .reopen:
            title = lang.t("Interview heropenen?", "Reopen the interview?")
            text = [lang.t("Dit interview is afgerond. Heropenen maakt het weer een concept;",
                           "This interview is completed. Reopening makes it a draft again;"),
                    lang.t("dat wordt in het logboek vastgelegd.", "the audit trail records it.")]
        }
        DialogBox.render(into: &grid, area: area, title: title, paragraphs: text,
                         keys: lang.t("Enter/j: ja    Esc/n: nee", "Enter/y: yes    Esc/n: no"), style: .warning)
    }
}
