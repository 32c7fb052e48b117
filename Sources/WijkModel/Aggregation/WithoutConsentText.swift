/// "waarvan zonder toestemming: 6 (wijkteam 6, migrantenorganisatie 0)": how
/// many counted interviews ended without consent. They count like any other
/// interview (and show as n.v.t. on every question), so every place that gives
/// the count says this beside it: summary, report, fieldwork progress.
public enum WithoutConsentText {
    /// The line, or nil when no counted interview ended without consent.
    /// `name` words a variant ("wijkteam" as it is, or "Wijkteams").
    public static func line(_ counts: [(variant: String, count: Int)], lang: Lang,
                            name: (String) -> String = { $0 }) -> String? {
        let total = counts.reduce(0) { $0 + $1.count }
        guard total > 0 else { return nil }
        let parts = counts.map { "\(name($0.variant)) \($0.count)" }.joined(separator: ", ")
        return lang.t("waarvan zonder toestemming: ", "of which without consent: ") + "\(total)"
            + (counts.count > 1 ? " (\(parts))" : "")
    }

    /// The label of a per-variant row ("waarvan zonder toestemming").
    public static func label(_ lang: Lang) -> String {
        lang.t("waarvan zonder toestemming", "of which without consent")
    }
}

extension SummaryGroup {
    /// Per variant: counted interviews that ended without consent.
    public var withoutConsentCounts: [(variant: String, count: Int)] {
        variants.map { ($0.variant, $0.withoutConsent) }
    }
}

extension FieldworkProgress {
    public var withoutConsentCounts: [(variant: String, count: Int)] {
        withoutConsent.map { ($0.variant, $0.count) }
    }
}
