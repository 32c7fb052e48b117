import WijkModel

extension Size {
    /// The smallest terminal the screens are laid out for.
    static let minimum = Size(width: 80, height: 24)

    /// Narrower or lower than `minimum`: screens show `TooSmallView` and take
    /// no keys but the one that stops (keys typed blind could change answers unseen).
    var isBelowMinimum: Bool { width < Self.minimum.width || height < Self.minimum.height }
}

/// What shows instead of a broken layout when the terminal is below the
/// minimum size: what is wrong, both sizes, and the key that still works.
enum TooSmallView {
    static func render(into grid: inout Grid, lang: Lang, hint: String) {
        let m = Size.minimum
        let lines: [(String, Style)] = [
            (lang.t("Venster te klein", "Window too small"), .error),
            (lang.t("minimaal \(m.width)×\(m.height), nu \(grid.width)×\(grid.height)",
                    "at least \(m.width)×\(m.height), now \(grid.width)×\(grid.height)"), .normal),
            (hint, .muted),
        ]
        let top = max(0, (grid.height - lines.count) / 2)
        for (i, (text, style)) in lines.enumerated() {
            let fitted = TextWidth.truncate(text, to: grid.width)
            grid.put(fitted, x: max(0, (grid.width - TextWidth.of(fitted)) / 2), y: top + i, style: style)
        }
    }
}
