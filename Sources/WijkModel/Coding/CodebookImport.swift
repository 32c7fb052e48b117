/// A code read from another tool's codebook (REFI-QDA `.qdc`, a CSV), with its subcodes.
public struct ImportedCode: Sendable, Hashable {
    public var name: String
    public var description: String
    public var color: String?
    public var guid: String?
    public var children: [ImportedCode]

    public init(name: String, description: String = "", color: String? = nil, guid: String? = nil,
                children: [ImportedCode] = []) {
        self.name = name; self.description = description; self.color = color; self.guid = guid
        self.children = children
    }
}

/// Adding imported codes to a codebook.
public enum CodebookImport {
    public struct Outcome: Sendable, Hashable {
        /// Codes created.
        public var added = 0
        /// Codes already there (same guid, else same name): left as they are.
        public var existing = 0
        /// Codes nested deeper than one level, put under their top-level theme.
        public var flattened = 0
    }

    /// A code is the one already there with its guid, else its name (case-insensitive);
    /// new codes are created under the theme they had. Wijk keeps one level of
    /// themes, so deeper codes go under their top-level ancestor. Colours that
    /// are not `#RRGGBB` are left out.
    @discardableResult
    static func merge(_ imported: [ImportedCode], into book: inout CodeBook) throws(CodingError) -> Outcome {
        var outcome = Outcome()
        func place(_ item: ImportedCode, parent: String?, depth: Int) throws(CodingError) {
            let name = item.name.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !name.isEmpty else {
                for child in item.children { try place(child, parent: parent, depth: depth) }
                return
            }
            let id: String
            if let known = book.codes.first(where: { item.guid != nil && $0.guid.lowercased() == item.guid!.lowercased() })
                ?? book.find(name) {
                id = known.id
                outcome.existing += 1
            } else {
                if depth > 1 { outcome.flattened += 1 }
                let color = item.color.map { $0.uppercased() }.flatMap { CodeID.isColor($0) ? $0 : nil }
                let guid = item.guid.flatMap { $0.isEmpty ? nil : $0 }
                let usable = parent.flatMap { book.code($0)?.parent == nil ? $0 : nil }
                id = try book.create(name: name, description: item.description, parent: usable, color: color, guid: guid).id
                outcome.added += 1
            }
            // Children go under this code if it is top level, else under its theme.
            let theme = book.code(id)?.parent ?? id
            for child in item.children { try place(child, parent: theme, depth: depth + 1) }
        }
        for item in imported { try place(item, parent: nil, depth: 0) }
        return outcome
    }
}
