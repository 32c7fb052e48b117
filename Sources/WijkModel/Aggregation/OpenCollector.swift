/// Keeps one worker's open answers compactly: texts go to an
/// `OpenTextStore`, organisation and gemeente names are interned, and the
/// answers of one interview share one `OpenAnswerOrigin`.
struct OpenCollector: Sendable {
    let store = OpenTextStore()
    private var names: [String: String] = [:]

    private mutating func intern(_ s: String) -> String {
        if let known = names[s] { return known }
        names[s] = s
        return s
    }

    mutating func keep(_ text: String, question: String, isOther: Bool, file: Int,
                       origin: inout OpenAnswerOrigin?, record r: ResponseRecord, layout: QuestionLayout) -> OpenAnswer {
        if origin == nil {
            origin = OpenAnswerOrigin(
                variant: layout.questionnaire.variant == r.variant ? layout.questionnaire.variant : r.variant,
                organisation: intern(ResponseFilter.text(r.answer(MetadataID.organisation, in: layout))),
                gemeente: intern(ResponseFilter.trimmed(ResponseFilter.text(r.answer(MetadataID.gemeente, in: layout)))),
                responseID: r.id)
        }
        let storage: OpenAnswer.Storage = store.append(text).map { .stored(store, $0) } ?? .text(text)
        return OpenAnswer(storage: storage, origin: origin!, questionID: question, isOther: isOther, file: file)
    }
}
