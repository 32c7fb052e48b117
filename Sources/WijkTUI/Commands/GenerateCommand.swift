import ArgumentParser
import Foundation
import WijkModel

/// `wijk generate --count N [--seed S] [--variant V] --out DIR`: realistic
/// synthetic interviews, deterministic for a seed.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Make realistic sample interviews (probeer Wijk zonder veldwerk).")

    @Option(name: .long, help: "How many interviews.") var count: Int
    @Option(name: .long, help: "Seed: the same seed gives the same files.") var seed: UInt64 = 1
    @Option(name: .long, help: "wijkteam or migrantenorganisatie (default: both, mixed).") var variant: String?
    @Option(name: .long, help: "Folder to write the files to (created if needed).") var out: String
    @Flag(name: .long, help: "fsync every file and the folder after each file (slow; see README).")
    var durable = false
    @Option(name: .long, help: "Interface language: nl (default) or en.") var lang: Lang = .nl

    func validate() throws {
        guard count >= 0 else { throw ValidationError(lang.t("--count moet 0 of meer zijn.", "--count must be 0 or more.")) }
        if let variant, BundledQuestionnaires.variant(variant) == nil {
            throw ValidationError(lang.t("Onbekende variant '\(variant)' (wijkteam, migrantenorganisatie).",
                                         "Unknown variant '\(variant)' (wijkteam, migrantenorganisatie)."))
        }
    }

    func run() throws {
        let directory = URL(fileURLWithPath: out)
        let started = Date()
        do {
            try DataDirectory.prepare(directory)
            AtomicFile.removeStaleTemporaries(in: directory)
            try SampleGeneration.write(count: count, seed: seed,
                                       questionnaire: variant.flatMap(BundledQuestionnaires.variant),
                                       to: directory, mode: durable ? .durable : .bulk)
        } catch {
            throw UserFacingError(description: "\(error)")
        }
        let seconds = NumberFormat.decimal(Date().timeIntervalSince(started), 1, lang: lang)   // "1,5" in Dutch
        Console.error(lang.t("\(lang.count(count, Noun.interview)) geschreven naar \(directory.path) in \(seconds) s",
                             "\(lang.count(count, Noun.interview)) written to \(directory.path) in \(seconds) s"))
    }
}
