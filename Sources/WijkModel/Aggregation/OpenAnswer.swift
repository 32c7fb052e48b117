/// One free-text answer kept for reading, with where it came from so a
/// browser can show context and drill down into the interview.
///
/// Compact, because a summary of 100,000 interviews holds half a million of
/// them: the text usually lives in an `OpenTextStore` (read back when asked
/// for), and who said it is one shared `OpenAnswerOrigin` per interview.
public struct OpenAnswer: Sendable, Hashable {
    enum Storage: Sendable {
        case text(String)
        /// Offset << 24 | length in the store.
        case stored(OpenTextStore, UInt64)
    }

    var storage: Storage
    var origin: OpenAnswerOrigin
    public var questionID: String
    /// True for the "other, namely …" text of a choice question.
    public var isOther: Bool
    /// The file it came from (index in the summarised list), to drop superseded revisions.
    var file: Int32 = -1

    public var text: String {
        get {
            switch storage {
            case .text(let s): return s
            case .stored(let store, let packed): return store.read(offset: Int(packed >> 24), length: Int(packed & 0xFF_FFFF))
            }
        }
        set { storage = .text(newValue) }
    }
    /// The text as a JSON string, appended without making a `String` of a stored text.
    func appendQuotedText(to out: inout [UInt8]) {
        switch storage {
        case .text(let s): JSONWriter.appendString(s, to: &out)
        case .stored(let store, let packed):
            store.withBytes(offset: Int(packed >> 24), length: Int(packed & 0xFF_FFFF)) {
                JSONWriter.appendString(utf8: $0, to: &out)
            }
        }
    }

    public var variant: String { origin.variant }
    public var organisation: String { origin.organisation }
    public var gemeente: String { origin.gemeente }
    public var responseID: String { origin.responseID }

    public init(text: String, questionID: String, variant: String, organisation: String,
                gemeente: String, responseID: String, isOther: Bool = false) {
        self.storage = .text(text)
        self.origin = OpenAnswerOrigin(variant: variant, organisation: organisation, gemeente: gemeente,
                                       responseID: responseID)
        self.questionID = questionID
        self.isOther = isOther
    }

    init(storage: Storage, origin: OpenAnswerOrigin, questionID: String, isOther: Bool, file: Int) {
        self.storage = storage; self.origin = origin; self.questionID = questionID
        self.isOther = isOther; self.file = Int32(truncatingIfNeeded: file)
    }

    public static func == (a: OpenAnswer, b: OpenAnswer) -> Bool {
        a.questionID == b.questionID && a.isOther == b.isOther && a.responseID == b.responseID
            && a.organisation == b.organisation && a.gemeente == b.gemeente && a.variant == b.variant
            && a.text == b.text
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(questionID); hasher.combine(responseID); hasher.combine(isOther)
    }

    /// A stable order independent of which worker read which file. Within one
    /// question two kept answers never share response id and `isOther`, so
    /// the text (read back from the store) is only a last resort.
    static func stableOrder(_ a: OpenAnswer, _ b: OpenAnswer) -> Bool {
        if a.gemeente != b.gemeente { return a.gemeente < b.gemeente }
        if a.organisation != b.organisation { return a.organisation < b.organisation }
        if a.responseID != b.responseID { return a.responseID < b.responseID }
        if a.isOther != b.isOther { return !a.isOther }
        return a.text < b.text
    }
}

/// Who gave open answers: shared by all open answers of one interview.
final class OpenAnswerOrigin: Sendable {
    let variant: String
    let organisation: String
    let gemeente: String
    let responseID: String

    init(variant: String, organisation: String, gemeente: String, responseID: String) {
        self.variant = variant; self.organisation = organisation
        self.gemeente = gemeente; self.responseID = responseID
    }
}
