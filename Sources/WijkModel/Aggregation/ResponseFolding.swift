import Foundation

/// Folding one response into its variant's tallies.
extension QuestionLayout {
    /// Adds (`sign` 1) or takes out (`sign` -1) one response, whose
    /// `relevance` is set. Open answers are only ever added (to `open`);
    /// taking a revision out drops them by file index later.
    func fold(_ r: ResponseRecord, file: Int, sign: Int, open: inout OpenCollector?,
              crossTabs: [(Int?, Int?)], into tally: inout VariantTally) {
        tally.respondents += sign
        if endedWithoutConsent(r) { tally.withoutConsent += sign }
        var origin: UInt32?
        for i in questions.indices {
            let kind = kinds[i]
            if kind == .note { continue }
            guard r.relevance[i] else { tally.tallies[i].notApplicable += sign; continue }
            let bits = slots[i] == i ? r.coded[i] : 0
            var counted = true
            if bits != 0 && (kind == .choice || kind == .yesNo || kind == .multiple || kind == .scale) {
                // A coded answer is a choice made (never empty or special): counted by its bits,
                // without copying the answer (a reference count or two each).
                tally.tallies[i].add(coded: bits, sign)
                if kind == .multiple { tally.tallies[i].selections += sign * bits.nonzeroBitCount }
                if kind == .scale, case .number(let d)? = r.values[i] { tally.tallies[i].add(value: d, sign) }
            } else {
                let answer = r.values[slots[i]]
                switch answer {
                case nil:
                    tally.tallies[i].unanswered += sign
                    continue
                case .dontKnow?:
                    tally.tallies[i].dontKnow += sign
                    continue
                case .refused?:
                    tally.tallies[i].refused += sign
                    continue
                case let value? where value.isEmpty:
                    tally.tallies[i].unanswered += sign
                    continue
                default: break
                }
                switch (kind, answer!) {
                case (.choice, .text(let code)), (.date, .text(let code)):
                    tally.tallies[i].add(code, sign)
                case (.countedText, .text(let text)):
                    tally.tallies[i].add(ResponseFilter.trimmed(text), sign)
                case (.yesNo, .bool(let b)):
                    tally.tallies[i].add(b ? "true" : "false", sign)
                case (.multiple, .choices(let codes)):
                    for code in codes { tally.tallies[i].add(code, sign) }
                    tally.tallies[i].selections += sign * codes.count
                case (.scale, .number(let d)):
                    tally.tallies[i].add(Self.code(d), sign)
                    tally.tallies[i].add(value: d, sign)
                case (.number, .number(let d)):
                    tally.tallies[i].add(value: d, sign)
                case (.openText, .text(let text)):
                    if sign > 0, open != nil {
                        tally.tallies[i].open.append(open!.keep(text, isOther: false, file: file,
                                                                origin: &origin, record: r, layout: self))
                    }
                default:
                    counted = false   // a type the validator let through (e.g. a soft problem): not counted
                }
            }
            if counted { tally.tallies[i].answered += sign } else { tally.tallies[i].unanswered += sign }
            if sign > 0, open != nil, otherKeys[i] != nil, case .text(let other)? = r.others[slots[i]], !other.isEmpty {
                tally.tallies[i].open.append(open!.keep(other, isOther: true, file: file,
                                                        origin: &origin, record: r, layout: self))
            }
        }
        for (t, pair) in crossTabs.enumerated() {
            guard let a = pair.0, let b = pair.1 else { continue }
            let rows = categoryCodes(a, r), columns = categoryCodes(b, r)
            for row in rows {
                VariantTally.add(sign, at: row, to: &tally.crossRowBases[t])
                for column in columns {
                    VariantTally.add(sign, at: row + "\u{1F}" + column, to: &tally.crossCells[t])
                }
            }
            for column in columns { VariantTally.add(sign, at: column, to: &tally.crossColumnBases[t]) }
        }
    }

    /// The categories one answer falls in, as `fold` counts them: its
    /// choices, or one special category, so no respondent silently
    /// disappears (cross-tabs and the results' drill-down).
    func categoryCodes(_ i: Int, _ r: ResponseRecord) -> [String] {
        guard r.relevance[i] else { return [SpecialCode.notApplicable] }
        switch r.values[slots[i]] {
        case nil: return [SpecialCode.unanswered]
        case .dontKnow?: return [SpecialCode.dontKnow]
        case .refused?: return [SpecialCode.refused]
        case .text(let s)?:
            if s.isEmpty { return [SpecialCode.unanswered] }
            return [kinds[i] == .countedText ? ResponseFilter.trimmed(s) : s]
        case .bool(let b)?: return [b ? "true" : "false"]
        case .number(let d)?: return [Self.code(d)]
        case .choices(let cs)?: return cs.isEmpty ? [SpecialCode.unanswered] : cs
        }
    }

    /// A number as a code: "3" rather than "3.0".
    static func code(_ d: Double) -> String {
        if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
        return JSONWriter.format(number: d)
    }
}

/// Category codes for answers that are not a choice, used in cross-tabs.
public enum SpecialCode {
    public static let dontKnow = "(dontKnow)"
    public static let refused = "(refused)"
    public static let unanswered = "(unanswered)"
    public static let notApplicable = "(notApplicable)"
    public static let all = [dontKnow, refused, unanswered, notApplicable]
}
