import WijkModel

/// The interviews behind one answer category (organisation, gemeente, id),
/// loaded on demand by the runner; Enter opens one.
struct InterviewListScreen: Sendable, Hashable {
    var selection: ResponseSelection
    /// nil while the runner is still loading.
    var responses: [Response]?
    var scroller = Scroller()

    init(selection: ResponseSelection) { self.selection = selection }

    var selectedResponse: Response? {
        guard let responses, responses.indices.contains(scroller.selected) else { return nil }
        return responses[scroller.selected]
    }

    /// Sorted like the open answers: variant, gemeente, organisation, id.
    static func sorted(_ responses: [Response]) -> [Response] {
        responses.sorted { a, b in
            let ka = key(a), kb = key(b)
            return ka.lexicographicallyPrecedes(kb)
        }
    }

    private static func key(_ r: Response) -> [String] {
        [r.variant, text(r, MetadataID.gemeente), text(r, MetadataID.organisation), r.id]
    }

    static func text(_ r: Response, _ id: String) -> String {
        if case .text(let s)? = r.answers[id] { return s }
        return ""
    }

    func render(into grid: inout Grid, area: Rect, context: ResultsContext) {
        let lang = context.lang
        let answer = context.labels.label(code: selection.code, in: context.anySummary(selection.questionID),
                                          questionID: selection.questionID)
        grid.putTruncated(context.questionLabel(selection.questionID), x: area.x, y: area.y, width: area.width, style: .title)
        grid.putTruncated(lang.t("Antwoord: ", "Answer: ") + answer, x: area.x, y: area.y + 1, width: area.width, style: .accent)
        guard let responses else {
            grid.put(lang.t("Interviews worden gelezen…", "Reading interviews…"), x: area.x, y: area.y + 3, style: .muted)
            return
        }
        grid.put(lang.count(responses.count, Noun.interview), x: area.x, y: area.y + 2, style: .muted)
        let body = Rect(x: area.x, y: area.y + 4, width: area.width, height: area.height - 4)
        let variantWidth = 5, gemeenteWidth = min(20, area.width / 5), idWidth = min(38, area.width / 4)
        let organisationWidth = body.width - variantWidth - gemeenteWidth - idWidth - 3
        grid.put(lang.t("Var.", "Var."), x: body.x, y: body.y - 1, style: .accent)
        grid.put(lang.t("Organisatie", "Organisation"), x: body.x + variantWidth, y: body.y - 1, style: .accent)
        grid.put(lang.t("Gemeente", "Municipality"), x: body.x + variantWidth + organisationWidth + 1, y: body.y - 1, style: .accent)
        grid.put("Id", x: body.maxX - idWidth, y: body.y - 1, style: .accent)
        let top = scroller.firstRow(count: responses.count, visible: body.height)
        for (offset, index) in (top..<min(responses.count, top + body.height)).enumerated() {
            let r = responses[index], y = body.y + offset
            let selected = index == scroller.selected
            let style: Style = selected ? .selection : .normal
            if selected { grid.fill(Rect(x: body.x, y: y, width: body.width, height: 1), style: style) }
            grid.put(context.labels.variantShort(r.variant), x: body.x, y: y, style: style)
            grid.putTruncated(Self.text(r, MetadataID.organisation), x: body.x + variantWidth, y: y, width: organisationWidth, style: style)
            grid.putTruncated(Self.text(r, MetadataID.gemeente), x: body.x + variantWidth + organisationWidth + 1, y: y,
                              width: gemeenteWidth, style: style)
            grid.putTruncated(r.id, x: body.maxX - idWidth, y: y, width: idWidth, style: selected ? style : .muted)
        }
    }
}
