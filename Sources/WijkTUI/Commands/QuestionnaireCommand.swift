import ArgumentParser
import Foundation
import WijkModel

/// `wijk questionnaire lint|show`.
struct QuestionnaireCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "questionnaire",
        abstract: "Check or show a questionnaire definition.",
        subcommands: [Lint.self, Show.self])

    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a questionnaire file and report every problem with its JSON path.")

        @Argument(help: "The questionnaire definition (JSON).") var file: String
        @OptionGroup var common: CommonOptions

        func run() throws {
            let lang = common.lang
            let (questionnaire, problems) = QuestionnaireLoader.lint(contentsOf: URL(fileURLWithPath: file), lang: lang)
            for p in problems {
                let tag = p.severity == .soft ? lang.t("waarschuwing: ", "warning: ") : ""
                Console.out(p.line(file: file, tag: tag) + "\n")
            }
            let shown = DisplayText.line(file)
            let hard = problems.filter { $0.severity == .hard }.count
            let soft = problems.count - hard
            if let questionnaire, hard == 0 {
                Console.out(lang.t("\(shown): in orde — \(questionnaire.questions.count) vragen, \(lang.count(soft, Noun.warning))\n",
                                   "\(shown): OK — \(questionnaire.questions.count) questions, \(lang.count(soft, Noun.warning))\n"))
            } else {
                Console.out("\(shown): \(lang.count(hard, Noun.problem)), \(lang.count(soft, Noun.warning))\n")
                throw ExitCode(1)
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show a questionnaire as a readable codebook, or as a definition file (JSON).")

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

        @Option(help: "wijkteam or migrantenorganisatie (default: all).") var variant: String?
        @Option(help: "text (codebook) or json (definition file).") var format: Format = .text
        @OptionGroup var common: CommonOptions

        func run() throws {
            var selected = try common.questionnaires()
            if let variant {
                selected = selected.filter { $0.variant == variant || $0.id == variant }
                guard !selected.isEmpty else {
                    throw ValidationError(common.lang.t("onbekende variant '\(variant)'", "unknown variant '\(variant)'"))
                }
            }
            switch format {
            case .text:
                Console.out(Codebook.render(selected, format: .text, lang: common.lang))
            case .json:
                let value: JSONValue = selected.count == 1
                    ? QuestionnaireEncoder.encode(selected[0])
                    : .array(selected.map(QuestionnaireEncoder.encode))
                Console.data(JSONWriter.write(value) + "\n")
            }
        }
    }
}
