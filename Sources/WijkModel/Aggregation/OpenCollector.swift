/// Keeps one worker's open answers in the pass's shared `OpenAnswerPool`:
/// texts go to its store, and the answers of one interview share one row.
struct OpenCollector: Sendable {
    let pool: OpenAnswerPool

    func keep(_ text: String, isOther: Bool, file: Int, origin: inout UInt32?,
              record r: ResponseRecord, layout: QuestionLayout) -> OpenAnswerEntry {
        if origin == nil {
            origin = pool.addOrigin(
                variant: layout.questionnaire.variant == r.variant ? layout.questionnaire.variant : r.variant,
                organisation: ResponseFilter.text(r.answer(MetadataID.organisation, in: layout)),
                gemeente: ResponseFilter.trimmed(ResponseFilter.text(r.answer(MetadataID.gemeente, in: layout))),
                responseID: r.id, file: file)
        }
        return OpenAnswerEntry(text: pool.store.append(text), origin: origin!, isOther: isOther)
    }
}
