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

    /// One line "F2 Opslaan  Ctrl-Q Stoppen" of the footer bindings (first key of each),
    /// in order, leaving out whole entries that no longer fit in `width` columns.
    public func footer(_ lang: Lang, width: Int) -> String {
        var line = ""
        var used = 0
        for binding in bindings where binding.showInFooter {
            guard let key = binding.keys.first else { continue }
            let item = "\(key.name) \(binding.help(lang))"
            let itemWidth = TextWidth.of(item) + (line.isEmpty ? 0 : 2)
            if used + itemWidth > width { break }
            line += (line.isEmpty ? "" : "  ") + item
            used += itemWidth
        }
        return line
    }

    /// Every binding as (all key names, help text), for the help screen.
    public func helpLines(_ lang: Lang) -> [(keys: String, text: String)] {
        bindings.filter { !$0.keys.isEmpty }.map { (keys: $0.keyNames, text: $0.help(lang)) }
    }
}

extension KeyMap: Sendable where Action: Sendable {}
