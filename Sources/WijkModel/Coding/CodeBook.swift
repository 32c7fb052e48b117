import Foundation

/// A project's codebook: codes in the order the researcher made them, at
/// most one level of themes (a code's `parent` is a top-level code).
/// Named after REFI-QDA's `CodeBook` (the questionnaire's `Codebook` is another thing).
///
/// Only the codes live here; changes that must reach the codings too (merge,
/// delete) go through `CodingProject`, which rewrites every coder's file.
public struct CodeBook: Sendable, Hashable {
    public private(set) var codes: [Code]

    public init(codes: [Code] = []) { self.codes = codes }

    public func code(_ id: String) -> Code? { codes.first { $0.id == id } }

    /// A code by id, else by name (case-insensitive): what `--code` accepts.
    public func find(_ idOrName: String) -> Code? {
        code(idOrName) ?? codes.first { $0.name.compare(idOrName, options: [.caseInsensitive]) == .orderedSame }
    }

    /// The codes under theme `id`.
    public func children(of id: String) -> [Code] { codes.filter { $0.parent == id } }

    /// Top-level codes each followed by its children: the order lists and tables show.
    public var outline: [Code] {
        codes.filter { $0.parent == nil }.flatMap { [$0] + children(of: $0.id) }
            + codes.filter { c in c.parent != nil && code(c.parent!) == nil }
    }

    // MARK: - Changes

    /// Adds a code with an id made from its name; returns it.
    @discardableResult
    public mutating func create(name: String, description: String = "", parent: String? = nil,
                                color: String? = nil, guid: String? = nil) throws(CodingError) -> Code {
        let name = try checkedName(name, except: nil)
        if let color, !CodeID.isColor(color) { throw .invalidColor(color) }
        if let parent { try checkParent(parent, for: nil) }
        let code = Code(id: uniqueID(CodeID.slug(name)), guid: guid ?? UUID().uuidString.lowercased(), name: name,
                        description: description, parent: parent, color: color?.uppercased())
        codes.append(code)
        return code
    }

    /// Adds a code as it is (an import); its id must be valid and new.
    mutating func insert(_ code: Code) throws(CodingError) {
        guard CodeID.isValid(code.id), self.code(code.id) == nil else { throw .invalidFile(path: code.id, reason: "id") }
        codes.append(code)
    }

    public mutating func rename(_ id: String, to name: String) throws(CodingError) {
        let i = try index(id)
        codes[i].name = try checkedName(name, except: id)
    }

    public mutating func describe(_ id: String, _ description: String) throws(CodingError) {
        codes[try index(id)].description = description
    }

    public mutating func setColor(_ id: String, _ color: String?) throws(CodingError) {
        if let color, !CodeID.isColor(color) { throw .invalidColor(color) }
        codes[try index(id)].color = color?.uppercased()
    }

    /// Puts code `id` under theme `parent` (nil: top level).
    public mutating func setParent(_ id: String, _ parent: String?) throws(CodingError) {
        let i = try index(id)
        if let parent { try checkParent(parent, for: id) }
        codes[i].parent = parent
    }

    /// Removes `from`; its subcodes go under `into` (or `into`'s theme, one level).
    /// The codings are `CoderCodings.merge`'s.
    mutating func merge(_ from: String, into: String) throws(CodingError) {
        guard from != into else { throw .sameCode(from) }
        let target = codes[try index(into)]
        let i = try index(from)
        // Merging a theme into one of its own subcodes lifts that subcode to the top.
        let targetParent = target.parent == from ? nil : target.parent
        let newParent = targetParent ?? into
        for j in codes.indices where codes[j].parent == from { codes[j].parent = codes[j].id == into ? nil : newParent }
        codes.remove(at: i)
    }

    /// Removes `id`; its subcodes move to the top level (never deleted with it).
    mutating func delete(_ id: String) throws(CodingError) {
        let i = try index(id)
        for j in codes.indices where codes[j].parent == id { codes[j].parent = nil }
        codes.remove(at: i)
    }

    // MARK: - Rules

    private func index(_ id: String) throws(CodingError) -> Int {
        guard let i = codes.firstIndex(where: { $0.id == id }) else { throw .unknownCode(id) }
        return i
    }

    private func checkedName(_ name: String, except id: String?) throws(CodingError) -> String {
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw .emptyName }
        if codes.contains(where: { $0.id != id && $0.name.compare(name, options: [.caseInsensitive]) == .orderedSame }) {
            throw .duplicateName(name)
        }
        return name
    }

    /// `parent` must be a top-level code other than `id`, and `id` must have no subcodes.
    private func checkParent(_ parent: String, for id: String?) throws(CodingError) {
        guard let theme = code(parent), theme.parent == nil, theme.id != id else { throw .invalidParent(parent) }
        if let id, !children(of: id).isEmpty { throw .themeCannotNest(id) }
    }

    private func uniqueID(_ base: String) -> String {
        var id = base, n = 2
        while code(id) != nil { id = "\(base)_\(n)"; n += 1 }
        return id
    }
}
