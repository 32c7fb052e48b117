/// `wijk export codings`: one CSV row per coding — interview, question,
/// variant, gemeente, coder, code, code name, origin (and rule), whether it
/// is stale, and the answer's current text — with the CSV rules of the other
/// exports (RFC 4180, formula neutralisation, `CSVExport.Options`).
/// Codings of answers outside the interviews read are left out.
public struct CodingsExport: Sendable {
    public static let header = ["interview", "question", "variant", "gemeente", "coder", "code", "code_name",
                                "origin", "rule", "stale", "text"]

    public let options: CSVExport.Options

    public init(options: CSVExport.Options) { self.options = options }

    /// The rows (unquoted): coder by coder, answers in question order, codes in codebook order.
    public static func rows(answers: CodableAnswers, coders: [CoderCodings], codebook: CodeBook) -> [[String]] {
        let order = Dictionary(uniqueKeysWithValues: codebook.outline.enumerated().map { ($1.id, $0) })
        var rows: [[String]] = []
        for coder in coders {
            for a in answers.answers {
                let list = coder.codings(a.key).sorted { (order[$0.code] ?? .max, $0.code) < (order[$1.code] ?? .max, $1.code) }
                for c in list {
                    let rule: String
                    if case .rule(let pattern) = c.origin { rule = pattern } else { rule = "" }
                    rows.append([a.key.interview, a.key.question, a.variant, a.gemeente, coder.coder, c.code,
                                 codebook.code(c.code)?.name ?? "", c.origin.isRule ? "rule" : "manual", rule,
                                 c.fingerprint == a.fingerprint ? "0" : "1", a.text])
                }
            }
        }
        return rows
    }

    /// The CSV bytes of the header and `rows`.
    public func bytes(_ rows: [[String]]) -> [UInt8] {
        CSVExport(layout: ExportLayout(questionnaires: []), options: options).bytes([Self.header] + rows)
    }
}
