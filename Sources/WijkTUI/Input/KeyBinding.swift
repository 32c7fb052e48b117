import WijkModel

/// One entry of a key map: which keys, what they do, and how help describes it.
///
/// The footer and the help screen are both generated from these, so they cannot drift
/// from what the keys actually do.
public struct KeyBinding<Action> {
    public var keys: [Key]
    public var action: Action
    public var helpNL: String
    public var helpEN: String
    /// Shown in the one-line footer (the help screen lists every binding).
    public var showInFooter: Bool
    /// The way out (leave, back, help): kept in the footer however narrow it is,
    /// other entries make room for it.
    public var isEssential: Bool
    /// A shorter footer label, used when a narrow footer would otherwise drop a core entry.
    public var shortNL: String?
    public var shortEN: String?
    /// Which footer entries get the room first after the essential ones (lower first);
    /// nil: in map order after the ranked ones. Ranks up to `KeyMap.coreRank` are core:
    /// when one does not fit with the full labels, the footer switches to short labels.
    public var footerRank: Int?

    public init(_ keys: [Key], _ action: Action, nl: String, en: String, showInFooter: Bool = true,
                essential: Bool = false, short: (nl: String, en: String)? = nil, rank: Int? = nil) {
        self.keys = keys
        self.action = action
        self.helpNL = nl
        self.helpEN = en
        self.showInFooter = showInFooter
        self.isEssential = essential
        self.shortNL = short?.nl
        self.shortEN = short?.en
        self.footerRank = rank
    }

    public init(_ key: Key, _ action: Action, nl: String, en: String, showInFooter: Bool = true,
                essential: Bool = false, short: (nl: String, en: String)? = nil, rank: Int? = nil) {
        self.init([key], action, nl: nl, en: en, showInFooter: showInFooter, essential: essential,
                  short: short, rank: rank)
    }

    /// The help text in `lang`.
    public func help(_ lang: Lang) -> String { lang.t(helpNL, helpEN) }

    /// The footer label: the help text, or its short form.
    public func label(_ lang: Lang, short: Bool) -> String {
        guard short else { return help(lang) }
        return lang == .nl ? shortNL ?? helpNL : shortEN ?? helpEN
    }

    /// All key names, e.g. "Tab/↓".
    public var keyNames: String { keys.map(\.name).joined(separator: "/") }
}

extension KeyBinding: Sendable where Action: Sendable {}
