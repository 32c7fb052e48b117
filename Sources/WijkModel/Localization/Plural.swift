extension Lang {
    /// "1 probleem", "2 problemen" — a count with the right form in this language.
    /// Both languages put the number first and have one singular form (1), so a pair
    /// per language is all it takes.
    public func count(_ n: Int, _ nl: (one: String, many: String), _ en: (one: String, many: String)) -> String {
        let forms = self == .nl ? nl : en
        return "\(n) " + (n == 1 ? forms.one : forms.many)
    }
}

/// The nouns counted in messages, in one place so they read alike everywhere.
public enum Noun {
    public static let file = (nl: ("bestand", "bestanden"), en: ("file", "files"))
    public static let interview = (nl: ("interview", "interviews"), en: ("interview", "interviews"))
    public static let problem = (nl: ("probleem", "problemen"), en: ("problem", "problems"))
    public static let warning = (nl: ("waarschuwing", "waarschuwingen"), en: ("warning", "warnings"))
    public static let conflict = (nl: ("conflict", "conflicten"), en: ("conflict", "conflicts"))
    public static let match = (nl: ("treffer", "treffers"), en: ("match", "matches"))
    public static let argument = (nl: ("argument", "argumenten"), en: ("argument", "arguments"))
}

extension Lang {
    /// `count(n, Noun.problem)` and the like.
    public func count(_ n: Int, _ noun: (nl: (String, String), en: (String, String))) -> String {
        count(n, (noun.nl.0, noun.nl.1), (noun.en.0, noun.en.1))
    }
}
