import ArgumentParser
import Foundation
import WijkModel

/// `wijk codes list|add|export|import`: the project's codebook from the command line.
struct CodesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "codes", abstract: "The codebook for coding open answers: list, add, export, import.",
        subcommands: [CodesListCommand.self, CodesAddCommand.self, CodesExportCommand.self, CodesImportCommand.self])
}

/// Codebook commands change no codings: any coder name opens the project.
private func openProject(_ common: CommonOptions) throws -> CodingProject {
    try codingCommand(common.lang) { try CodingProject.open(data: common.dataDirectory, coder: "codebook") }
}

struct CodesListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "The codes, themes first with their codes.")
    @OptionGroup var common: CommonOptions

    func run() throws {
        let book = try openProject(common).codebook
        if book.codes.isEmpty { Console.out(common.lang.t("Het codeboek is leeg.\n", "The codebook is empty.\n")); return }
        for c in book.outline {
            Console.out((c.parent == nil ? "" : "  ") + "\(c.id)  \(c.name)" + (c.description.isEmpty ? "" : " — \(c.description)") + "\n")
        }
    }
}

struct CodesAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a code to the codebook.")
    @Argument(help: "The code's name.") var name: String
    @Option(name: .long, help: "Description.") var description: String = ""
    @Option(name: .long, help: "Theme (a top-level code's id or name) to put it under.") var parent: String?
    @Option(name: .long, help: "Colour as #RRGGBB.") var color: String?
    @OptionGroup var common: CommonOptions

    func run() throws {
        var project = try openProject(common)
        let lang = common.lang
        let theme = try parent.map { p -> String in
            guard let code = project.codebook.find(p) else { throw CodingError.invalidParent(p).asUsage(lang) }
            return code.id
        }
        let code = try codingCommand(lang) { try project.createCode(name: name, description: description, parent: theme, color: color) }
        Console.out(lang.t("Code ‘\(code.name)’ toegevoegd (id \(code.id))\n", "Code ‘\(code.name)’ added (id \(code.id))\n"))
    }
}

struct CodesExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "The codebook as REFI-QDA .qdc (ATLAS.ti, MAXQDA, NVivo, QualCoder) or CSV.")
    enum Format: String, ExpressibleByArgument, CaseIterable { case qdc, csv }
    @Option(help: "qdc (default) or csv.") var format: Format = .qdc
    @Option(name: .shortAndLong, help: "Output file.") var output: String
    @OptionGroup var common: CommonOptions

    func run() throws {
        let lang = common.lang
        let book = try openProject(common).codebook
        guard !book.codes.isEmpty else {
            throw UserFacingError(description: lang.t("Het codeboek is leeg: niets te exporteren", "The codebook is empty: nothing to export"))
        }
        let text = format == .qdc ? QDCCodebook.write(book) : CodebookCSV.write(book)
        let url = URL(fileURLWithPath: output)
        try codingCommand(lang) {
            try OutputTarget.check(url)
            AtomicFile.removeStaleTemporaries(in: url.deletingLastPathComponent(), for: url.lastPathComponent)
            try AtomicFile.write(Data(text.utf8), to: url, mode: 0o644)
        }
        Console.error(lang.t("\(book.codes.count) codes geëxporteerd naar \(output)", "\(book.codes.count) codes exported to \(output)"))
    }
}

struct CodesImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Add the codes of a .qdc (REFI-QDA) or .csv codebook (Taguette, Wijk); codes already there stay as they are.")
    @Argument(help: "FILE.qdc or FILE.csv") var file: String
    @OptionGroup var common: CommonOptions

    func run() throws {
        let lang = common.lang
        guard let data = FileManager.default.contents(atPath: file) else {
            throw UserFacingError(description: lang.t("‘\(file)’ kan niet worden gelezen", "‘\(file)’ cannot be read"))
        }
        var project = try openProject(common)
        let outcome = try codingCommand(lang) {
            let lower = file.lowercased()
            // By name, else by content: XML starts with "<" after any byte order mark and white space.
            let start = data.drop { [0xEF, 0xBB, 0xBF, 0x20, 0x09, 0x0A, 0x0D].contains($0) }.first
            let xml = lower.hasSuffix(".qdc") || lower.hasSuffix(".qde") || lower.hasSuffix(".xml") || start == UInt8(ascii: "<")
            let codes = xml ? try QDCCodebook.read(data) : try CodebookCSV.read(data)
            return try project.importCodes(codes)
        }
        var line = lang.t("\(outcome.added) codes toegevoegd, \(outcome.existing) bestonden al",
                          "\(outcome.added) codes added, \(outcome.existing) already there")
        if outcome.flattened > 0 {
            line += lang.t("; \(outcome.flattened) diepere codes onder hun hoofdthema gezet (Wijk kent één niveau)",
                           "; \(outcome.flattened) deeper codes put under their top theme (Wijk has one level)")
        }
        Console.out(line + "\n")
    }
}

extension CodingError {
    func asUsage(_ lang: Lang) -> UserFacingError { UserFacingError(description: message(lang), exitCode: 2) }
}
