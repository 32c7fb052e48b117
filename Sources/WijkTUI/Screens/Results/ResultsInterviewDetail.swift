import WijkModel

/// One interview's answers, question by question, in its questionnaire's order.
struct ResultsInterviewDetail: Sendable, Hashable {
    var response: Response
    var scroller = Scroller()

    init(response: Response) { self.response = response }

    /// Section headings, then "question: answer" wrapped to `width`.
    func lines(_ context: ResultsContext, width: Int) -> [(String, Style)] {
        let lang = context.lang
        let questionnaire = context.labels.questionnaires.first { $0.id == response.questionnaire.id }
            ?? context.labels.questionnaires.first { $0.variant == response.variant }
        var out: [(String, Style)] = []
        let status = response.status == .complete ? lang.t("voltooid", "completed") : lang.t("concept", "draft")
        out.append(("\(response.id) · \(context.labels.variantName(response.variant)) · \(status) · "
                    + lang.t("interviewer ", "interviewer ") + (response.interviewer.isEmpty ? "–" : response.interviewer), .muted))
        guard let questionnaire else { return out }
        for section in questionnaire.sections {
            let answered = section.questions.filter { response.answers[$0.id] != nil }
            guard !answered.isEmpty else { continue }
            out.append(("", .normal))
            out.append((section.title.resolve(lang.rawValue), .title))
            for q in answered {
                out.append(("  " + q.label.resolve(lang.rawValue), .accent))
                var text = context.labels.answer(response.answers[q.id]!, questionID: q.id)
                if q.other != nil, case .text(let other)? = response.answers[q.otherKey], !other.isEmpty {
                    text += " — " + other
                }
                for line in TextWidth.wrap(text, width: max(1, width - 4)) { out.append(("    " + line, .normal)) }
            }
        }
        return out
    }

    func render(into grid: inout Grid, area: Rect, context: ResultsContext) {
        let all = lines(context, width: area.width)
        let top = max(0, min(scroller.top, max(0, all.count - area.height)))
        for (offset, line) in all.dropFirst(top).prefix(area.height).enumerated() {
            grid.putTruncated(line.0, x: area.x, y: area.y + offset, width: area.width, style: line.1)
        }
    }
}
