import WijkModel

/// Where the pager's answers go and how tall each one is. Only the answers
/// near the cursor are ever measured, so a key costs the same with 50 answers
/// or 5,000.
extension CodingScreen {
    /// The rows under the question, progress and filter lines.
    static func body(_ area: Rect) -> Rect {
        Rect(x: area.x, y: area.y + 3, width: area.width, height: max(1, area.height - 3))
    }

    /// At most this many lines of one answer's text show (the rest is cut with "…").
    static func textLines(_ body: Rect) -> Int { max(1, body.height - 3) }

    /// The text lines of answer `i` at the body's width.
    func wrappedText(_ i: Int, body: Rect) -> [String] {
        var lines = wraps.lines(i, width: max(1, body.width - 4)) { answers[i].text }
        let limit = Self.textLines(body)
        if lines.count > limit {
            lines = Array(lines.prefix(limit))
            lines[limit - 1] = TextWidth.truncate(lines[limit - 1] + " …", to: max(1, body.width - 4))
        }
        return lines
    }

    /// Rows answer `i` takes: where it came from, its text, its codes (and the other coder's).
    func height(_ i: Int, body: Rect) -> Int {
        1 + wrappedText(i, body: body).count + (other == nil ? 1 : 2)
    }

    /// Moves the cursor and keeps its answer in view.
    mutating func move(_ action: CodingAction, body: Rect) {
        guard !shown.isEmpty else { cursor = 0; top = 0; return }
        let last = shown.count - 1
        switch action {
        case .up: cursor -= 1
        case .down: cursor += 1
        case .pageUp: cursor -= max(1, fitting(from: top, body: body))
        case .pageDown: cursor += max(1, fitting(from: top, body: body))
        case .home: cursor = 0
        case .end: cursor = last
        default: break
        }
        cursor = min(max(0, cursor), last)
        reveal(body: body)
    }

    /// Scrolls so the cursor's answer is whole on screen (or at the top when taller).
    mutating func reveal(body: Rect) { top = firstShown(body: body) }

    /// The first answer drawn: `top`, moved just enough to show the cursor's answer
    /// (render uses it too, after a filter change or a resize moved things).
    /// Measures at most two screens of answers, wherever the cursor jumped to.
    func firstShown(body: Rect) -> Int {
        guard !shown.isEmpty else { return 0 }
        let cursor = min(self.cursor, shown.count - 1)
        if cursor <= top { return cursor }
        var used = 0
        for p in top...cursor {
            used += height(shown[p], body: body)
            if used > body.height { break }
        }
        if used <= body.height { return top }
        // The cursor's answer ends the screen: walk back from it.
        var first = cursor
        used = height(shown[cursor], body: body)
        while first > top {
            let h = height(shown[first - 1], body: body)
            if used + h > body.height { break }
            used += h
            first -= 1
        }
        return first
    }

    /// Answers that fit whole from position `start`.
    func fitting(from start: Int, body: Rect) -> Int {
        var used = 0, n = 0, p = start
        while p < shown.count {
            used += height(shown[p], body: body)
            if used > body.height { break }
            n += 1; p += 1
        }
        return n
    }
}
