import Foundation
import WijkModel

/// Answering: the widget gets the keys the screen does not bind; confirming stores the
/// answer through the engine and moves on.
extension InterviewScreen {
    mutating func handleAnswering(_ key: Key, now: Date) -> [InterviewEffect] {
        if let action = InterviewKeys.global.action(for: key) {
            return perform(action, now: now)
        }
        if let action = InterviewKeys.navigation(enterConfirms: widget.enterConfirms).action(for: key) {
            return perform(action, now: now)
        }
        guard engine.currentQuestion != nil else { return [] }
        if readOnly {
            if case .note = widget {} else { message = readOnlyHint }
            return []
        }
        let width = max(1, viewport.width - 5)  // the text width inside the long-text frame
        let event: WidgetEvent = widget.fillToday(key, today: engine.today) ? .handled
            : widget.handle(key, lang: lang, width: width)
        switch event {
        case .handled:
            widgetEdited = true
            message = nil
            acknowledged = nil
        case .moved:
            message = nil
        case .chosen:
            let effects = storeChoice(now: now)
            // Auto-advance goes on only from a clean one-key answer: not from a multiple
            // choice (more may follow), nor from "other" (its text comes next), nor past a message.
            guard autoAdvance, widget.isOneKeyAnswer, message == nil else { return effects }
            return effects + confirm(now: now)
        case .refused(let text):
            message = ScreenMessage(text, .error)
        case .submit:
            return confirm(now: now)
        case .ignored:
            break
        }
        return []
    }

    mutating func perform(_ action: InterviewAction, now: Date) -> [InterviewEffect] {
        switch action {
        case .help:
            helpScroll = 0
        case .overview:
            let note = unchangedNote()
            let effects = commitEdits(now: now)
            overviewQuery = ""
            mode = .overview(selection: OverviewList(self).row(of: engine.currentQuestion?.id) ?? 0)
            message = note
            return effects
        case .review:
            let note = unchangedNote()
            let effects = commitEdits(now: now)
            mode = .review(selection: 0)
            message = note
            return effects
        case .remark:
            guard let question = engine.currentQuestion else { return [] }
            if readOnly { message = readOnlyHint; return [] }
            mode = .remark(TextArea(engine.remark(for: question.id) ?? ""))
        case .firstProblem:
            return goToFirstProblem(now: now)
        case .dontKnow:
            return answerSpecial(.dontKnow, now: now)
        case .refused:
            return answerSpecial(.refused, now: now)
        case .reopen:
            if readOnly {
                dialog = .reopen
            } else {
                message = ScreenMessage(lang.t("Dit interview is nog niet afgerond.",
                                               "This interview is not completed yet."), .info)
            }
        case .leave:
            return leave(now: now)
        case .confirm:
            return confirm(now: now)
        case .back:
            let note = unchangedNote()
            let effects = commitEdits(now: now)
            if widgetEdited { return effects }  // invalid edits: stay so they are not lost silently
            if engine.previous() { loadWidget(); message = note }
            return effects
        case .undoEdit:
            let words = discardedWords()
            if widgetEdited, words > Self.fewWords {
                dialog = .discardEdit(words: words, remark: false)
                return []
            }
            loadWidget()
            message = nil
        case .undo:
            return undo(now: now)
        default:
            break
        }
        return []
    }

    /// A choice made with a deliberate key (Space, a digit, j/n): stored at once,
    /// without moving on. A refused choice shows why and the stored answer stays.
    mutating func storeChoice(now: Date) -> [InterviewEffect] {
        guard let question = engine.currentQuestion, case .value(let value, let other) = widget.answer(lang: lang)
        else { return [] }
        let before = engine.response
        let outcome = engine.setAnswer(value, for: question.id, at: now, lang: lang)
        if case .rejected(let reasons) = outcome {
            loadWidget()
            message = ScreenMessage(reasons.joined(separator: " "), .error)
            return []
        }
        if question.other != nil, let other { engine.setOtherText(other, for: question.id, at: now, lang: lang) }
        widgetEdited = false
        acknowledged = nil
        message = outcome.messages.isEmpty ? nil : ScreenMessage(outcome.messages.joined(separator: " "), .warning)
        return engine.response != before ? [.save(engine.response)] : []
    }

