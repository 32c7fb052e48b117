/// What merging one source file did (or, in a dry run, would do).
public enum MergeOutcome: Sendable, Hashable {
    /// An interview the target did not have: copied in.
    case added
    /// A later revision (`RevisionOrder`) than the target's: replaced it.
    case updated
    /// The target has a newer revision: nothing written.
    case older
    /// The target already has this revision: nothing written.
    case unchanged
    /// Same id, `revision` and `updatedAt`, different bytes: kept beside it under a conflict name.
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

    /// `SOURCE: message [→ TARGET]`, in `lang`; a dry run says what would happen.
    public func line(_ lang: Lang, dryRun: Bool = false) -> String {
        let what: String
        switch (outcome, dryRun) {
        case (.added, false): what = lang.t("nieuw", "new")
        case (.added, true): what = lang.t("nieuw, zou worden gekopieerd", "new, would be copied")
        case (.updated, false): what = lang.t("nieuwere versie", "newer revision")
        case (.updated, true): what = lang.t("nieuwere versie, zou de oude vervangen", "newer revision, would replace the old one")
        case (.older, _): what = lang.t("ouder dan de versie in de doelmap, overgeslagen", "older than the target's revision, skipped")
        case (.unchanged, _): what = lang.t("al aanwezig", "already present")
        case (.conflict, false): what = lang.t("conflict: zelfde id, revision en updatedAt, andere inhoud; apart bewaard",
                                               "conflict: same id, revision and updatedAt, different content; kept separately")
        case (.conflict, true): what = lang.t("conflict: zelfde id, revision en updatedAt, andere inhoud; zou apart worden bewaard",
                                              "conflict: same id, revision and updatedAt, different content; would be kept separately")
        case (.invalid(let reason), _):
            what = lang.t("ongeldig, niet gekopieerd: ", "invalid, not copied: ") + DisplayText.line(reason)
        }
        return "\(DisplayText.line(source)): \(what)" + (target.map { " → \(DisplayText.line($0))" } ?? "")
    }
}

/// The counts of a run, the entries (unless they were handed to a sink as
/// they came), and the conflict copies left in the target.
public struct MergeReport: Sendable {
    public var entries: [MergeEntry] = []
    public var added = 0, updated = 0, older = 0, unchanged = 0, conflicts = 0, invalid = 0
    /// Every `<id>.conflict-<hash>.json` in the target after the run (in a dry run:
    /// those there now plus those the run would add), by name, sorted.
    public var unresolved: [String] = []
    /// Response files in the target that group or others can read.
    public var exposedFiles = 0

    public init() {}

    mutating func count(_ outcome: MergeOutcome) {
        switch outcome {
        case .added: added += 1
        case .updated: updated += 1
        case .older: older += 1
        case .unchanged: unchanged += 1
        case .conflict: conflicts += 1
        case .invalid: invalid += 1
        }
    }

    public func count(_ matches: (MergeOutcome) -> Bool) -> Int { entries.filter { matches($0.outcome) }.count }
    /// Invalid files, or conflicts (new or still unresolved): exit 1.
    public var hasProblems: Bool { invalid > 0 || conflicts > 0 || !unresolved.isEmpty }

    public func summary(_ lang: Lang, dryRun: Bool) -> String {
        let prefix = dryRun ? lang.t("Proefdraai (niets geschreven): ", "Dry run (nothing written): ") : ""
        return prefix + lang.t(
            "\(added) nieuw, \(updated) bijgewerkt, \(older) ouder overgeslagen, \(unchanged) al aanwezig, \(lang.count(conflicts, Noun.conflict)), \(invalid) ongeldig",
            "\(added) new, \(updated) updated, \(older) older skipped, \(unchanged) already present, \(lang.count(conflicts, Noun.conflict)), \(invalid) invalid")
    }
}
