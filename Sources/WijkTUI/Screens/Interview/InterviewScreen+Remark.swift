import Foundation
import WijkModel

/// The F3 remark editor: Tab/F3 saves (audited, autosaved), Esc cancels.
extension InterviewScreen {
    mutating func handleRemark(_ key: Key, area: TextArea, now: Date) -> [InterviewEffect] {
        switch InterviewKeys.remark.action(for: key) {
        case .saveRemark?:
            guard let question = engine.currentQuestion else { mode = .answering; return [] }
            let before = engine.response
            let text = area.text.trimmingCharacters(in: .whitespacesAndNewlines)
            engine.setRemark(text, for: question.id, at: now, lang: lang)
            mode = .answering
            message = ScreenMessage(lang.t("Opmerking bewaard.", "Remark saved."), .info)
            return engine.response != before ? [.save(engine.response)] : []
        case .close?:
            let stored = engine.currentQuestion.flatMap { engine.remark(for: $0.id) } ?? ""
            let words = Self.newWords(area.text, comparedTo: stored)
            if words > Self.fewWords { dialog = .discardEdit(words: words, remark: true); return [] }
            mode = .answering
        default:
            if InterviewKeys.global.action(for: key) == .leave, let question = engine.currentQuestion {
                // Leaving keeps the remark being typed.
                engine.setRemark(area.text.trimmingCharacters(in: .whitespacesAndNewlines), for: question.id, at: now, lang: lang)
                mode = .answering
                return leave(now: now)
            }
            var area = area
            _ = area.handle(key, width: max(1, viewport.width - 5))
            mode = .remark(area)
        }
        return []
    }
}
