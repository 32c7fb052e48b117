/// What merging one source file did (or, in a dry run, would do).
public enum MergeOutcome: Sendable, Hashable {
    /// An interview the target did not have: copied in.
    case added
    /// A newer revision (later `updatedAt`) than the target's: replaced it.
    case updated
    /// The target has a newer revision: nothing written.
    case older
    /// The target already has this revision: nothing written.
    case unchanged
    /// Same id and `updatedAt`, different content: kept beside it under a conflict name.
    case conflict
    /// The file is not a valid response: reported, not copied.
    case invalid(String)

    /// Whether this outcome makes `wijk merge` exit with 1.
    public var isProblem: Bool {
        switch self {
        case .conflict, .invalid: return true
        default: return false
        }
    }
}

/// One line of the merge report.
public struct MergeEntry: Sendable, Hashable {
    public var source: String
    public var id: String?
    public var outcome: MergeOutcome
    /// The file written (or that would be), if any.
    public var target: String?

    /// `SOURCE: message [→ TARGET]`, in `lang`.
    public func line(_ lang: Lang) -> String {
        let what: String
        switch outcome {
        case .added: what = lang.t("nieuw", "new")
        case .updated: what = lang.t("nieuwere versie", "newer revision")
        case .older: what = lang.t("ouder dan de versie in de doelmap, overgeslagen", "older than the target's revision, skipped")
        case .unchanged: what = lang.t("al aanwezig", "already present")
        case .conflict: what = lang.t("conflict: zelfde id en updatedAt, andere inhoud; apart bewaard",
                                      "conflict: same id and updatedAt, different content; kept separately")
        case .invalid(let reason):
            what = lang.t("ongeldig, niet gekopieerd: ", "invalid, not copied: ") + DisplayText.line(reason)
        }
        return "\(DisplayText.line(source)): \(what)" + (target.map { " → \(DisplayText.line($0))" } ?? "")
    }
}

/// All entries of a run, with counts for the summary line.
public struct MergeReport: Sendable {
    public var entries: [MergeEntry] = []

    public func count(_ matches: (MergeOutcome) -> Bool) -> Int { entries.filter { matches($0.outcome) }.count }
    public var hasProblems: Bool { entries.contains { $0.outcome.isProblem } }

    public func summary(_ lang: Lang, dryRun: Bool) -> String {
        let added = count { $0 == .added }, updated = count { $0 == .updated }
        let older = count { $0 == .older }, unchanged = count { $0 == .unchanged }
        let conflicts = count { $0 == .conflict }
        let invalid = count { if case .invalid = $0 { return true } else { return false } }
        let prefix = dryRun ? lang.t("Proefdraai (niets geschreven): ", "Dry run (nothing written): ") : ""
        return prefix + lang.t(
            "\(added) nieuw, \(updated) bijgewerkt, \(older) ouder overgeslagen, \(unchanged) al aanwezig, \(lang.count(conflicts, Noun.conflict)), \(invalid) ongeldig",
            "\(added) new, \(updated) updated, \(older) older skipped, \(unchanged) already present, \(lang.count(conflicts, Noun.conflict)), \(invalid) invalid")
    }
}
