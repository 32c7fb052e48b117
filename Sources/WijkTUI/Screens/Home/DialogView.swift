import WijkModel

/// Draws a `Dialog` centred over whatever is on the screen.
enum DialogView {
    static func render(_ dialog: Dialog, into grid: inout Grid, lang: Lang) {
        DialogBox.render(into: &grid, area: grid.bounds, title: dialog.title, paragraphs: [dialog.message],
                         keys: lang.t("Enter: verder", "Enter: continue"), style: dialog.isError ? .error : .title)
    }
}
