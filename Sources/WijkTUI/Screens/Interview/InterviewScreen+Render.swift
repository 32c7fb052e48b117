import WijkModel

/// Drawing: header, body per mode, footer from the active key map. Pure: the same
/// state and size always give the same grid.
extension InterviewScreen {
    /// Where a mode draws: below the header, above the footer.
    static func body(_ size: Size) -> Rect {
        Rect(x: 1, y: 3, width: size.width - 2, height: size.height - 5)
    }

    /// Draws the whole grid; returns the text cursor when a text field has focus.
    public func render(into grid: inout Grid) -> (x: Int, y: Int)? {
        grid.fill(grid.bounds)
        if grid.size.isBelowMinimum {
            TooSmallView.render(into: &grid, lang: lang,
                                hint: lang.t("F10/Ctrl-Q: opslaan en stoppen", "F10/Ctrl-Q: save and quit"))
            return nil
        }
        renderHeader(into: &grid)
        let body = Self.body(Size(width: grid.width, height: grid.height))
        grid.horizontalLine(x: 0, y: grid.height - 2, length: grid.width, style: .muted)
        grid.putTruncated(activeKeyMap.footer(lang, width: grid.width - 2), x: 1, y: grid.height - 1,
                          width: grid.width - 2, style: .accent)
        var cursor: (x: Int, y: Int)?
        switch mode {
        case .answering:
            cursor = renderQuestion(into: &grid, rect: body)
        case .overview(let selection):
            grid.putTruncated(lang.t("Overzicht", "Overview"), x: body.x, y: body.y, width: body.width, style: .title)
            // The message has its own last row, so moving the selection leaves nothing behind.
            OverviewList(self).render(into: &grid, rect: body.removing(top: 1, bottom: message == nil ? 0 : 1),
                                      selection: selection, query: overviewQuery, lang: lang)
            renderMessage(into: &grid, rect: body)
        case .remark(let area):
            cursor = renderRemark(area, into: &grid, rect: body)
        case .review(let selection):
            grid.putTruncated(lang.t("Controleren en afronden", "Review and finish"), x: body.x, y: body.y,
                              width: body.width, style: .title)
            ReviewList(self).render(into: &grid, rect: body.removing(top: 1, bottom: message == nil ? 0 : 2),
                                    selection: selection, readOnly: readOnly, lang: lang)
            renderMessage(into: &grid, rect: body)
        }
        if let helpScroll {
            renderHelp(into: &grid, rect: body, scroll: helpScroll)
            cursor = nil
        }
        if let dialog {
            renderDialog(dialog, into: &grid, area: body)
            cursor = nil
        }
        return cursor
    }