    /// Enter/Tab: store the widget's answer; refused → stay with the reason; warnings
    /// (soft checks, an empty required answer) are shown once and a second confirm goes on.
    /// On a list, scale or yes/no, Enter first takes the highlighted option; a chosen
    /// "other" without its text first moves the keys into the text field.
    mutating func confirm(now: Date) -> [InterviewEffect] {
        guard let question = engine.currentQuestion else { return [] }
        if readOnly || question.type == .note { advance(); return [] }
        _ = widget.selectCursor()
        if widget.focusEmptyOther() {
            let effects = storeChoice(now: now)
            if case .value(let value, let other) = widget.answer(lang: lang) {
                acknowledged = Self.token(question.id, value, other)
            }
            message = ScreenMessage(lang.t("Typ wat ‘anders’ is. Nogmaals Enter: verder zonder tekst.",
                                           "Type what ‘other’ is. Enter again: go on without it."), .warning)
            return effects
        }
        var value: AnswerValue?
        var other: String?
        switch widget.answer(lang: lang) {
        case .unreadable(let text):
            message = ScreenMessage(text, .error)
            return []
        case .value(let v, let o):
            value = v; other = o
        }
        let stored = engine.answer(question.id)
        if !widgetEdited, value == nil, stored?.isSpecial == true { value = stored }  // keep weet niet
        let before = engine.response
        let outcome = engine.setAnswer(value, for: question.id, at: now, lang: lang)
        if case .rejected(let reasons) = outcome {
            message = ScreenMessage(reasons.joined(separator: " "), .error)
            return []
        }
        if question.other != nil, let other { engine.setOtherText(other, for: question.id, at: now, lang: lang) }
        widgetEdited = false
        // Moving on after a choice stored by its key needs no save here: the session writes
        // a changed resume point at once (`InterviewSession.scheduleAutosave`).
        let effects: [InterviewEffect] = engine.response != before ? [.save(engine.response)] : []
        var warnings = outcome.messages
        if value == nil, engine.isRequired(question.id) {
            warnings.append(question.requiredMessage?.resolve(lang.rawValue)
                ?? lang.t("Deze vraag moet nog beantwoord worden.", "This question still needs an answer."))
        }
        if other?.isEmpty == true {
            warnings.append(lang.t("Vul in wat 'anders' is.", "Fill in what 'other' is."))
        }
        if question.id == MetadataID.consent, value == .bool(false) {
            dialog = .consentRefused(clearing: engine.answersToClear().count)
            return effects
        }
        let token = Self.token(question.id, value, other)
        if !warnings.isEmpty, acknowledged != token {
            let hint = lang.t("Nogmaals Enter: toch verder.", "Enter again: go on anyway.")
            message = ScreenMessage((warnings + [hint]).joined(separator: " "), .warning)
            acknowledged = token
            return effects
        }
        advance()
        return effects
    }

    /// Next visible question, or the review after the last one.
    mutating func advance() {
        message = nil
        if engine.next() {
            loadWidget()
        } else {
            acknowledged = nil
            mode = .review(selection: 0)
        }
    }

    /// What a warning was shown for: confirming the same again goes on.
    static func token(_ id: String, _ value: AnswerValue?, _ other: String?) -> String {
        "\(id)=\(String(describing: value))+\(other ?? "")"
    }

