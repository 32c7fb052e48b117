import Testing
import WijkModel
@testable import WijkTUI

@Suite struct DialogBoxTests {
    /// A message longer than the window is cut (marked "…"); the keys that
    /// answer the dialog always show, inside the box, with a free row around it.
    @Test func keysStayVisibleUnderALongMessage() {
        let message = (1...80).map { "Regel \($0): dit bestand kon niet worden gelezen." }.joined(separator: " ")
        for size in [Size(width: 80, height: 24), Size(width: 120, height: 40)] {
            var grid = Grid(size: size)
            DialogView.render(Dialog(title: "Kan niet openen", message: message, isError: true), into: &grid, lang: .nl)
            let lines = grid.lines
            let keyRow = lines.firstIndex { $0.contains("Enter: verder") }
            #expect(keyRow != nil, "\(size)")
            #expect(lines.contains { $0.contains("…") })
            #expect(!lines[0].contains("┌") && !lines[size.height - 1].contains("└"))
            if let keyRow { #expect(lines[keyRow + 1].contains("└")) }
        }
    }
}
