import Foundation

/// A number question cut into bands, so it can be cross-tabbed and counted
/// like a closed question: `aantal_medewerkers=0-5,6-20,21-`.
///
/// Syntax: `ID=BAND,BAND,…`, each band `LOW-HIGH` (both inclusive), `LOW-`
/// (LOW and above), `-HIGH` (up to HIGH) or a single value `V`. Bounds are
/// numbers ≥ 0 with a decimal point (`2.5`); bands are listed in increasing
/// order and may not overlap. A value in no band (in a gap, say 5.5 between
/// `0-5` and `6-20`) is counted under `outside`, never dropped.
public struct NumericBands: Sendable, Hashable {
    public struct Band: Sendable, Hashable {
        /// Inclusive bounds; nil means open on that side.
        public var lower: Double?
        public var upper: Double?

        public func contains(_ value: Double) -> Bool {
            (lower.map { value >= $0 } ?? true) && (upper.map { value <= $0 } ?? true)
        }

        /// The band's code and label: "0-5", "21+", "≤5", "7".
        public var code: String {
            switch (lower, upper) {
            case let (l?, u?): return l == u ? Self.format(l) : "\(Self.format(l))-\(Self.format(u))"
            case let (l?, nil): return "\(Self.format(l))+"
            case let (nil, u?): return "≤\(Self.format(u))"
            case (nil, nil): return "*"
            }
        }

        static func format(_ d: Double) -> String { QuestionLayout.code(d) }
    }

    /// The category of values that fall in no band.
    public static let outside = "(outsideBands)"

    public var questionID: String
    public var bands: [Band]

    public init(questionID: String, bands: [Band]) { self.questionID = questionID; self.bands = bands }

    /// The code of the band `value` falls in, or `outside`.
    public func code(for value: Double) -> String {
        bands.first { $0.contains(value) }?.code ?? Self.outside
    }

    /// The band codes in order (without `outside`).
    public var codes: [String] { bands.map(\.code) }

    /// Parses `ID=BAND,…` (see the type's description).
    public static func parse(_ text: String) throws(BandsError) -> NumericBands {
        let parts = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        let id = parts[0].trimmingCharacters(in: .whitespaces)
        guard parts.count == 2, !id.isEmpty else { throw .syntax(text) }
        var bands: [Band] = []
        for raw in parts[1].split(separator: ",", omittingEmptySubsequences: false) {
            let token = raw.trimmingCharacters(in: .whitespaces)
            guard let band = band(token) else { throw .band(token) }
            if let l = band.lower, let u = band.upper, l > u { throw .band(token) }
            if let previous = bands.last {
                // In increasing order without overlap: this band starts above the previous one's end.
                guard let end = previous.upper, let start = band.lower, start > end else { throw .overlap(previous.code, band.code) }
            }
            bands.append(band)
        }
        guard !bands.isEmpty else { throw .syntax(text) }
        return NumericBands(questionID: id, bands: bands)
    }

    private static func band(_ token: String) -> Band? {
        func number(_ s: Substring) -> Double? {
            guard !s.isEmpty, s.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
                  let d = Double(s), d.isFinite else { return nil }
            return d
        }
        guard !token.isEmpty else { return nil }
        guard let dash = token.firstIndex(of: "-") else {
            return number(Substring(token)).map { Band(lower: $0, upper: $0) }
        }
        let low = token[..<dash], high = token[token.index(after: dash)...]
        switch (low.isEmpty, high.isEmpty) {
        case (true, true): return nil
        case (true, false): return number(high).map { Band(lower: nil, upper: $0) }
        case (false, true): return number(low).map { Band(lower: $0, upper: nil) }
        case (false, false):
            guard let l = number(low), let u = number(high) else { return nil }
            return Band(lower: l, upper: u)
        }
    }
}

/// Why a `--bands` value could not be read.
public enum BandsError: Error, Sendable, Hashable {
    /// Not `ID=BAND,…`.
    case syntax(String)
    /// A band that is not LOW-HIGH, LOW-, -HIGH or V (or has LOW > HIGH).
    case band(String)
    /// Two bands out of order or overlapping.
    case overlap(String, String)

    public func message(_ lang: Lang) -> String {
        switch self {
        case .syntax(let s):
            return lang.t("--bands: verwacht VRAAG=LAAG-HOOG,…, bijvoorbeeld aantal_medewerkers=0-5,6-20,21- (kreeg '\(s)')",
                          "--bands: expected QUESTION=LOW-HIGH,…, for example aantal_medewerkers=0-5,6-20,21- (got '\(s)')")
        case .band(let s):
            return lang.t("--bands: '\(s)' is geen band (LAAG-HOOG, LAAG-, -HOOG of één getal ≥ 0, met LAAG ≤ HOOG)",
                          "--bands: '\(s)' is not a band (LOW-HIGH, LOW-, -HIGH or one number ≥ 0, with LOW ≤ HIGH)")
        case .overlap(let a, let b):
            return lang.t("--bands: banden in oplopende volgorde zonder overlap ('\(a)' en '\(b)')",
                          "--bands: bands in increasing order without overlap ('\(a)' and '\(b)')")
        }
    }
}
