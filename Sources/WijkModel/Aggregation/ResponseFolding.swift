import Foundation

/// Folding one response into its variant's tallies.
extension QuestionLayout {
    /// Adds (`sign` 1) or takes out (`sign` -1) one response. Open answers are
    /// only ever added; taking a revision out drops them by file index later.
    func fold(_ response: Response, relevance: [Bool], file: Int, sign: Int, keepOpen: Bool,
              crossTabs: [(Int?, Int?)], into tally: inout VariantTally) {
        tally.respondents += sign
        let organisation = ResponseFilter.text(response.answers[MetadataID.organisation])
        let gemeente = ResponseFilter.text(response.answers[MetadataID.gemeente])
        for i in questions.indices {
            let kind = kinds[i]
            if kind == .note { continue }
            let q = questions[i]
            guard relevance[i] else { tally.tallies[i].notApplicable += sign; continue }
            let answer = response.answers[q.id]
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
            var counted = true
            switch (kind, answer!) {
            case (.choice, .text(let code)), (.date, .text(let code)):
                tally.tallies[i].add(code, sign)
            case (.countedText, .text(let text)):
                tally.tallies[i].add(text.trimmingCharacters(in: .whitespaces), sign)
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
                if sign > 0 && keepOpen {
                    tally.tallies[i].open.append((file, OpenAnswer(
                        text: text, questionID: q.id, variant: response.variant, organisation: organisation,
                        gemeente: gemeente, responseID: response.id)))
                }
            default:
                counted = false   // a type the validator let through (e.g. a soft problem): not counted
            }
            if counted { tally.tallies[i].answered += sign } else { tally.tallies[i].unanswered += sign }
            if sign > 0, keepOpen, q.other != nil, case .text(let other)? = response.answers[q.otherKey], !other.isEmpty {
                tally.tallies[i].open.append((file, OpenAnswer(
                    text: other, questionID: q.id, variant: response.variant, organisation: organisation,
                    gemeente: gemeente, responseID: response.id, isOther: true)))
            }
        }
        for (t, pair) in crossTabs.enumerated() {
            guard let a = pair.0, let b = pair.1 else { continue }
            for row in crossCodes(a, response, relevance) {
                for column in crossCodes(b, response, relevance) {
                    let key = row + "\u{1F}" + column
                    let n = tally.crossCells[t][key, default: 0] + sign
                    tally.crossCells[t][key] = n == 0 ? nil : n
                }
            }
        }
    }

    /// The codes one answer contributes to a cross-tab: its choices, or one
    /// special category, so no respondent silently disappears from the table.
    func crossCodes(_ i: Int, _ response: Response, _ relevance: [Bool]) -> [String] {
        guard relevance[i] else { return [SpecialCode.notApplicable] }
        switch response.answers[questions[i].id] {
        case nil: return [SpecialCode.unanswered]
        case .dontKnow?: return [SpecialCode.dontKnow]
        case .refused?: return [SpecialCode.refused]
        case .text(let s)?: return s.isEmpty ? [SpecialCode.unanswered] : [s]
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
