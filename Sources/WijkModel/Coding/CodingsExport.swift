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

    /// The rows (unquoted): coder by coder, answers in the summary's order, codes in codebook order.
    public static func rows(answers: CodableAnswers, coders: [CoderCodings], codebook: CodeBook) -> [[String]] {
        var rows: [[String]] = []
        forEachRow(answers: answers, coders: coders, codebook: codebook) { rows.append($0) }
        return rows
    }

    /// The rows one at a time (a large project has hundreds of thousands):
    /// only an answer whose interview the coder coded has its text read.
    public static func forEachRow(answers: CodableAnswers, coders: [CoderCodings], codebook: CodeBook,
                                  _ body: ([String]) -> Void) {
        let order = Dictionary(uniqueKeysWithValues: codebook.outline.enumerated().map { ($1.id, $0) })
        for coder in coders {
            for i in answers.answers.indices {
                guard coder.number(interview: answers.interview(i)) != nil else { continue }
                let list = coder.codings(answers.key(i)).sorted { (order[$0.code] ?? .max, $0.code) < (order[$1.code] ?? .max, $1.code) }
                guard !list.isEmpty else { continue }
                let a = answers.answers[i]
                for c in list {
                    let rule: String
                    if case .rule(let pattern) = c.origin { rule = pattern } else { rule = "" }
                    body([a.key.interview, a.key.question, a.variant, a.gemeente, coder.coder, c.code,
                          codebook.code(c.code)?.name ?? "", c.origin.isRule ? "rule" : "manual", rule,
                          c.fingerprint == a.fingerprint ? "0" : "1", a.text])
                }
            }
        }
    }

    /// Writes the header and every row to `output` (not committed here), in
    /// pieces of about 64 KB. Returns the number of rows.
    public func write(answers: CodableAnswers, coders: [CoderCodings], codebook: CodeBook,
                      to output: ExportOutput) throws -> Int {
        let csv = CSVExport(layout: ExportLayout(questionnaires: []), options: options)
        var out: [UInt8] = options.bom ? [0xEF, 0xBB, 0xBF] : []
        csv.append(row: Self.header, to: &out)
        var count = 0
        var failure: (any Error)?
        Self.forEachRow(answers: answers, coders: coders, codebook: codebook) { row in
            guard failure == nil else { return }
            csv.append(row: row, to: &out)
            count += 1
            if out.count >= 1 << 16 {
                do { try output.write(out) } catch { failure = error }
                out.removeAll(keepingCapacity: true)
            }
        }
        if let failure { throw failure }
        try output.write(out)
        return count
    }

    /// The CSV bytes of the header and `rows`.
    public func bytes(_ rows: [[String]]) -> [UInt8] {
        CSVExport(layout: ExportLayout(questionnaires: []), options: options).bytes([Self.header] + rows)
    }
}