    /// F5/F6: don't know / refused in one key, where the question allows it. On a
    /// question that already has another answer (or typed text) it asks first.
    mutating func answerSpecial(_ value: AnswerValue, now: Date, confirmed: Bool = false) -> [InterviewEffect] {
        guard let question = engine.currentQuestion, question.type != .note else { return [] }
        if readOnly { message = readOnlyHint; return [] }
        let allowed = value == .dontKnow ? question.allowDontKnow : question.allowRefused
        let stored = engine.answer(question.id)
        let replaces = (stored.map { !$0.isEmpty && $0 != value } ?? false)
            || (widgetEdited && !widget.enteredText.isEmpty)
        if allowed, replaces, !confirmed {
            dialog = .replaceWithSpecial(value)
            return []
        }
        let before = engine.response
        let outcome = engine.setAnswer(value, for: question.id, at: now, lang: lang)
        guard outcome.isAccepted else {
            message = ScreenMessage(outcome.messages.joined(separator: " "), .error)
            return []
        }
        advance()
        return engine.response != before ? [.save(engine.response)] : []
    }

    /// F4: to the first problem (in questionnaire order) and show it.
    mutating func goToFirstProblem(now: Date) -> [InterviewEffect] {
        var effects = commitEdits(now: now)
        guard let problem = engine.firstProblem(lang: lang) else {
            message = ScreenMessage(lang.t("Geen problemen gevonden.", "No problems found."), .info)
            return effects
        }
        effects += jump(to: problem.questionId, now: now)
        message = ScreenMessage(problem.message, problem.severity == .hard ? .error : .warning)
        return effects
    }

    /// Jumps (audited) and shows the question; saves the audit entry. Read-only
    /// only moves: viewing a completed interview must not change its file.
    mutating func jump(to id: String, now: Date) -> [InterviewEffect] {
        let before = engine.response
        let moved = readOnly ? engine.show(id) : engine.jump(to: id, at: now)
        guard moved else { return [] }
        mode = .answering
        loadWidget()
        message = nil
        return engine.response != before && !readOnly ? [.save(engine.response)] : []
    }

    /// Finishing from the review: hard problems block, soft ones ask first.
    mutating func finish(now: Date) -> [InterviewEffect] {
        if readOnly {
            message = ScreenMessage(lang.t("Dit interview is al afgerond.", "This interview is already completed."), .info)
            return []
        }
        let problems = engine.problems(lang: lang)
        let hard = problems.filter { $0.severity == .hard }
        if let first = hard.first {
            mode = .review(selection: ReviewList(self).row(of: first.questionId) ?? 0)
            message = ScreenMessage(lang.t("Afronden kan niet: \(lang.count(hard.count, Noun.problem)) (rood). Enter gaat naar de gekozen vraag.",
                                           "Cannot finish: \(lang.count(hard.count, Noun.problem)) (red). Enter goes to the selected question."), .error)
            return []
        }
        let clearing = engine.answersToClear().count
        if !problems.isEmpty || clearing > 0 {
            dialog = .finish(warnings: problems.map(\.message), clearing: clearing)
            return []
        }
        return complete(now: now)
    }

    /// Completes (answers that no longer apply go to the audit as "cleared"); hard
    /// problems show on the review instead.
    mutating func complete(now: Date) -> [InterviewEffect] {
        do {
            try engine.complete(at: now, lang: lang)
        } catch {
            let first = error.problems.first?.questionId
            mode = .review(selection: first.flatMap { ReviewList(self).row(of: $0) } ?? 0)
            message = ScreenMessage(error.problems.map(\.message).joined(separator: " "), .error)
            return []
        }
        readOnly = true
        mode = .review(selection: 0)
        loadWidget()
        message = engine.endedWithoutConsent
            ? ScreenMessage(lang.t("Interview afgerond zonder toestemming: het gesprek is beëindigd.",
                                   "Interview completed without consent: the interview has ended."), .info)
            : ScreenMessage(lang.t("Interview afgerond en opgeslagen.", "Interview completed and saved."), .info)
        return [.completed(engine.response)]
    }
}
