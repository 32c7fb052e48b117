import ArgumentParser
import Foundation
import WijkModel

/// `wijk agreement`: how well two coders agree, per code and overall.
struct AgreementCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agreement",
        abstract: "Agreement between two coders: per code % agreement and Cohen's kappa, and where they differ.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var selection: CodingSelection
    @Option(name: .long, help: "Two coders: A,B.") var coders: String
    @Option(name: .long, help: "Only this question (or ID.other).") var question: String?
    @Option(help: "Output: text (default) or json.") var format: Format = .text

    func validate() throws {
        let names = coders.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        guard names.count == 2, names.allSatisfy(CoderName.isValid), names[0] != names[1] else {
            throw ValidationError(selection.common.lang.t("--coders: twee verschillende codeurs, A,B",
                                                          "--coders: two different coder names, A,B"))
        }
    }

    func run() throws {
        let lang = selection.common.lang
        if let question { try selection.checkQuestion(question) }
        let names = coders.split(separator: ",").map(String.init)
        let folder = CodingFolder(data: try selection.dataFolder)
        func nothingCoded(_ name: String) -> UserFacingError {
            UserFacingError(description: lang.t("codeur ‘\(name)’ heeft hier niets gecodeerd (\(folder.url.path))",
                                                "coder ‘\(name)’ has coded nothing here (\(folder.url.path))"))
        }
        for name in names where !FileManager.default.fileExists(atPath: folder.codingsURL(name).path) { throw nothingCoded(name) }
        let book = try codingCommand(lang) { try folder.loadCodebook() }
        let (summary, answers) = try selection.answers()
        // Read after the interviews, when the read's working memory has been given back (large files).
        let (first, second) = try codingCommand(lang) { (try folder.loadCodings(names[0]), try folder.loadCodings(names[1])) }
        for (name, codings) in [(names[0], first), (names[1], second)] where codings.count == 0 { throw nothingCoded(name) }
        let agreement = Agreement(answers: answers, first: first, second: second, codebook: book, question: question)
        switch format {
        case .json: agreement.writeJSON { bytes in bytes.withUnsafeBufferPointer { Console.out(bytes: $0) } }
        case .text: Console.out(AgreementReport(agreement: agreement, base: SummaryReport(summary: summary, lang: lang, style: .text)).render())
        }
    }
}

/// `wijk agreement` as text.
struct AgreementReport {
    let agreement: Agreement
    /// Cells and tables as the summary writes them.
    let base: SummaryReport
    private var lang: Lang { base.lang }

    func render() -> String {
        let a = agreement
        let report = base
        var out = lang.t("Overeenstemming \(a.first) en \(a.second): \(a.answers) antwoorden door beiden gecodeerd, \(a.identical) met precies dezelfde codes\n",
                         "Agreement \(a.first) and \(a.second): \(a.answers) answers coded by both, \(a.identical) with exactly the same codes\n")
        guard a.answers > 0 else { return out }
        out += lang.t("Gemiddelde overeenstemming: \(report.pct(a.percent)); gepoolde kappa: \(kappa(a.pooledKappa))\n\n",
                      "Mean agreement: \(report.pct(a.percent)); pooled kappa: \(kappa(a.pooledKappa))\n\n")
        out += report.grid(["code", lang.t("beiden", "both"), lang.t("alleen \(a.first)", "only \(a.first)"),
                            lang.t("alleen \(a.second)", "only \(a.second)"), lang.t("geen van beiden", "neither"), "%", "kappa"],
                           a.codes.map { c in
                               [c.name.isEmpty ? c.id : c.name, "\(c.both)", "\(c.firstOnly)", "\(c.secondOnly)", "\(c.neither)",
                                report.pct(c.percent), kappa(c.kappa)]
                           })
        if a.codes.contains(where: { $0.kappa == nil }) {
            out += lang.t("  – : kappa niet te berekenen: beide codeurs gaven de code aan elk antwoord (geen variatie)\n",
                          "  – : kappa undefined: both coders gave the code to every answer (no variation)\n")
        }
        if !a.disagreements.isEmpty {
            out += lang.t("\nVerschillen (\(a.disagreements.count)):\n", "\nDisagreements (\(a.disagreements.count)):\n")
            for d in a.disagreements {
                out += "  \(d.answer.key.interview) \(d.answer.key.question): "
                out += "\(a.first) +[\(d.firstOnly.joined(separator: ", "))] \(a.second) +[\(d.secondOnly.joined(separator: ", "))]"
                out += "  \(CodeAutoCommand.excerpt(d.answer.text, 60))\n"
            }
        }
        return out
    }

    private func kappa(_ k: Double?) -> String {
        k.map { NumberFormat.decimal($0, 2, lang: lang) } ?? "–"
    }
}
