import WijkModel

/// "New interview": pick the questionnaire (variant). Esc goes back home.
struct VariantChooser: Equatable {
    /// Questionnaire ids, in the order shown.
    var ids: [String]
    var selection = 0

    enum Outcome: Equatable { case chosen(String), cancelled }

    mutating func handle(_ key: Key) -> Outcome? {
        switch key {
        case .up: selection = max(0, selection - 1)
        case .down: selection = min(ids.count - 1, selection + 1)
        case .enter where !ids.isEmpty: return .chosen(ids[selection])
        case .character(let c):
            if let digit = c.wholeNumberValue, digit >= 1, digit <= ids.count { return .chosen(ids[digit - 1]) }
        case .escape, .function(10), .control("q"): return .cancelled
        default: break
        }
        return nil
    }

    func render(into grid: inout Grid, questionnaires: [Questionnaire], lang: Lang) {
        let body = Chrome.draw(into: &grid, title: lang.t("Nieuw interview", "New interview"),
                               footer: [("↑↓/1-\(max(1, ids.count))", lang.t("Kiezen", "Select")),
                                        ("Enter", lang.t("Verder", "Continue")),
                                        ("Esc", lang.t("Terug", "Back"))])
        let box = Chrome.centered(width: 64, height: ids.count + 6, in: body)
        let inside = grid.box(box, style: .muted, title: lang.t("Kies de variant", "Choose the variant"))
        grid.putTruncated(lang.t("Met wie is het interview?", "Who is the interview with?"),
                          x: inside.x + 1, y: inside.y + 1, width: inside.width - 2)
        for (index, id) in ids.enumerated() {
            let y = inside.y + 3 + index
            let title = questionnaires.first { $0.id == id }?.title.resolve(lang.rawValue) ?? id
            let selected = index == selection
            grid.putTruncated("\(selected ? "▸" : " ") \(index + 1)  \(title)", x: inside.x + 1, y: y,
                              width: inside.width - 2)
            if selected { grid.setStyle(.selection, in: Rect(x: inside.x + 1, y: y, width: inside.width - 2, height: 1)) }
        }
    }
}
