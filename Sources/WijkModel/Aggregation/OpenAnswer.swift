/// One free-text answer kept for reading, with where it came from so a
/// browser can show context and drill down into the interview.
///
/// A view of one entry of an `OpenAnswerPool`: the text is read back from
/// the pool's store and who said it from the interview's row when asked for,
/// so a summary of 200,000 interviews keeps 12 bytes per answer in memory
/// (see `OpenAnswers`).
public struct OpenAnswer: Sendable, Hashable {
    let pool: OpenAnswerPool
    let entry: OpenAnswerEntry
    public let questionID: String

    /// True for the "other, namely …" text of a choice question.
    public var isOther: Bool { entry.isOther }
    public var text: String { pool.store.read(entry.text) }
    public var variant: String { pool.name(entry.origin, \.variant) }
    public var organisation: String { pool.name(entry.origin, \.organisation) }
    public var gemeente: String { pool.name(entry.origin, \.gemeente) }
    public var responseID: String { pool.responseID(entry.origin) }

    /// An answer on its own (tests, hand-made summaries): kept in memory.
    public init(text: String, questionID: String, variant: String, organisation: String,
                gemeente: String, responseID: String, isOther: Bool = false) {
        let pool = OpenAnswerPool(inMemory: true)
        let origin = pool.addOrigin(variant: variant, organisation: organisation, gemeente: gemeente,
                                    responseID: responseID, file: -1)
        self.init(pool: pool, entry: OpenAnswerEntry(text: pool.store.append(text), origin: origin, isOther: isOther),
                  questionID: questionID)
    }

    init(pool: OpenAnswerPool, entry: OpenAnswerEntry, questionID: String) {
        self.pool = pool; self.entry = entry; self.questionID = questionID
    }

    /// The text as a JSON string, appended without making a `String` of it.
    func appendQuotedText(to out: inout [UInt8]) {
        pool.store.withBytes(entry.text) { JSONWriter.appendString(utf8: $0, to: &out) }
    }

    public static func == (a: OpenAnswer, b: OpenAnswer) -> Bool {
        a.questionID == b.questionID && a.isOther == b.isOther && a.responseID == b.responseID
            && a.organisation == b.organisation && a.gemeente == b.gemeente && a.variant == b.variant
            && a.text == b.text
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(questionID); hasher.combine(responseID); hasher.combine(isOther)
    }

    /// The order answers are listed in: gemeente, organisation, interview,
    /// the "other" text last; the text itself only as a last resort (within
    /// one question two kept answers never share response id and `isOther`).
    static func stableOrder(_ a: OpenAnswer, _ b: OpenAnswer) -> Bool {
        if a.gemeente != b.gemeente { return a.gemeente < b.gemeente }
        if a.organisation != b.organisation { return a.organisation < b.organisation }
        if a.responseID != b.responseID { return a.responseID < b.responseID }
        if a.isOther != b.isOther { return !a.isOther }
        return a.text < b.text
    }
}
