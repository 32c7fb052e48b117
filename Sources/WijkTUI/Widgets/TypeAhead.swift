import Foundation
import WijkModel

/// Letters typed on a choice list: one letter (or the same letter again) goes to the
/// next choice starting with it; more letters search for a choice starting with the
/// typed word. While a word is being typed, Space and digits belong to it: typing a
/// word on the list (say the "other" text before moving there) never ticks a choice.
/// Any other key ends the word.
struct TypeAhead: Sendable, Hashable {
    private(set) var word = ""

    /// A word is being typed: more than one letter, not all the same.
    var isTypingWord: Bool {
        guard let first = word.first else { return false }
        return word.contains { $0 != first }
    }

    mutating func reset() { word = "" }

    /// Adds `c` and returns where the cursor goes (nil: no choice matches).
    mutating func add(_ c: Character, items: [ChoiceItem], cursor: Int?) -> Int? {
        word.append(c)
        if !isTypingWord { return ChoiceListView.letterIndex(c, items: items, from: cursor) }
        let wanted = SearchFold.fold(word)
        let start = cursor ?? 0
        for step in 0..<items.count {
            let i = (start + step) % items.count
            if SearchFold.fold(items[i].label).hasPrefix(wanted) { return i }
        }
        return nil
    }

    /// Why nothing was found, and how to type "other" text instead.
    func notFound(_ items: [ChoiceItem], _ lang: Lang) -> String {
        var text = lang.t("Geen keuze begint met ‘\(word)’.", "No choice starts with ‘\(word)’.")
        if items.contains(where: \.isOther) {
            text += lang.t(" Tekst bij ‘anders’: kies die regel en druk Tab.",
                           " Text for ‘other’: choose that row and press Tab.")
        }
        return text
    }
}
