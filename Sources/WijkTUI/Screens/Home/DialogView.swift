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
