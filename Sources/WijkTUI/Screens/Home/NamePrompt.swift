import Foundation
import WijkModel

/// Asks the interviewer's name before a new interview, pre-filled with the remembered
/// one, so on a shared laptop the next interviewer changes it with a few keys.
struct NamePrompt: Equatable {
    /// The questionnaire the interview will use.
    var questionnaireID: String
    var text: String
    /// Cursor position in characters.
    var cursor: Int
    /// Shown when Enter is pressed on an empty name.
    var message: String?

    init(questionnaireID: String, text: String) {
        self.questionnaireID = questionnaireID
        self.text = text
        self.cursor = text.count
    }

    enum Outcome: Equatable { case confirmed(String), cancelled }

    static let maximumLength = 80

    mutating func handle(_ key: Key, lang: Lang) -> Outcome? {
        message = nil
        switch key {
        case .character(let c) where text.count < Self.maximumLength && !c.isNewline:
            text.insert(c, at: index(cursor))
            cursor += 1
        case .backspace where cursor > 0:
            text.remove(at: index(cursor - 1))
            cursor -= 1
        case .delete where cursor < text.count:
            text.remove(at: index(cursor))
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(text.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = text.count
        case .control("u"): text = ""; cursor = 0
        case .enter, .tab:
            let name = text.trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else {
                message = lang.t("Vul een naam in (staat in het antwoordbestand).",
                                 "Enter a name (it is stored in the response file).")
                return nil
            }
            return .confirmed(name)
        case .escape, .function(10), .control("q"): return .cancelled
        default: break
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
        let fieldWidth = inside.width - 2
        let field = Rect(x: inside.x + 1, y: inside.y + 3, width: fieldWidth, height: 1)
        grid.fill(field, with: " ", style: Style(.normal, .underline))
        // Scroll horizontally so the cursor stays inside the field.
        let before = String(text.prefix(cursor))
        var start = 0
        while TextWidth.of(before.dropFirst(start)) > fieldWidth - 1 { start += 1 }
        let visible = String(text.dropFirst(start))
        grid.put(visible, x: field.x, y: field.y, style: Style(.normal, .underline), maxWidth: fieldWidth)
        if let message {
            grid.putTruncated(message, x: inside.x + 1, y: inside.y + 5, width: inside.width - 2, style: .error)
        }
        return (field.x + TextWidth.of(before.dropFirst(start)), field.y)
    }

    private func index(_ offset: Int) -> String.Index {
        text.index(text.startIndex, offsetBy: offset)
    }
}
