/// Text attributes that work on every terminal, colour or not.
public struct TextAttributes: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = TextAttributes(rawValue: 1 << 0)
    public static let reverse = TextAttributes(rawValue: 1 << 1)
    public static let underline = TextAttributes(rawValue: 1 << 2)
    public static let dim = TextAttributes(rawValue: 1 << 3)
}

/// How one cell is drawn: a semantic colour role plus explicit attributes.
public struct Style: Sendable, Hashable {
    public var role: ColorRole
    public var attributes: TextAttributes

    public init(_ role: ColorRole = .normal, _ attributes: TextAttributes = []) {
        self.role = role
        self.attributes = attributes
    }

    public static let normal = Style()
    public static let title = Style(.title, .bold)
    public static let accent = Style(.accent)
    public static let muted = Style(.muted)
    public static let error = Style(.error, .bold)
    public static let warning = Style(.warning)
    public static let success = Style(.success)
    public static let selection = Style(.selection)

    public var bold: Bool { attributes.contains(.bold) }
    public var reverse: Bool { attributes.contains(.reverse) }
    public var underline: Bool { attributes.contains(.underline) }
    public var dim: Bool { attributes.contains(.dim) }

    /// This style with extra attributes switched on.
    public func adding(_ extra: TextAttributes) -> Style {
        Style(role, attributes.union(extra))
    }
}
