import WijkModel

/// An ordered list of key bindings: looks up actions and generates footer and help.
public struct KeyMap<Action> {
    public var bindings: [KeyBinding<Action>]

    public init(_ bindings: [KeyBinding<Action>]) { self.bindings = bindings }

    /// The action of the first binding that lists `key`.
    public func action(for key: Key) -> Action? {
        for binding in bindings where binding.keys.contains(key) { return binding.action }
        return nil
    }

    /// This map followed by `other` (earlier bindings win on lookup), e.g. screen keys
    /// plus global keys.
    public func appending(_ other: KeyMap<Action>) -> KeyMap<Action> {
        KeyMap(bindings + other.bindings)
    }

    /// Footer ranks up to this one are core entries (see `KeyBinding.footerRank`).
    public static var coreRank: Int { 3 }

    /// One line "F2 Opslaan  Ctrl-Q Stoppen" of the footer bindings (first key of each),
    /// in map order. When not all fit in `width` columns, essential entries (the way out)
    /// stay, then the ranked ones by rank, then the rest in order, until the next one no
    /// longer fits. When a core entry would be left out, short labels are used instead.
    public func footer(_ lang: Lang, width: Int) -> String {
        let full = footerLine(lang, width: width, short: false)
        return full.droppedCore ? footerLine(lang, width: width, short: true).text : full.text
    }

    private func footerLine(_ lang: Lang, width: Int, short: Bool) -> (text: String, droppedCore: Bool) {
        let items: [(text: String, essential: Bool, rank: Int?)] = bindings.compactMap { binding in
            guard binding.showInFooter, let key = binding.keys.first else { return nil }
            return ("\(key.name) \(binding.label(lang, short: short))", binding.isEssential, binding.footerRank)
        }
        var chosen = Array(repeating: false, count: items.count)
        var used = 0
        func fits(_ i: Int) -> Bool {
            let extra = TextWidth.of(items[i].text) + (used == 0 ? 0 : 2)
            guard used + extra <= width else { return false }
            used += extra
            chosen[i] = true
            return true
        }
        for i in items.indices where items[i].essential { _ = fits(i) }
        let rest = items.indices.filter { !items[$0].essential }
            .sorted { (items[$0].rank ?? Int.max, $0) < (items[$1].rank ?? Int.max, $1) }
        for i in rest {
            if !fits(i) { break }
        }
        let droppedCore = items.indices.contains { !chosen[$0] && (items[$0].rank ?? Int.max) <= Self.coreRank }
        return (items.indices.filter { chosen[$0] }.map { items[$0].text }.joined(separator: "  "), droppedCore)
    }

    /// Every binding as (all key names, help text), for the help screen.
    public func helpLines(_ lang: Lang) -> [(keys: String, text: String)] {
        bindings.filter { !$0.keys.isEmpty }.map { (keys: $0.keyNames, text: $0.help(lang)) }
    }
}

extension KeyMap: Sendable where Action: Sendable {}
