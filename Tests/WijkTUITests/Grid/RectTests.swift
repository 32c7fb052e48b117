import Testing
@testable import WijkTUI

@Suite struct RectTests {
    @Test func layoutHelpers() {
        let screen = Rect(Size(width: 80, height: 24))
        #expect(screen.top(1) == Rect(x: 0, y: 0, width: 80, height: 1))
        #expect(screen.bottom(2) == Rect(x: 0, y: 22, width: 80, height: 2))
        #expect(screen.removing(top: 1, bottom: 2) == Rect(x: 0, y: 1, width: 80, height: 21))
        #expect(screen.inset(by: 1) == Rect(x: 1, y: 1, width: 78, height: 22))
        let (left, right) = screen.splitColumns(30)
        #expect(left.width == 30 && right.x == 30 && right.width == 50)
        #expect(screen.intersection(Rect(x: 70, y: 20, width: 20, height: 20)) == Rect(x: 70, y: 20, width: 10, height: 4))
        #expect(Rect(x: 0, y: 0, width: 2, height: 2).inset(by: 3).isEmpty)
    }
}
