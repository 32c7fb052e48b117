import Foundation

/// What can go wrong with codes and codings; `message` words it for the user.
public enum CodingError: Error, Sendable, Hashable {
    case unknownCode(String)
    case duplicateName(String)
    case emptyName
    case invalidColor(String)
    case invalidParent(String)
    /// A theme (a code with codes under it) cannot itself go under a theme.
    case themeCannotNest(String)
    case sameCode(String)
    case invalidCoder(String)
    /// A codebook or codings file that cannot be used, with why.
    case invalidFile(path: String, reason: String)
    case noSuchAnswer(AnswerKey)
    case invalidPattern(String)
    /// An import file in a shape that is not understood.
    case unreadableImport(String)

    public func message(_ lang: Lang) -> String {
        switch self {
        case .unknownCode(let c): return lang.t("onbekende code ‘\(c)’", "unknown code ‘\(c)’")
        case .duplicateName(let n): return lang.t("er is al een code ‘\(n)’", "there is already a code ‘\(n)’")
        case .emptyName: return lang.t("een code heeft een naam nodig", "a code needs a name")
        case .invalidColor(let c):
            return lang.t("kleur ‘\(c)’: gebruik #RRGGBB", "colour ‘\(c)’: use #RRGGBB")
        case .invalidParent(let p):
            return lang.t("thema ‘\(p)’ bestaat niet of is zelf een subcode", "theme ‘\(p)’ does not exist or is itself a subcode")
        case .themeCannotNest(let c):
            return lang.t("‘\(c)’ heeft zelf subcodes en kan niet onder een thema (één niveau)",
                          "‘\(c)’ has subcodes of its own and cannot go under a theme (one level)")
        case .sameCode(let c): return lang.t("een code samenvoegen met zichzelf kan niet (‘\(c)’)", "cannot merge a code into itself (‘\(c)’)")
        case .invalidCoder(let c):
            return lang.t("codeurnaam ‘\(c)’: 1 tot \(CoderName.maxLength) letters, cijfers, - en _",
                          "coder name ‘\(c)’: 1 to \(CoderName.maxLength) letters, digits, - and _")
        case let .invalidFile(path, reason):
            return lang.t("‘\(path)’ kan niet worden gebruikt: \(reason)", "‘\(path)’ cannot be used: \(reason)")
        case .noSuchAnswer(let key):
            return lang.t("geen antwoord op \(key.question) in interview \(key.interview)",
                          "no answer to \(key.question) in interview \(key.interview)")
        case .invalidPattern(let p):
            return lang.t("ongeldige reguliere expressie: \(p)", "invalid regular expression: \(p)")
        case .unreadableImport(let why):
            return lang.t("codeboek kan niet worden ingelezen: \(why)", "codebook cannot be imported: \(why)")
        }
    }
}

/// Coder names become file names (`<coder>.codings`): the id rule, shorter.
public enum CoderName {
    public static let maxLength = 64

    public static func isValid(_ name: String) -> Bool {
        name.utf8.count <= maxLength && ResponseID.isValid(name)
    }
}