    private func renderHeader(into grid: inout Grid) {
        // Numbered in the whole questionnaire: the numbers stay put when answers switch
        // questions on or off, and match the overview's.
        let total = engine.questionCount
        let number = engine.currentQuestion.flatMap { engine.number(of: $0.id) } ?? 0
        var counter = lang.t("vraag \(number) van \(total)", "question \(number) of \(total)")
        if readOnly { counter = lang.t("alleen lezen · ", "read-only · ") + counter }
        let counterWidth = TextWidth.of(counter)
        grid.put(counter, x: grid.width - 1 - counterWidth, y: 0, style: readOnly ? .warning : .normal)
        grid.putTruncated(engine.questionnaire.title.resolve(lang.rawValue), x: 1, y: 0,
                          width: grid.width - counterWidth - 4, style: .title)
        // Progress bar: answered of the questions that take an answer.
        let progress = engine.progress
        let barWidth = 20
        let filled = Int((progress.fraction * Double(barWidth)).rounded(.down))
        let percent = "\(Int((progress.fraction * 100).rounded(.down)))%"
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: barWidth - filled)
        let barX = grid.width - 1 - barWidth - 1 - TextWidth.of(percent)
        grid.put(bar, x: barX, y: 1, style: .success)
        grid.put(" " + percent, x: barX + barWidth, y: 1)
        var sectionWidth = barX - 3
        if let clock {
            let time = Self.duration(engine.interviewingTime(until: clock), lang)
            let timeX = barX - 2 - TextWidth.of(time)
            grid.put(time, x: timeX, y: 1, style: .muted)
            sectionWidth = timeX - 3
        }
        if let question = engine.currentQuestion,
           let section = engine.questionnaire.section(containing: question.id) {
            grid.putTruncated(section.title.resolve(lang.rawValue), x: 1, y: 1, width: sectionWidth, style: .accent)
        }
        grid.horizontalLine(x: 0, y: 2, length: grid.width, style: .muted)
    }

    /// The interview's running time: "12 min", "1 u 05" ("1 h 05").
    static func duration(_ seconds: Double, _ lang: Lang) -> String {
        let minutes = Int(seconds / 60)
        guard minutes >= 60 else { return "\(minutes) min" }
        let rest = minutes % 60
        return "\(minutes / 60) \(lang.t("u", "h")) \(rest < 10 ? "0" : "")\(rest)"
    }

    /// The question, its hint, the widget, and the messages under it.
    private func renderQuestion(into grid: inout Grid, rect: Rect) -> (x: Int, y: Int)? {
        guard let question = engine.currentQuestion else {
            grid.put(lang.t("Geen vragen.", "No questions."), x: rect.x, y: rect.y, style: .muted)
            return nil
        }
        var y = rect.y
        let text = rect.inset(horizontal: 1, vertical: 0)
        // The section intro on the first question of a section.
        if let section = engine.questionnaire.section(containing: question.id), let intro = section.intro,
           isFirstVisible(question, in: section) {
            y += grid.putWrapped(intro.resolve(lang.rawValue), in: Rect(x: text.x, y: y, width: text.width, height: 4),
                                 style: .muted) + 1
        }
        let required = engine.isRequired(question.id) ? " *" : ""
        y += min(4, grid.putWrapped(question.label.resolve(lang.rawValue) + required,
                                    in: Rect(x: text.x, y: y, width: text.width, height: 4), style: .title))
        if let hint = question.hint {
            y += min(3, grid.putWrapped(hint.resolve(lang.rawValue),
                                        in: Rect(x: text.x, y: y, width: text.width, height: 3), style: .muted))
        }
        y += 1
        // Status lines under the widget: stored special answer, remark, message.
        var status: [(String, Style)] = []
        if !widgetEdited, let stored = engine.answer(question.id), stored.isSpecial {
            status.append((lang.t("Antwoord: ", "Answer: ") + AnswerText.of(stored, question: question, engine: engine, lang: lang), .accent))
        }
        if let remark = engine.remark(for: question.id) {
            status.append((lang.t("Opmerking: ", "Remark: ") + remark.replacingNewlines(), .muted))
        }
        if readOnly, message == nil { status.append((readOnlyHint.text, .warning)) }
        var messageLines: [String] = []
        if let message { messageLines = Array(TextWidth.wrap(message.text, width: text.width).prefix(3)) }
        let reserved = status.count + messageLines.count + (status.isEmpty && messageLines.isEmpty ? 0 : 1)
        let widgetRect = Rect(x: rect.x, y: y, width: rect.width, height: max(1, rect.maxY - y - reserved))
        let cursor = widget.render(into: &grid, rect: widgetRect, lang: lang)
        var line = rect.maxY - reserved + 1
        for (text, style) in status {
            grid.putTruncated(text, x: rect.x + 1, y: line, width: rect.width - 2, style: style)
            line += 1
        }
        for text in messageLines {
            grid.put(text, x: rect.x + 1, y: line, style: message?.style ?? .normal, maxWidth: rect.width - 2)
            line += 1
        }
        return readOnly ? nil : cursor
    }

    private func isFirstVisible(_ question: Question, in section: Section) -> Bool {
        section.questions.first { engine.isRelevant($0.id) }?.id == question.id
    }

    private func renderRemark(_ area: TextArea, into grid: inout Grid, rect: Rect) -> (x: Int, y: Int)? {
        guard let question = engine.currentQuestion else { return nil }
        grid.putTruncated(lang.t("Opmerking bij: ", "Remark on: ") + question.label.resolve(lang.rawValue),
                          x: rect.x + 1, y: rect.y, width: rect.width - 2, style: .title)
        grid.putTruncated(lang.t("Tab of F3 bewaart, Esc annuleert. Enter maakt een nieuwe regel.",
                                 "Tab or F3 saves, Esc cancels. Enter starts a new line."),
                          x: rect.x + 1, y: rect.y + 1, width: rect.width - 2, style: .muted)
        let box = grid.box(Rect(x: rect.x, y: rect.y + 3, width: rect.width, height: rect.height - 3), style: .accent)
        return area.render(into: &grid, rect: box)
    }

    private func renderMessage(into grid: inout Grid, rect: Rect) {
        guard let message else { return }
        grid.putTruncated(message.text, x: rect.x, y: rect.maxY - 1, width: rect.width, style: message.style)
    }
}

private extension String {
    func replacingNewlines() -> String { split(separator: "\n").joined(separator: " ⏎ ") }
}
