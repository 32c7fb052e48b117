import Foundation
import WijkModel

/// The summary as readable text (terminal) or markdown (reports): per
/// question the variants side by side, each percentage with its base.
struct SummaryReport {
    enum Style { case text, markdown }

    let summary: Summary
    let lang: Lang
    let style: Style
    /// Open answers shown per question and variant in text form (markdown shows all).
    var openLimit = 5
    /// `--by`: one table per question with the groups as columns, instead of a section per group.
    var columnsByGroup = false

    func render() -> String {
        var all = ""
        render { all += $0 }
        return all
    }

    /// The same text handed over in pieces of ~64 KB: markdown lists every
    /// open answer, hundreds of megabytes at 200,000 interviews.
    func render(_ emit: (String) -> Void) {
        var out = ""
        header(into: &out, emit)
        if columnsByGroup {
            out += groupTables()
        } else {
            for group in summary.groups {
                if let name = group.name {
                    out += style == .markdown ? "\n## \(groupingLabel) \(name.isEmpty ? "–" : d(name))\n\n"
                                              : "\n=== \(groupingLabel) \(name.isEmpty ? "–" : d(name)) ===\n"
                }
                render(group, into: &out, emit)
            }
        }
        out += progress()
        emit(out)
    }

    func t(_ nl: String, _ en: String) -> String { lang.t(nl, en) }

    /// Data (names, labels, answers, file names) on one line: control characters
    /// shown visibly, and in markdown nothing that changes the document's structure.
    func d(_ s: String) -> String {
        guard style == .text else { return MarkdownText.inline(s) }
        // Foundation's replacement only where there is a line break (most texts have none).
        return DisplayText.line(s.utf8.contains(0x0A) ? s.replacingOccurrences(of: "\n", with: " ") : s)
    }

    func pct(_ p: Double?) -> String {
        guard let p else { return "–" }
        return NumberFormat.decimal(p, 1, lang: lang) + "%"  // Dutch decimal comma, as on screen
    }

    /// "+5,2" / "-2,9": an explicit sign, in the interface language's decimal notation.
    func signed(_ d: Double, _ decimals: Int) -> String {
        let text = NumberFormat.decimal(d, decimals, lang: lang)
        return text.hasPrefix("-") ? text : "+" + text
    }

    func num(_ d: Double?) -> String {
        guard let d else { return "–" }
        return NumberFormat.value(d, lang: lang)
    }

    /// The counts, the filter, invalid files, duplicates and conflicts; handed to `emit` in
    /// pieces as it grows (200,000 invalid files are 200,000 lines).
    private func header(into out: inout String, _ emit: (String) -> Void) {
        out += style == .markdown ? "# \(t("Samenvatting", "Summary"))\n\n" : ""
        // Summed over the groups: with --group-by each group has only its gemeente's counts.
        var variants: [String] = [], respondents: [String: Int] = [:], noConsent: [String: Int] = [:]
        for group in summary.groups {
            for v in group.variants {
                if respondents[v.variant] == nil { variants.append(v.variant) }
                respondents[v.variant, default: 0] += v.respondents
                noConsent[v.variant, default: 0] += v.withoutConsent
            }
        }
        let perVariant = variants.map { "\(d($0)) \(respondents[$0] ?? 0)" }.joined(separator: ", ")
        out += t("\(lang.count(summary.files, Noun.file)), \(lang.count(summary.interviews, Noun.interview)); geteld: \(summary.counted) (\(perVariant))\n",
                 "\(lang.count(summary.files, Noun.file)), \(lang.count(summary.interviews, Noun.interview)); counted: \(summary.counted) (\(perVariant))\n")
        if let line = WithoutConsentText.line(variants.map { ($0, noConsent[$0] ?? 0) }, lang: lang, name: d) {
            out += (style == .markdown ? "\n" : "") + line + "\n"
        }
        if summary.filter.isActive { out += t("Filter: ", "Filter: ") + filterText() + "\n" }
        if !summary.invalid.isEmpty {
            out += t("Ongeldige bestanden (weggelaten): \(summary.invalid.count)\n",
                     "Invalid files (left out): \(summary.invalid.count)\n")
            for r in summary.invalid {
                for p in r.problems where p.severity == .hard {
                    let at = p.path == "$" ? "" : "\(d(p.path)): "  // a whole-file problem has no path to show
                    out += "  \(d(r.file)): \(at)\(d(p.message))\n"
                }
                if out.utf8.count >= 1 << 16 {
                    emit(out)
                    out = ""
                }
            }
        }
        let plain = summary.duplicates.filter { !$0.isConflict }
        if !plain.isEmpty {
            out += t("Dubbele interviews (nieuwste telt): \(plain.count)\n",
                     "Duplicate interviews (newest counts): \(plain.count)\n")
        }
        for c in summary.conflicts {
            out += t("CONFLICT \(d(c.id)): zelfde updatedAt, andere inhoud: \(d(c.kept)) (geteld) ≠ \(d(c.conflicting.joined(separator: ", ")))\n",
                     "CONFLICT \(d(c.id)): same updatedAt, different content: \(d(c.kept)) (counted) ≠ \(d(c.conflicting.joined(separator: ", ")))\n")
        }
    }

