import Testing
@testable import WijkTUI

@Suite("Widgets: text editing")
struct TextEditingTests {
    @Test func combiningMarksJoinTheirLetter() {
        var b = TextBuffer()
        for scalar in "مُنَظَّمَة".unicodeScalars { b.insert(String(scalar)) }
        #expect(b.text == "مُنَظَّمَة")
        #expect(b.count == 5)  // graphemes, not scalars
        b.backspace()
        #expect(b.text == "مُنَظَّمَ")
        var dutch = TextBuffer()
        for scalar in "e\u{0308}" .unicodeScalars { dutch.insert(String(scalar)) }  // ë typed as e + ¨
        #expect(dutch.count == 1)
    }

    @Test func cursorMovesByGrapheme() {
        var b = TextBuffer("İğne")
        b.moveToStart(); b.moveRight(); b.delete()
        #expect(b.text == "İne")
        b.moveToEnd(); b.insert("ş")
        #expect(b.text == "İneş")
        b.moveLeft(); b.moveLeft(); b.backspace()
        #expect(b.text == "İeş")
    }

    @Test func lineFieldScrollsHorizontallyByDisplayWidth() {
        var f = LineField()
        for c in "abcdefghij日本" { _ = f.handle(.character(c)) }
        var grid = Grid(width: 8, height: 1)
        let cursor = f.render(into: &grid, rect: Rect(x: 0, y: 0, width: 8, height: 1))
        #expect(cursor.x == 7)
        #expect(grid.line(0) == "hij日本")  // 3 + 4 columns, the cursor on the free cell after them
        _ = f.handle(.home)
        var start = Grid(width: 8, height: 1)
        #expect(f.render(into: &start, rect: Rect(x: 0, y: 0, width: 8, height: 1)).x == 0)
        #expect(start.line(0) == "abcdefgh")
    }

    @Test func lineFieldFilterAndEditingKeys() {
        var f = LineField("", accepts: { $0.isNumber })
        #expect(f.handle(.character("x")) == .ignored)
        _ = f.handle(.character("4")); _ = f.handle(.character("2"))
        _ = f.handle(.left); _ = f.handle(.backspace)
        #expect(f.text == "2")
        #expect(f.handle(.enter) == .ignored)
    }

    @Test func textAreaWrapsAtSpacesAndHardBreaksLongWords() {
        let rows = TextArea.rows(Array("een twee drie\nvier"), width: 8)
        #expect(rows.map { String(Array("een twee drie\nvier")[$0]) } == ["een twee ", "drie", "vier"])
        let long = Array("abcdefghij")
        #expect(TextArea.rows(long, width: 4).map { String(long[$0]) } == ["abcd", "efgh", "ij"])
        let empty = Array("a\n\nb")
        #expect(TextArea.rows(empty, width: 4).count == 3)
    }

    @Test func textAreaUpDownHomeEndFollowWrappedRows() {
        var t = TextArea("een twee drie")
        _ = t.handle(.up, width: 8)  // rows "een twee " and "drie": column 4 of row 0
        #expect(t.buffer.cursor == 4)
        _ = t.handle(.end, width: 8)
        #expect(t.buffer.cursor == 8)  // before the hanging space
        _ = t.handle(.down, width: 8)
        #expect(t.buffer.cursor == 13)  // column 8 is past "drie": its end
        _ = t.handle(.home, width: 8)
        #expect(t.buffer.cursor == 9)
        _ = t.handle(.up, width: 8)
        _ = t.handle(.up, width: 8)  // past the top: to the start
        #expect(t.buffer.cursor == 0)
        _ = t.handle(.enter, width: 8)
        #expect(t.text == "\neen twee drie")
    }

    @Test func textAreaKeepsTheCursorRowVisible() {
        let text = (1...30).map { "regel \($0)" }.joined(separator: "\n")
        let t = TextArea(text)
        var grid = Grid(width: 20, height: 5)
        let cursor = t.render(into: &grid, rect: grid.bounds)
        #expect(cursor.y == 4)
        #expect(grid.line(4).hasPrefix("regel 30"))
        #expect(grid.line(0).hasSuffix("↑"))
    }

    @Test func arabicAndTurkishWidthsInTheEditor() {
        var t = TextArea()
        for scalar in "şoför مرحبا".unicodeScalars { _ = t.handle(.character(Character(scalar)), width: 20) }
        var grid = Grid(width: 21, height: 2)
        let cursor = t.render(into: &grid, rect: grid.bounds)
        #expect(cursor == (x: 11, y: 0) || (cursor.x == 11 && cursor.y == 0))
        #expect(grid.line(0) == "şoför مرحبا")
    }
}
