import WijkModel

/// Everything a key can do in the results browser.
enum ResultsAction: Sendable, Hashable {
    case up, down, pageUp, pageDown, home, end
    case open, back, quit, help
    case filters, openAnswers, crossTab, switchVariant
    case search, nextMatch, previousMatch
    case previousValue, nextValue, apply, clearFilters
    case percentages, columnsLeft, columnsRight
    case compare, nextGrouping, progress
    /// Code the open answers (with `--coder`).
    case code
}

/// The key maps of the results screens, as data: footers and help are generated
/// from them, so they always say what the keys do.
enum ResultsKeys {
    typealias Map = KeyMap<ResultsAction>

    static let movement = Map([
        KeyBinding([.up, .character("k")], .up, nl: "omhoog", en: "up", showInFooter: false),
        KeyBinding([.down, .character("j")], .down, nl: "omlaag", en: "down", showInFooter: false),
        KeyBinding(.pageUp, .pageUp, nl: "pagina terug", en: "page up", showInFooter: false),
        KeyBinding([.pageDown, .character(" ")], .pageDown, nl: "pagina verder", en: "page down", showInFooter: false),
        KeyBinding(.home, .home, nl: "begin", en: "top", showInFooter: false),
        KeyBinding(.end, .end, nl: "einde", en: "bottom", showInFooter: false),
    ])

    /// Keys that work on every screen except while typing.
    static let global = Map([
        KeyBinding([.function(1), .character("?")], .help, nl: "Help", en: "Help", essential: true),
        KeyBinding(.character("f"), .filters, nl: "Filters", en: "Filters"),
        KeyBinding([.character("q"), .function(10), .ctrl("c")], .quit, nl: "Stoppen", en: "Quit", essential: true),
    ])

    static let list = Map([
        KeyBinding(.enter, .open, nl: "Openen", en: "Open"),
        KeyBinding(.character("v"), .progress, nl: "Voortgang", en: "Progress"),
    ]).appending(movement).appending(global)

    static let question = Map([
        KeyBinding(.enter, .open, nl: "Interviews", en: "Interviews"),
        KeyBinding(.character("o"), .openAnswers, nl: "Open antw.", en: "Open answers"),
        KeyBinding(.character("x"), .crossTab, nl: "Kruistabel", en: "Cross-tab"),
        KeyBinding(.character("g"), .compare, nl: "Per gemeente", en: "By municipality", short: (nl: "Per gem.", en: "By mun.")),
        KeyBinding([.escape, .left], .back, nl: "Terug", en: "Back", essential: true),
    ]).appending(movement).appending(global)

    static let comparison = Map([
        KeyBinding(.tab, .switchVariant, nl: "Andere variant", en: "Other variant"),
        KeyBinding(.character("b"), .nextGrouping, nl: "Gemeente/wijk/interviewer", en: "Municipality/area/interviewer",
                   short: (nl: "Groepen", en: "Groups")),
        KeyBinding(.left, .columnsLeft, nl: "groepen naar links", en: "groups left", showInFooter: false),
        KeyBinding([.right, .left], .columnsRight, nl: "Groepen", en: "Groups"),
        KeyBinding(.escape, .back, nl: "Terug", en: "Back", essential: true),
    ]).appending(movement).appending(global)

    static let progress = Map([
        KeyBinding([.escape, .left], .back, nl: "Terug", en: "Back", essential: true),
    ]).appending(movement).appending(global)

    static let openAnswers = Map([
        KeyBinding(.character("/"), .search, nl: "Zoeken", en: "Search"),
        KeyBinding(.character("n"), .nextMatch, nl: "Volgende", en: "Next"),
        KeyBinding(.character("N"), .previousMatch, nl: "Vorige", en: "Previous"),
        KeyBinding(.character("c"), .code, nl: "Coderen", en: "Code"),
        KeyBinding([.escape, .left], .back, nl: "Terug", en: "Back", essential: true),
    ]).appending(movement).appending(global)

    /// While typing a search: only these; every other printable key is text.
    static let searchInput = Map([
        KeyBinding(.enter, .apply, nl: "Zoeken", en: "Search"),
        KeyBinding(.escape, .back, nl: "Annuleren", en: "Cancel", essential: true),
        KeyBinding(.ctrl("c"), .quit, nl: "Stoppen", en: "Quit"),
    ])

    static let filters = Map([
        KeyBinding(.left, .previousValue, nl: "vorige waarde", en: "previous value", showInFooter: false),
        KeyBinding([.right, .left], .nextValue, nl: "Waarde kiezen", en: "Change value"),
        KeyBinding(.enter, .apply, nl: "Toepassen", en: "Apply"),
        KeyBinding(.delete, .clearFilters, nl: "Alles wissen", en: "Clear all"),
        KeyBinding(.escape, .back, nl: "Annuleren", en: "Cancel", essential: true),
        KeyBinding(.up, .up, nl: "vorig veld", en: "previous field", showInFooter: false),
        KeyBinding([.down, .tab], .down, nl: "volgend veld", en: "next field", showInFooter: false),
        KeyBinding([.function(1)], .help, nl: "Help", en: "Help", showInFooter: false),
        KeyBinding([.function(10), .ctrl("c")], .quit, nl: "Stoppen", en: "Quit", showInFooter: false),
    ])

    static let crossTab = Map([
        KeyBinding(.tab, .switchVariant, nl: "Andere variant", en: "Other variant"),
        KeyBinding(.character("p"), .percentages, nl: "Aantal/rij%/kolom%", en: "Count/row%/col%",
                   short: (nl: "%", en: "%")),
        KeyBinding(.left, .columnsLeft, nl: "kolommen naar links", en: "columns left", showInFooter: false),
        KeyBinding([.right, .left], .columnsRight, nl: "Kolommen", en: "Columns"),
        KeyBinding(.escape, .back, nl: "Terug", en: "Back", essential: true),
    ]).appending(movement).appending(global)

    static let interviews = Map([
        KeyBinding(.enter, .open, nl: "Interview", en: "Interview"),
        KeyBinding([.escape, .left], .back, nl: "Terug", en: "Back", essential: true),
    ]).appending(movement).appending(global)

    static let interview = Map([
        KeyBinding([.escape, .left], .back, nl: "Terug", en: "Back", essential: true),
    ]).appending(movement).appending(global)

    static let help = Map([
        KeyBinding([.escape, .enter, .function(1), .character("?")], .back, nl: "Sluiten", en: "Close", essential: true),
        KeyBinding([.character("q"), .function(10), .ctrl("c")], .quit, nl: "Stoppen", en: "Quit"),
    ]).appending(movement)
}
