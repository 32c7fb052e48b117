import Foundation
import WijkModel

/// The coding section of `wijk summary` as text or markdown: per open
/// question the code frequencies per variant side by side (count and % of the
/// coded respondents, base n stated), then code × variant and co-occurrence.
/// Cells and tables come from `SummaryReport`, so both parts read alike.
struct CodingReport {
    let tables: CodeTables
    let base: SummaryReport

    private var lang: Lang { base.lang }
    private var markdown: Bool { base.style == .markdown }
    private func t(_ nl: String, _ en: String) -> String { lang.t(nl, en) }

    func render() -> String {
        var out = heading(1, t("Codes van codeur \(base.d(tables.coder))", "Codes by coder \(base.d(tables.coder))"))
        if tables.codes.isEmpty { return out + t("Het codeboek is leeg.\n", "The codebook is empty.\n") }
        for q in tables.questions { out += question(q) }
        out += heading(2, t("Codes × variant (interviews, % van de gecodeerde interviews)",
                            "Codes × variant (interviews, % of the coded interviews)"))
        let b = tables.byVariant
        out += base.grid([t("code", "code")] + tables.variants.enumerated().map { "\(base.d($1)) (n=\(b.coded[$0]))" },
                         tables.codes.indices.map { c in
                             [name(c)] + tables.variants.indices.map { "\(b.counts[c][$0])  \(base.pct(b.percent(code: c, variant: $0)))" }
                         })
        out += heading(2, t("Samen voorkomende codes (interviews met beide)", "Codes occurring together (interviews with both)"))
        let co = tables.cooccurrence
        if co.codes.isEmpty { return out + t("Nog niets gecodeerd.\n", "Nothing coded yet.\n") }
        let names = co.codes.map { code(tables.codes[$0]) }
        out += base.grid([""] + names, co.codes.indices.map { i in [names[i]] + co.counts[i].map(String.init) })
        return out
    }

    private func question(_ q: CodeTables.QuestionCodes) -> String {
        var out = heading(2, t("Vraag", "Question") + " " + base.d(q.question) + label(q.question))
        let header = [t("code", "code")] + q.variants.map {
            t("\(base.d($0.variant)) (gecodeerd \($0.coded) van \($0.answered))", "\(base.d($0.variant)) (coded \($0.coded) of \($0.answered))")
        }
        var rows: [[String]] = []
        for (i, row) in tables.codes.enumerated() {
            rows.append([name(i)] + q.variants.map { "\($0.counts[i])  \(base.pct($0.percent(i)))" })
            if row.isTheme {
                rows.append(["  " + t("(thema totaal)", "(theme total)")] + q.variants.map { "\($0.nets[i])  \(base.pct($0.netPercent(i)))" })
            }
        }
        out += base.grid(header, rows)
        let stale = q.variants.reduce(0) { $0 + $1.stale }
        if stale > 0 {
            out += (markdown ? "\n" : "  ") + t("\(stale) antwoord(en) te herzien: tekst gewijzigd na het coderen (niet meegeteld)",
                                                  "\(stale) answer(s) to review: text changed after coding (not counted)") + "\n"
        }
        return out
    }

    /// The question's label from the summary, "(anders)" for an other-text.
    private func label(_ key: String) -> String {
        let other = key.hasSuffix(".other")
        let id = other ? String(key.dropLast(".other".count)) : key
        for group in base.summary.groups {
            for v in group.variants {
                if let q = v.question(id) {
                    return " — " + base.d(q.label.resolve(lang.rawValue)) + (other ? t(" (anders)", " (other)") : "")
                }
            }
        }
        return ""
    }

    private func code(_ row: CodeTables.CodeRow) -> String {
        row.name.isEmpty ? base.d(row.id) + t(" (niet in codeboek)", " (not in codebook)") : base.d(row.name)
    }

    private func name(_ i: Int) -> String {
        let row = tables.codes[i]
        return (row.parent != nil ? (markdown ? "↳ " : "  ") : "") + code(row)
    }

    private func heading(_ level: Int, _ text: String) -> String {
        // A level-2 heading follows at once or after a table, so the top one needs no blank line of its own.
        if markdown { return "\n" + String(repeating: "#", count: level + 1) + " " + text + (level == 1 ? "\n" : "\n\n") }
        return level == 1 ? "\n=== \(text) ===\n" : "\n\(text)\n"
    }
}
