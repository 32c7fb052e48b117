/// Editable text as grapheme clusters with a cursor between them.
///
/// Cursor moves and deletions work on whole graphemes (a letter with its accent or
/// Arabic vowel mark is one step), so no edit can split a character in two.
public struct TextBuffer: Sendable, Hashable {
    /// The graphemes of the text, in logical (typing) order.
    public private(set) var characters: [Character]
    /// Index into `characters` before which the next grapheme is inserted.
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    public var text: String { String(characters) }
    public var isEmpty: Bool { characters.isEmpty }
    public var count: Int { characters.count }

    /// Inserts text at the cursor. A combining mark typed on its own (it arrives as a
    /// separate key) joins the grapheme before it, as it would in a `String`.
    public mutating func insert(_ text: String) {
        for character in text {
            if cursor > 0, joinsPrevious(character) {
                let combined = String(characters[cursor - 1]) + String(character)
                if combined.count == 1, let merged = combined.first {
                    characters[cursor - 1] = merged
                    continue
                }
            }
            characters.insert(character, at: cursor)
            cursor += 1
        }
    }

    /// Deletes the grapheme before the cursor; false at the start.
    @discardableResult
    public mutating func backspace() -> Bool {
        guard cursor > 0 else { return false }
        characters.remove(at: cursor - 1)
        cursor -= 1
        return true
    }

    /// Deletes the grapheme after the cursor; false at the end.
    @discardableResult
    public mutating func delete() -> Bool {
        guard cursor < characters.count else { return false }
        characters.remove(at: cursor)
        return true
    }

    /// Deletes the graphemes from `start` up to the cursor.
    public mutating func deleteBack(to start: Int) {
        let from = min(max(0, start), cursor)
        characters.removeSubrange(from..<cursor)
        cursor = from
    }

    public mutating func moveLeft() { cursor = max(0, cursor - 1) }
    public mutating func moveRight() { cursor = min(characters.count, cursor + 1) }
    public mutating func moveTo(_ index: Int) { cursor = min(max(0, index), characters.count) }
    public mutating func moveToStart() { cursor = 0 }
    public mutating func moveToEnd() { cursor = characters.count }

    /// Replaces the whole text and puts the cursor at its end.
    public mutating func setText(_ text: String) {
        characters = Array(text)
        cursor = characters.count
    }

    private func joinsPrevious(_ character: Character) -> Bool {
        guard let first = character.unicodeScalars.first else { return false }
        switch first.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return first == "\u{200D}" || first.properties.isVariationSelector
        }
    }
}
