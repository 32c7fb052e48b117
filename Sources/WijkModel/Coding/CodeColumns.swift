/// One coder's codes as 0/1 columns of a per-interview table (`wijk export
/// csv --with-codes CODER`): per open question the coder coded, one column
/// per code used on it, named `<question>.code.<code id>` (`<id>.other.code.…`
/// for "anders, namelijk" texts), in questionnaire and codebook order.
/// A cell is 1 when the code is on the answer, 0 when the answer is coded but
/// not with it, empty when the answer is not coded (or only stale: text changed since).
public struct CodeColumns: Sendable {
    public let header: [String]
    /// Per column, the answer key (`<id>` or `<id>.other`) and the code's name
    /// (its id when the codebook no longer has it): the labels of `export spss|r`.
    public let labels: [(question: String, code: String)]
    private let plan: [(question: String, code: String)]
    private let codings: CoderCodings

    /// - Parameter layout: the export's columns, for the order of the questions.
    public init(codings: CoderCodings, codebook: CodeBook, layout: ExportLayout) {
        var keys: [String] = []
        for column in layout.columns {
            switch column.kind {
            case .answer(let q) where q.type.isOpenText: keys.append(q.id)
            case .other(let q): keys.append(q.otherKey)
            default: break
            }
        }
        let used = codings.codesByQuestion()
        let order = codebook.outline.map(\.id)
        var plan: [(String, String)] = []
        for key in keys + used.keys.filter({ !keys.contains($0) }).sorted() {
            guard let codes = used[key] else { continue }
            for code in order.filter(codes.contains) + codes.subtracting(order).sorted() { plan.append((key, code)) }
        }
        self.plan = plan
        self.codings = codings
        header = plan.map { "\($0.0).code.\($0.1)" }
        labels = plan.map { ($0.0, codebook.code($0.1)?.name ?? $0.1) }
    }

    /// The answer keys the columns read, once each.
    public var questions: [String] {
        var seen: [String] = []
        for (q, _) in plan where !seen.contains(q) { seen.append(q) }
        return seen
    }

    /// The cells for an interview whose answer texts `text` gives by answer key.
    public func cells(_ interview: String, text: (String) -> String?) -> [String] {
        var current: [String: Set<String>] = [:]
        return plan.map { question, code in
            if current[question] == nil {
                var set = Set<String>()
                if let text = text(question) {
                    set = Set(codings.current(AnswerKey(interview: interview, question: question),
                                              fingerprint: AnswerFingerprint.value(of: text)).codes)
                }
                current[question] = set
            }
            let set = current[question]!
            return set.isEmpty ? "" : (set.contains(code) ? "1" : "0")
        }
    }

    /// The cells for an interview with these answers (by key).
    public func cells(_ interview: String, _ answers: [String: AnswerValue]) -> [String] {
        cells(interview) { key in
            if case .text(let text)? = answers[key] { return text }
            return nil
        }
    }
}
