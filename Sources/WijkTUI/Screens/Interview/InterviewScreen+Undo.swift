import Foundation
import WijkModel

/// Taking things back: Ctrl-Z undoes the last stored answer change, Esc discards typed
/// text (asking first when it is more than a few words), and leaving a question whose
/// highlight was moved but not chosen says that the answer stayed.
extension InterviewScreen {
    /// Esc discards up to this many typed words without asking.
    static let fewWords = 3

    /// Ctrl-Z: the last answer change (any question, also F5/F6 or a choice) is undone
    /// through the engine (audit "undo") and its question shown.
    mutating func undo(now: Date) -> [InterviewEffect] {
        if readOnly { message = readOnlyHint; return [] }
        if widgetEdited {
            message = ScreenMessage(lang.t("Eerst Tab/Enter (bewaren) of Esc (weggooien) voor wat hier getypt is; dan maakt Ctrl-Z de laatste wijziging ongedaan.",
                                           "First Tab/Enter (keep) or Esc (discard) what is typed here; then Ctrl-Z undoes the last change."), .info)
            return []
        }
        guard let key = engine.undoLastChange(at: now) else {
            message = ScreenMessage(lang.t("Niets om ongedaan te maken.", "Nothing to undo."), .info)
            return []
        }
        let id = Question.owner(ofAnswerKey: key).id
        if engine.isRelevant(id) { engine.show(id) }
        mode = .answering
        loadWidget()
        if let question = engine.question(id) {
            let label = TextWidth.truncate(question.label.resolve(lang.rawValue), to: 40)
            let answer = AnswerText.of(engine.answer(id), question: question, engine: engine, lang: lang)
            message = ScreenMessage(lang.t("Ongedaan gemaakt: ‘\(label)’ is weer: \(answer).",
                                           "Undone: ‘\(label)’ is again: \(answer)."), .info)
        }
        return [.save(engine.response)]
    }

    /// Typed words Esc would throw away: words of the widget's text that the stored
    /// answer does not have.
    func discardedWords() -> Int {
        guard let question = engine.currentQuestion else { return 0 }
        var stored = ""
        if case .text(let text)? = engine.answer(question.id) { stored = text }
        if question.other != nil { stored += " " + (engine.otherText(for: question.id) ?? "") }
        return Self.newWords(widget.enteredText, comparedTo: stored)
    }

    static func newWords(_ text: String, comparedTo stored: String) -> Int {
        let old = Set(stored.split(whereSeparator: \.isWhitespace))
        return text.split(whereSeparator: \.isWhitespace).filter { !old.contains($0) }.count
    }

    /// When the highlight was moved off the answer without choosing: the answer stayed,
    /// said in the status line of wherever the interviewer goes.
    func unchangedNote() -> ScreenMessage? {
        guard !readOnly, widget.cursorOffChoice, let question = engine.currentQuestion else { return nil }
        let answer = AnswerText.of(engine.answer(question.id), question: question, engine: engine, lang: lang)
        return ScreenMessage(lang.t("Antwoord ongewijzigd: \(answer) — pijltjes verplaatsen alleen, Spatie of Enter kiest.",
                                    "Answer unchanged: \(answer) — arrows only move, Space or Enter chooses."), .warning)
    }
}
