import WijkModel

/// Everything a key can do while coding open answers.
enum CodingAction: Sendable, Hashable {
    case up, down, pageUp, pageDown, home, end
    case back, quit, help
    // The pager.
    case mark, unmarkAll, pick, quickCode, confirmStale, discardStale
    case filterUncoded, filterStale, filterCode, filterVariant, clearFilter
    case codebook, tables, compare, disagreements
    // Lists, prompts and questions.
    case choose, toggleStay, newCode, rename, merge, delete, switchView, yes, no
}

/// The coding screens' key maps, as data: footers and the help overlay are made from them.
enum CodingKeys {
    typealias Map = KeyMap<CodingAction>

    static let movement = Map([
        KeyBinding([.up, .character("k")], .up, nl: "vorige", en: "previous", showInFooter: false),
        KeyBinding([.down, .character("j")], .down, nl: "volgende", en: "next", showInFooter: false),
        KeyBinding(.pageUp, .pageUp, nl: "pagina terug", en: "page up", showInFooter: false),
        KeyBinding(.pageDown, .pageDown, nl: "pagina verder", en: "page down", showInFooter: false),
        KeyBinding(.home, .home, nl: "begin", en: "top", showInFooter: false),
        KeyBinding(.end, .end, nl: "einde", en: "bottom", showInFooter: false),
    ])

    static let global = Map([
        KeyBinding([.function(1), .character("?")], .help, nl: "Help", en: "Help", essential: true),
        KeyBinding([.character("q"), .function(10), .ctrl("c")], .quit, nl: "Stoppen", en: "Quit", showInFooter: false),
    ])

    /// The digits that toggle the first nine codes of the codebook.
    static let digits: [Key] = (1...9).map { .character(Character(String($0))) }

    static let pager = Map([
        KeyBinding([.enter, .character("c")], .pick, nl: "Codes", en: "Codes", rank: 1),
        KeyBinding(.character(" "), .mark, nl: "Markeren", en: "Mark", rank: 2),
        KeyBinding(digits, .quickCode, nl: "code 1–9 aan/uit", en: "code 1–9 on/off", showInFooter: false),
        KeyBinding(.character("u"), .filterUncoded, nl: "Niet gecodeerd", en: "Uncoded",
                   short: (nl: "Open", en: "Uncoded"), rank: 3),
        KeyBinding(.character("="), .filterCode, nl: "Filter op code", en: "Filter by code",
                   short: (nl: "Per code", en: "By code"), rank: 6),
        KeyBinding(.character("v"), .filterVariant, nl: "Variant", en: "Variant", rank: 7),
        KeyBinding(.character("h"), .filterStale, nl: "Te herzien", en: "To review", rank: 8),
        KeyBinding(.character("0"), .clearFilter, nl: "filters uit", en: "filters off", showInFooter: false),
        KeyBinding(.character("a"), .confirmStale, nl: "herziene codes kloppen nog", en: "reviewed codes still apply",
                   showInFooter: false),
        KeyBinding(.character("X"), .discardStale, nl: "herziene codes vervallen", en: "drop codes under review",
                   showInFooter: false),
        KeyBinding(.character("t"), .tables, nl: "Tabellen", en: "Tables", rank: 4),
        KeyBinding(.character("b"), .codebook, nl: "Codeboek", en: "Codebook", rank: 5),
        KeyBinding(.character("w"), .compare, nl: "Vergelijk coder", en: "Compare coder", rank: 9),
        KeyBinding(.character("d"), .disagreements, nl: "alleen verschillen (bij vergelijken)",
                   en: "differences only (when comparing)", showInFooter: false),
        KeyBinding(.escape, .back, nl: "Terug", en: "Back", essential: true),
    ]).appending(movement).appending(global)

    /// The code picker: every printable key is typed into its filter.
    static let picker = Map([
        KeyBinding(.enter, .choose, nl: "Kiezen", en: "Choose", essential: true),
        KeyBinding(.tab, .toggleStay, nl: "Aan/uit, open blijven", en: "Toggle, stay open"),
        KeyBinding(.escape, .back, nl: "Sluiten", en: "Close", essential: true),
        KeyBinding(.up, .up, nl: "vorige", en: "previous", showInFooter: false),
        KeyBinding(.down, .down, nl: "volgende", en: "next", showInFooter: false),
        KeyBinding(.ctrl("c"), .quit, nl: "Stoppen", en: "Quit", showInFooter: false),
    ])

    static let codebook = Map([
        KeyBinding(.enter, .choose, nl: "Citaten", en: "Quotes", rank: 5),
        KeyBinding(.character("n"), .newCode, nl: "Nieuw", en: "New", rank: 4),
        KeyBinding(.character("r"), .rename, nl: "Hernoemen", en: "Rename", rank: 1),
        KeyBinding(.character("m"), .merge, nl: "Samenvoegen", en: "Merge", rank: 2),
        KeyBinding(.delete, .delete, nl: "Verwijderen", en: "Delete", rank: 3),
        KeyBinding(.escape, .back, nl: "Terug", en: "Back", essential: true),
    ]).appending(movement).appending(global)

    static let tables = Map([
        KeyBinding(.enter, .choose, nl: "Citaten", en: "Quotes"),
        KeyBinding(.tab, .switchView, nl: "Andere tabel", en: "Other table"),
        KeyBinding(.escape, .back, nl: "Terug", en: "Back", essential: true),
    ]).appending(movement).appending(global)

    /// A one-line prompt (a code's name): every printable key is text.
    static let prompt = Map([
        KeyBinding(.enter, .choose, nl: "Opslaan", en: "Save", essential: true),
        KeyBinding(.escape, .back, nl: "Annuleren", en: "Cancel", essential: true),
        KeyBinding(.ctrl("c"), .quit, nl: "Stoppen", en: "Quit", showInFooter: false),
    ])

    static let confirm = Map([
        KeyBinding([.character("j"), .character("y")], .yes, nl: "Ja", en: "Yes", essential: true),
        KeyBinding([.character("n"), .escape], .no, nl: "Nee", en: "No", essential: true),
        KeyBinding(.ctrl("c"), .quit, nl: "Stoppen", en: "Quit", showInFooter: false),
    ])

    static let help = Map([
        KeyBinding([.escape, .enter, .function(1), .character("?")], .back, nl: "Sluiten", en: "Close", essential: true),
        KeyBinding([.character("q"), .function(10), .ctrl("c")], .quit, nl: "Stoppen", en: "Quit"),
    ]).appending(movement)
}