    private func filterText() -> String {
        let f = summary.filter
        var parts: [String] = []
        if let v = f.variant { parts.append("variant=\(v)") }
        if let v = f.gemeente { parts.append("gemeente=\(v)") }
        if let v = f.wijk { parts.append("wijk=\(v)") }
        if let v = f.interviewer { parts.append("interviewer=\(v)") }
        if let v = f.from { parts.append("\(t("vanaf", "from")) \(v)") }
        if let v = f.to { parts.append("\(t("tot en met", "to")) \(v)") }
        if let v = f.status { parts.append("status=\(v.rawValue)") }
        if f.includeDrafts { parts.append(t("met concepten", "drafts included")) }
        return d(parts.joined(separator: ", "))
    }

    private func render(_ group: SummaryGroup, into out: inout String, _ emit: (String) -> Void) {
        var order: [String] = []
        for v in group.variants { for q in v.questions where !order.contains(q.id) { order.append(q.id) } }
        for id in order {
            let present = group.variants.compactMap { v in v.question(id).map { (v, $0) } }
            guard let first = present.first?.1 else { continue }
            let core = group.core.first { $0.questionID == id }
            out += "\n" + (style == .markdown ? "### " : "") + "[\(d(id))] \(d(first.label.resolve(lang.rawValue)))"
                + (first.isCore ? t(" (kern)", " (core)") : "") + "\n"
            if style == .markdown { out += "\n" }
            out += table(present, core: core)
            if let core { out += differenceLine(core) }
            for (v, q) in present {
                let specials = t("\(d(v.variant)): weet niet \(q.dontKnow), wil niet zeggen \(q.refused), geen antwoord \(q.unanswered), n.v.t. \(q.notApplicable) (van \(v.respondents))",
                                 "\(d(v.variant)): don't know \(q.dontKnow), refused \(q.refused), unanswered \(q.unanswered), not applicable \(q.notApplicable) (of \(v.respondents))")
                out += (style == .markdown ? "- " : "  ") + specials + "\n"
            }
            for (v, q) in present where !q.openAnswers.isEmpty {
                let shown = q.openAnswers.prefix(style == .markdown ? Int.max : openLimit)
                out += (style == .markdown ? "\n**\(d(v.variant))**\n\n" : "  \(d(v.variant)):\n")
                for a in shown {
                    let origin = [a.organisation, a.gemeente].filter { !$0.isEmpty }.joined(separator: ", ")
                    let tag = a.isOther ? t("anders: ", "other: ") : ""
                    out += (style == .markdown ? "> " : "    – ") + tag + d(a.text)
                        + (origin.isEmpty ? "" : " — \(d(origin))") + "\n"
                    if style == .markdown { out += "\n" }
                    if out.utf8.count >= 1 << 16 { emit(out); out = "" }
                }
                if shown.count < q.openAnswers.count {
                    out += t("    … en \(q.openAnswers.count - shown.count) meer (--format json of markdown voor alles)\n",
                             "    … and \(q.openAnswers.count - shown.count) more (--format json or markdown for all)\n")
                }
            }
        }
        for tab in group.crossTabs { out += crossTab(tab) }
    }

