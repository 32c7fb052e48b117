import ArgumentParser
import Foundation
import WijkModel

/// Which interviews count: the same options for `wijk summary`, `wijk results`
/// and the data exports, so one selection means the same everywhere.
struct FilterOptions: ParsableArguments {
    @Flag(name: .long, help: "Count draft interviews too.") var includeDrafts = false
    @Option(help: "Only this variant (wijkteam, migrantenorganisatie).") var variant: String?
    @Option(help: "Only this gemeente.") var gemeente: String?
    @Option(help: "Only this wijk.") var wijk: String?
    @Option(help: "Only this interviewer.") var interviewer: String?
    @Option(help: "Interviews on or after this date (YYYY-MM-DD).") var from: String?
    @Option(help: "Interviews on or before this date (YYYY-MM-DD).") var to: String?
    @Option(help: "Only this status: draft or complete.") var status: String?


    /// The filter, after the checks that need the questionnaires or the
    /// language: a variant no questionnaire has, or `--from` after `--to`,
    /// would select nothing without a word — a usage error instead (exit 2).
    func filter(for questionnaires: [Questionnaire], lang: Lang) throws -> ResponseFilter {
        // Checked here, not in `validate()`: the messages speak the interface language.
        for date in [from, to].compactMap({ $0 }) where Timestamp.parse(date + "T00:00:00Z") == nil {
            throw ValidationError(lang.t("--from/--to: verwacht JJJJ-MM-DD, niet '\(date)'",
                                         "--from/--to: expected YYYY-MM-DD, got '\(date)'"))
        }
        if let status, ResponseStatus(rawValue: status) == nil {
            throw ValidationError(lang.t("--status: verwacht draft of complete, niet '\(status)'",
                                         "--status: expected draft or complete, got '\(status)'"))
        }
        if let variant {
            let known = questionnaires.map(\.variant)
            if !known.contains(where: { $0.lowercased() == variant.trimmingCharacters(in: .whitespaces).lowercased() }) {
                let hint = SubcommandCheck.nearest(variant, among: known).first
                    .map { lang.t(" — bedoelde u '\($0)'?", " — did you mean '\($0)'?") }
                    ?? lang.t(" (bekend: \(known.joined(separator: ", ")))", " (known: \(known.joined(separator: ", ")))")
                throw ValidationError(lang.t("--variant: onbekende variant '\(variant)'", "--variant: unknown variant '\(variant)'") + hint)
            }
        }
        if let from, let to, from > to {
            throw ValidationError(lang.t("--from \(from) ligt na --to \(to): geen enkel interview valt daartussen",
                                         "--from \(from) is after --to \(to): no interview can fall in between"))
        }
        return filter
    }

    /// Unchecked: commands take `filter(for:lang:)`, so a mistyped value is a usage error.
    private var filter: ResponseFilter {
        ResponseFilter(variant: variant, gemeente: gemeente, wijk: wijk, interviewer: interviewer,
                       from: from, to: to, status: status.flatMap(ResponseStatus.init(rawValue:)),
                       includeDrafts: includeDrafts)
    }
}
