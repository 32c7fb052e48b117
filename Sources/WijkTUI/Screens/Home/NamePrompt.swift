import Foundation
import WijkModel

/// Asks the interviewer's name before a new interview, pre-filled with the remembered
/// one, so on a shared laptop the next interviewer changes it with a few keys.
struct NamePrompt: Equatable {
    /// The questionnaire the interview will use.
    var questionnaireID: String
    /// The name, edited with the answer fields' line editing.
    var field: LineField
    /// Shown when Enter is pressed on an empty name.
    var message: String?

    init(questionnaireID: String, text: String) {
        self.questionnaireID = questionnaireID
        self.field = LineField(text) { !$0.isNewline }
    }

    var text: String { field.text }

    enum Outcome: Equatable { case confirmed(String), cancelled }

    static let maximumLength = 80

    mutating func handle(_ key: Key, lang: Lang) -> Outcome? {
        message = nil
        switch key {
        case .character where text.count >= Self.maximumLength: break
        case .control("a"): _ = field.handle(.home)
        case .control("e"): _ = field.handle(.end)
        case .control("u"): field = LineField("") { !$0.isNewline }
        case .enter, .tab:
            let name = text.trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else {
                message = lang.t("Vul een naam in (staat in het antwoordbestand).",
                                 "Enter a name (it is stored in the response file).")
                return nil
            }
            return .confirmed(name)
        case .escape, .function(10), .control("q"): return .cancelled
        default: _ = field.handle(key)
        }
        return nil
    }

    /// Draws the prompt and returns where the cursor goes.
    func render(into grid: inout Grid, questionnaire: String, lang: Lang) -> (x: Int, y: Int)? {
        let body = Chrome.draw(into: &grid, title: lang.t("Nieuw interview", "New interview") + " — " + questionnaire,
                               footer: [("Enter", lang.t("Beginnen", "Start")), ("Esc", lang.t("Terug", "Back"))])
        let box = Chrome.centered(width: 64, height: 8, in: body)
        let inside = grid.box(box, style: .muted, title: lang.t("Interviewer", "Interviewer"))
        grid.putTruncated(lang.t("Naam van de interviewer:", "Interviewer's name:"), x: inside.x + 1, y: inside.y + 1,
                          width: inside.width - 2)
        let cursor = field.render(into: &grid, rect: Rect(x: inside.x + 1, y: inside.y + 3, width: inside.width - 2, height: 1))
        if let message {
            grid.putTruncated(message, x: inside.x + 1, y: inside.y + 5, width: inside.width - 2, style: .error)
        }
        return cursor
    }
}
