import WijkModel

/// Where the interviewer is, for the draft's `resumeAt`, and taking it up again.
extension InterviewScreen {
    /// The current question and any text typed there but not confirmed; nil when the
    /// screen is read-only (viewing must not change the file).
    var resumePoint: ResumePoint? {
        guard !readOnly, let question = engine.currentQuestion else { return nil }
        var pending: String?, remark: String?
        if widgetEdited, let text = widget.pendingText, !text.isEmpty { pending = text }
        // A remark being written: kept when it differs from the one saved.
        if case .remark(let area) = mode, !area.text.isEmpty, area.text != (engine.remark(for: question.id) ?? "") {
            remark = area.text
        }
        return ResumePoint(question: question.id, pending: pending, remark: remark)
    }

    /// Opens a resumed draft where it was left: on the question of `point` with its
    /// unconfirmed text back in the field (and a remark being written back in its editor);
    /// a draft with every question answered at the review; a draft without a (visible)
    /// resume point at the first unanswered question.
    mutating func resume(at point: ResumePoint?) {
        place(at: point)
        // A remark that was being written opens again in its editor, over its question.
        if let point, let remark = point.remark, engine.currentQuestion?.id == point.question {
            mode = .remark(TextArea(remark))
        }
    }

    private mutating func place(at point: ResumePoint?) {
        let visible = point.map { engine.visibleQuestions.map(\.id).contains($0.question) } ?? false
        if let point, visible, let pending = point.pending {
            engine.show(point.question)
            loadWidget()
            if widget.restorePending(pending) { widgetEdited = true }
            return
        }
        if !engine.moveToFirstUnanswered() {
            if let point, visible { engine.show(point.question) }
            loadWidget()
            mode = .review(selection: 0)
            return
        }
        if let point, visible { engine.show(point.question) }
        loadWidget()
    }
}
