import WijkModel

/// The code tables of one question for one coder: per variant the respondents
/// with a current coding (the base n) and with each code, and per pair of
/// codes the interviews carrying both. A respondent counts once per code,
/// however many of their answers (the text and "anders, namelijk") carry it.
struct CodeCounts: Sendable {
    let codes: [Code]
    let variants: [String]
    private(set) var base: [String: Int] = [:]
    private var perCode: [String: [String: Int]] = [:]
    private var pairs: [String: [String: Int]] = [:]

    init(answers: [CodableAnswer], codings: CoderCodings, codebook: CodeBook, variants: [String]) {
        codes = codebook.outline
        self.variants = variants
        var byInterview: [String: (variant: String, codes: Set<String>)] = [:]
        for a in answers {
            let current = codings.codings(a.key).filter { $0.fingerprint == a.fingerprint }.map(\.code)
            guard !current.isEmpty else { continue }
            byInterview[a.key.interview, default: (a.variant, [])].codes.formUnion(current)
        }
        for (_, entry) in byInterview {
            base[entry.variant, default: 0] += 1
            for code in entry.codes {
                perCode[code, default: [:]][entry.variant, default: 0] += 1
                for other in entry.codes { pairs[code, default: [:]][other, default: 0] += 1 }
            }
        }
    }

    /// Respondents with the code in `variant` (nil: all variants).
    func respondents(_ code: String, _ variant: String?) -> Int {
        guard let variant else { return perCode[code]?.values.reduce(0, +) ?? 0 }
        return perCode[code]?[variant] ?? 0
    }

    var totalBase: Int { base.values.reduce(0, +) }

    /// Interviews carrying both codes (a code with itself: those carrying it).
    func together(_ a: String, _ b: String) -> Int { pairs[a]?[b] ?? 0 }
}
