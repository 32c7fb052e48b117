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

    public init(_ keys: [Key], _ action: Action, nl: String, en: String, showInFooter: Bool = true,
                essential: Bool = false) {
        self.keys = keys
        self.action = action
        self.helpNL = nl
        self.helpEN = en
        self.showInFooter = showInFooter
        self.isEssential = essential
    }

    public init(_ key: Key, _ action: Action, nl: String, en: String, showInFooter: Bool = true,
                essential: Bool = false) {
        self.init([key], action, nl: nl, en: en, showInFooter: showInFooter, essential: essential)
    }

    /// The help text in `lang`.
    public func help(_ lang: Lang) -> String { lang.t(helpNL, helpEN) }

    /// All key names, e.g. "Tab/↓".
    public var keyNames: String { keys.map(\.name).joined(separator: "/") }
}

extension KeyBinding: Sendable where Action: Sendable {}
