/// What the walk found under the paths the user named (see `CorpusWalker`).
public struct CorpusListing: Sendable {
    /// Response files to read, in walk order (each folder's entries by name).
    public var files = PathList()
    /// Conflict copies (`*.conflict-*.json`): never read as the interview,
    /// always reported as an unresolved conflict.
    public var conflicts: [String] = []
    /// Paths that could not be used: missing, unreadable, links out of the
    /// named folders, loops. The commands list them with the invalid files.
    public var problems: [FileReport] = []

    public init() {}

    /// One report per conflict copy, for the commands' problem lists.
    public func conflictReports(_ lang: Lang) -> [FileReport] {
        conflicts.map { FileReport(file: $0, responseID: Self.conflictID($0), problems: [Self.conflictProblem(lang)]) }
    }

    /// The interview a conflict copy belongs to, from its name `<id>.conflict-<hash>.json`.
    static func conflictID(_ path: String) -> String? {
        let name = path.split(separator: "/").last ?? ""
        guard let range = name.range(of: ".conflict-") else { return nil }
        let id = String(name[..<range.lowerBound])
        return ResponseID.isValid(id) ? id : nil
    }

    /// The walk's problems and the conflict copies, by path.
    public func unusable(_ lang: Lang) -> [FileReport] {
        (problems + conflictReports(lang)).sorted { $0.file < $1.file }
    }

    static func conflictProblem(_ lang: Lang) -> Problem {
        Problem(path: "$", message: lang.t(
            "onopgelost conflict: een andere versie van hetzelfde interview, niet meegeteld; houd één versie met wijk merge --into <map> --resolve <id> --keep <bestand>",
            "unresolved conflict: another revision of the same interview, not counted; keep one revision with wijk merge --into <folder> --resolve <id> --keep <file>"))
    }
}
