import WijkModel

/// Draws a `Dialog` centred over whatever is on the screen.
enum DialogView {
    static func render(_ dialog: Dialog, into grid: inout Grid, lang: Lang) {
        let width = min(70, grid.width - 4)
        let lines = TextWidth.wrap(dialog.message, width: width - 4)
        let height = min(grid.height - 2, lines.count + 5)
        let box = Chrome.centered(width: width, height: height, in: grid.bounds)
        grid.fill(box)
        let inside = grid.box(box, style: dialog.isError ? .error : .title, title: dialog.title,
                              titleStyle: dialog.isError ? .error : .title)
        for (index, line) in lines.prefix(max(0, inside.height - 3)).enumerated() {
            grid.put(line, x: inside.x + 1, y: inside.y + 1 + index, maxWidth: inside.width - 2)
        }
        let ok = lang.t("Enter: verder", "Enter: continue")
        grid.put(ok, x: inside.maxX - ok.displayWidth - 1, y: inside.maxY - 1, style: .accent)
    }
}

/// What shows when the terminal is below the minimum size, instead of a broken layout.
enum TooSmallView {
    static func render(into grid: inout Grid, lang: Lang, minimum: Size) {
        let lines = [lang.t("Venster te klein", "Window too small"),
                     "\(grid.width)×\(grid.height) — " + lang.t("minimaal", "at least") + " \(minimum.width)×\(minimum.height)",
                     lang.t("Maak het venster groter.", "Make the window larger.")]
        let top = max(0, (grid.height - lines.count) / 2)
        for (index, line) in lines.enumerated() {
            let wrapped = TextWidth.truncate(line, to: grid.width)
            grid.put(wrapped, x: max(0, (grid.width - wrapped.displayWidth) / 2), y: top + index,
                     style: index == 0 ? .error : .normal)
        }
    }
}
