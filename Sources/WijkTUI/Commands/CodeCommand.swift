import ArgumentParser
import Foundation
import WijkModel

/// `wijk code auto`: scripted coding of the answers a pattern matches.
struct CodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "code", abstract: "Code open answers from the command line (a first pass to review).",
        subcommands: [CodeAutoCommand.self])
}

struct CodeAutoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "auto",
        abstract: "Give code C to every answer to question Q that matches a regular expression (case-insensitive).")

    @OptionGroup var selection: CodingSelection
    @OptionGroup var coding: CoderOption
    @Option(name: .long, help: "Question id (or ID.other for the 'other, namely' text).") var question: String
    @Option(name: .long, help: "Code id or name (create it first with wijk codes add).") var code: String
    @Option(name: .long, help: "Regular expression (NSRegularExpression, case-insensitive).") var match: String
    @Flag(name: .long, help: "Show what would be coded; change nothing.") var dryRun = false

    func run() throws {
        let lang = selection.common.lang
        let coder = try coding.resolve(lang)!
        try selection.checkQuestion(question)
        let rule = try codingCommand(lang) { try CodingRule(match) }
        var project = try codingCommand(lang) { try CodingProject.open(data: selection.dataFolder, coder: coder) }
        guard let target = project.codebook.find(code) else {
            throw UserFacingError(description: lang.t("onbekende code ‘\(code)’; maak hem aan met: wijk codes add \"\(code)\"",
                                                      "unknown code ‘\(code)’; create it with: wijk codes add \"\(code)\""), exitCode: 2)
        }
        let answers = try selection.answers().answers.answers(question: question)
        // Answers are made one at a time and only the matching ones' keys are kept: a question
        // of a large corpus has a hundred thousand answers, and their texts stay on disk.
        var matching: [CodingTarget] = [], already = 0
        for a in answers where rule.matches(a.text) {
            matching.append(CodingTarget(a))
            if project.codes(of: a).contains(where: { $0.id == target.id && !$0.isStale }) { already += 1 }
            if dryRun { Console.out("\(a.key.interview)  \(Self.excerpt(a.text))\n") }
        }
        let name = target.name
        if dryRun {
            Console.out(lang.t("\(matching.count) van \(answers.count) antwoorden op ‘\(question)’ passen; \(matching.count - already) zouden ‘\(name)’ krijgen (proefdraai, niets gewijzigd)\n",
                               "\(matching.count) of \(answers.count) answers to ‘\(question)’ match; \(matching.count - already) would get ‘\(name)’ (dry run, nothing changed)\n"))
            return
        }
        let added = try codingCommand(lang) { try project.assign(target.id, to: matching, origin: .rule(match)) }
        Console.out(lang.t("\(matching.count) van \(answers.count) antwoorden op ‘\(question)’ passen; \(added) nieuw gecodeerd met ‘\(name)’ (codeur \(coder))\n",
                           "\(matching.count) of \(answers.count) answers to ‘\(question)’ match; \(added) newly coded with ‘\(name)’ (coder \(coder))\n"))
    }

    /// The start of an answer on one line.
    static func excerpt(_ text: String, _ limit: Int = 70) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count > limit ? String(flat.prefix(limit - 1)) + "…" : flat
    }
}
