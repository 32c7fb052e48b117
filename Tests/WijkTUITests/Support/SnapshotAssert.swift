import Testing
@testable import WijkTUI

/// Compares a grid's text with an inline multi-line string; on mismatch records an
/// issue with a line diff ("-" expected, "+" actual).
///
/// Trailing spaces on each line and trailing empty lines are ignored on both sides,
/// so expected strings can be written without invisible whitespace.
func assertSnapshot(_ grid: Grid, _ expected: String,
                    sourceLocation: SourceLocation = #_sourceLocation) {
    assertLines(grid.lines, expected, sourceLocation: sourceLocation)
}

/// Same as `assertSnapshot` for any list of lines (e.g. a tmux capture split on "\n").
func assertLines(_ actualLines: [String], _ expected: String,
                 sourceLocation: SourceLocation = #_sourceLocation) {
    let actual = normalized(actualLines)
    let wanted = normalized(expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
    guard actual != wanted else { return }
    Issue.record(Comment(rawValue: "Snapshot differs:\n" + lineDiff(expected: wanted, actual: actual)),
                 sourceLocation: sourceLocation)
}

private func normalized(_ lines: [String]) -> [String] {
    var result = lines.map { line -> String in
        var line = line
        while line.last == " " { line.removeLast() }
        return line
    }
    while result.last == "" { result.removeLast() }
    return result
}

/// A positional line diff: equal lines with two spaces, differing ones as -/+ pairs,
/// each with its row number, so a shifted column is easy to spot.
private func lineDiff(expected: [String], actual: [String]) -> String {
    var out: [String] = []
    for row in 0..<max(expected.count, actual.count) {
        let e = row < expected.count ? expected[row] : nil
        let a = row < actual.count ? actual[row] : nil
        let number = String(row).leftPadded(to: 3)
        if e == a {
            out.append("  \(number) |\(e ?? "")|")
        } else {
            if let e { out.append("- \(number) |\(e)|") }
            if let a { out.append("+ \(number) |\(a)|") }
        }
    }
    return out.joined(separator: "\n")
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
