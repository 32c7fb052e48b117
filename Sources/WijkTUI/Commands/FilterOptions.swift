import ArgumentParser
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

    func validate() throws {
        for date in [from, to].compactMap({ $0 }) where Timestamp.parse(date + "T00:00:00Z") == nil {
            throw ValidationError("--from/--to: expected YYYY-MM-DD, got '\(date)'")
        }
        if let status, ResponseStatus(rawValue: status) == nil {
            throw ValidationError("--status: expected draft or complete, got '\(status)'")
        }
    }

    var filter: ResponseFilter {
        ResponseFilter(variant: variant, gemeente: gemeente, wijk: wijk, interviewer: interviewer,
                       from: from, to: to, status: status.flatMap(ResponseStatus.init(rawValue:)),
                       includeDrafts: includeDrafts)
    }
}
