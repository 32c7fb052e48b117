import ArgumentParser
import WijkModel

/// The root command, `wijk`.
struct WijkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wijk",
        abstract: "Wijk — interviews met sociale wijkteams en migrantenorganisaties.",
        discussion: "Without a subcommand Wijk opens the home screen.",
        version: VersionInfo.number,
        subcommands: [HomeCommand.self, InterviewCommand.self, ResumeCommand.self,
                      ValidateCommand.self, QuestionnaireCommand.self, GenerateCommand.self,
                      ExportCommand.self, MergeCommand.self, SummaryCommand.self, ResultsCommand.self,
                      ReportCommand.self, CodesCommand.self, CodeCommand.self, AgreementCommand.self],
        defaultSubcommand: HomeCommand.self)
}
