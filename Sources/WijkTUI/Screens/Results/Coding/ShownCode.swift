import WijkModel

/// A code as the pager writes it under an answer: its name, whether a rule
/// (`wijk code auto`) gave it, and whether the text changed since.
struct ShownCode: Sendable, Hashable {
    var name: String
    var rule: Bool
    var stale: Bool

    /// "# Taal · Moskee (regel) · Hulp (te herzien)", or nil when there is no code.
    static func text(_ codes: [ShownCode], lang: Lang) -> String? {
        guard !codes.isEmpty else { return nil }
        return "# " + codes.map { c in
            c.name + (c.rule ? lang.t(" (regel)", " (rule)") : "") + (c.stale ? lang.t(" (te herzien)", " (to review)") : "")
        }.joined(separator: " · ")
    }

    /// Another coder's codings of one answer, in codebook order.
    static func list(_ codings: [Coding], of answer: CodableAnswer, codebook: CodeBook) -> [ShownCode] {
        let order = Dictionary(codebook.outline.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        return codings.sorted { (order[$0.code] ?? Int.max, $0.code) < (order[$1.code] ?? Int.max, $1.code) }
            .map { ShownCode(name: codebook.code($0.code)?.name ?? $0.code + "?", rule: $0.origin.isRule,
                             stale: $0.fingerprint != answer.fingerprint) }
    }
}