    /// Rows of codes, one column per variant ("count  %" of the stated base), plus the difference.
    private func table(_ present: [(VariantSummary, QuestionSummary)], core: CoreComparison?) -> String {
        let q0 = present[0].1
        var codes: [String] = []
        var labels: [String: String] = [:]
        for (_, q) in present {
            for c in q.choices where !codes.contains(c.code) {
                codes.append(c.code)
                labels[c.code] = d(c.label?.resolve(lang.rawValue) ?? c.code)
            }
        }
        var header = [""] + present.map { "\(d($0.0.variant)) (n=\($0.1.answered))" }
        if let core { header.append(t("verschil", "difference") + marker(core, nil)) }
        var rows: [[String]] = []
        // Counted texts and dates (gemeente, organisation) can have thousands of values: the top ones suffice in a terminal.
        let listed = !q0.type.isClosed && style == .text && codes.count > openLimit * 2
        for code in listed ? Array(codes.prefix(openLimit * 2)) : codes {
            let label = labels[code] == d(code) ? d(code) : "\(d(code)) \(labels[code] ?? "")"
            var row = [label]
            for (_, q) in present {
                let c = q.choice(code)
                row.append("\(c?.count ?? 0)  \(pct(c?.percent))" + (q0.type.isClosed ? interval(c?.percentInterval) : ""))
            }
            if let core {
                let d = core.rows.first { $0.code == code }?.differencePoints
                row.append(d.map { signed($0, 1) + " pp" + marker(core, code) } ?? "–")
            }
            rows.append(row)
        }
        if listed {
            rows.append([t("… en \(codes.count - openLimit * 2) andere waarden", "… and \(codes.count - openLimit * 2) other values")])
        }
        rows += bandRows(present, core: core)
        if present.contains(where: { $0.1.meanSelected != nil }) {
            rows.append([t("gem. aantal gekozen", "mean chosen")] + present.map { num($0.1.meanSelected) }
                        + (core != nil ? [""] : []))
        }
        if present.contains(where: { $0.1.statistics != nil }) {
            let stats: [(String, (Statistics) -> Double?)] = [
                (t("gemiddelde", "mean"), { $0.mean }), ("sd", { $0.sd }), (t("mediaan", "median"), { $0.median }),
                ("min", { $0.min }), ("Q1", { $0.q1 }), ("Q3", { $0.q3 }), ("max", { $0.max }),
            ]
            let kinds = q0.type == .scale ? Array(stats.prefix(3)) : stats
            for (name, value) in kinds {
                let isMean = name == t("gemiddelde", "mean")
                var row = [name] + present.map { q in
                    num(q.1.statistics.flatMap(value)) + (isMean ? interval(q.1.statistics?.meanInterval, decimals: 2) : "")
                }
                if let core {
                    row.append(name == t("gemiddelde", "mean") ? (core.meanDifference.map { signed($0, 2) } ?? "–") : "")
                }
                rows.append(row)
            }
        }
        if rows.isEmpty { return "" }
        return grid(header, rows)
    }

    func grid(_ header: [String], _ rows: [[String]]) -> String {
        if style == .markdown {
            var out = "| " + header.joined(separator: " | ") + " |\n"
            out += "|" + header.map { _ in "---|" }.joined() + "\n"
            for row in rows { out += "| " + row.joined(separator: " | ") + " |\n" }
            return out
        }
        var widths = header.map(\.count)
        for row in rows { for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.count) } }
        func line(_ cells: [String]) -> String {
            var s = "  "
            for (i, cell) in cells.enumerated() {
                let pad = String(repeating: " ", count: max(0, widths[i] - cell.count))
                s += i == 0 ? cell + pad : "   " + pad + cell
            }
            return s + "\n"
        }
        return line(header) + rows.map(line).joined()
    }
}
