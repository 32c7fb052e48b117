/// Why a response file could not be read.
public enum ResponseFileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file is not valid JSON.
    case syntax(JSONParseError)
    /// The file was written by a newer Wijk; reading it could lose data.
    case newerFormatVersion(found: Int, supported: Int)
    /// Valid JSON, but not a valid response. The problems' messages are in the
    /// language that was passed to `ResponseDecoder.decode`.
    case invalid([Problem])

    /// One line describing the error.
    public func message(_ lang: Lang) -> String {
        switch self {
        case .syntax(let error):
            return lang.t("ongeldige JSON: ", "invalid JSON: ") + error.message(lang)
        case .newerFormatVersion(let found, let supported):
            return ResponseDecoder.newerVersionMessage(found: found, supported: supported, lang)
        case .invalid(let problems):
            guard let first = problems.first else {
                return lang.t("ongeldig antwoordbestand", "invalid response file")
            }
            let more = problems.count - 1
            switch more {
            case 0: return first.description
            case 1: return first.description + lang.t(" (en nog 1 probleem)", " (and 1 more problem)")
            default: return first.description + lang.t(" (en nog \(more) problemen)", " (and \(more) more problems)")
            }
        }
    }

    /// The Dutch message (the default interface language).
    public var description: String { message(.nl) }
}
