import Foundation
import WijkModel

/// One row of a choice list as the widgets show it.
public struct ChoiceItem: Sendable, Hashable {
    public var value: String
    public var label: String
    /// The "other, namely …" choice, which carries a text field.
    public var isOther: Bool

    public init(value: String, label: String, isOther: Bool = false) {
        self.value = value; self.label = label; self.isOther = isOther
    }

    /// The question's choices in `lang`, followed by its "other" choice if it has one.
    public static func items(for question: Question, in questionnaire: Questionnaire, lang: Lang) -> [ChoiceItem] {
        var items = (questionnaire.choiceList(for: question)?.choices ?? []).map {
            ChoiceItem(value: $0.value, label: $0.label.resolve(lang.rawValue))
        }
        if let other = question.other {
            items.removeAll { $0.value == other.value }
            items.append(ChoiceItem(value: other.value, label: other.label.resolve(lang.rawValue), isOther: true))
        }
        return items
    }
}

/// Key handling and drawing shared by the single and multiple choice widgets.
enum ChoiceListView {
    /// Where ↑/↓/Home/End move a list cursor (nil: no row yet); nil when `key` is not one of them.
    static func movedCursor(_ cursor: Int?, by key: Key, count: Int) -> Int?? {
        switch key {
        case .up: return max(0, (cursor ?? 1) - 1)
        case .down: return cursor.map { min(count - 1, $0 + 1) } ?? 0
        case .home: return count == 0 ? .some(nil) : 0
        case .end: return count == 0 ? .some(nil) : count - 1
        default: return nil
        }
    }

    /// The index a digit 1–9 selects, if the list has that many items.
    static func digitIndex(_ c: Character, count: Int) -> Int? {
        guard let d = c.wholeNumberValue, c.isASCII, d >= 1, d <= 9, d <= count else { return nil }
        return d - 1
    }

    /// The next item after `from` whose label starts with `c`, wrapping; case and accents
    /// are ignored, so "i" finds "İzmir" and "e" finds "Één".
    static func letterIndex(_ c: Character, items: [ChoiceItem], from: Int?) -> Int? {
        let wanted = SearchFold.fold(String(c))
        guard c.isLetter, !items.isEmpty else { return nil }
        let start = (from ?? -1) + 1
        for step in 0..<items.count {
            let i = (start + step) % items.count
            if let first = items[i].label.first, SearchFold.fold(String(first)) == wanted { return i }
        }
        return nil
    }

    /// Draws the rows (marker, number, label) scrolled around the cursor; an "other"
    /// item gets its text field after the label. Returns the text cursor when the field
    /// is focused.
    static func render(into grid: inout Grid, rect: Rect, items: [ChoiceItem], cursor: Int?,
                       isMarked: (Int) -> Bool, marks: (on: String, off: String),
                       other: LineField, otherFocused: Bool, showOther: Bool) -> (x: Int, y: Int)? {
        guard rect.height > 0, rect.width > 8 else { return nil }
        let top = TextArea.scrollTop(cursorRow: cursor ?? 0, rows: items.count, height: rect.height)
        var textCursor: (x: Int, y: Int)?
        for row in 0..<rect.height {
            let i = top + row
            guard i < items.count else { break }
            let y = rect.y + row
            let selected = i == cursor
            let style: Style = selected ? .selection.adding(.bold) : .normal
            let number = i < 9 ? "\(i + 1)" : " "
            let prefix = " \(isMarked(i) ? marks.on : marks.off) \(number)  "
            if selected { grid.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: style) }
            var x = rect.x + grid.put(prefix, x: rect.x, y: y, style: style)
            let item = items[i]
            if item.isOther && showOther {
                x += grid.put(TextWidth.truncate(item.label, to: rect.width / 2), x: x, y: y, style: style)
                let field = Rect(x: x + 1, y: y, width: max(0, rect.maxX - x - 2), height: 1)
                let position = other.render(into: &grid, rect: field)
                if otherFocused { textCursor = position }
            } else {
                grid.putTruncated(item.label, x: x, y: y, width: rect.maxX - x, style: style)
            }
        }
        if top > 0 { grid.put("↑", x: rect.maxX - 1, y: rect.y, style: .muted) }
        if top + rect.height < items.count { grid.put("↓", x: rect.maxX - 1, y: rect.maxY - 1, style: .muted) }
        return textCursor
    }
}
