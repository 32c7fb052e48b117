import Foundation

/// Coding as one coder does it: the codebook and this coder's codings of a
/// data folder, every change saved at once (atomically, 0600).
///
/// Each change takes the folder's lock, re-reads a file another program
/// changed meanwhile (a second coder's codebook edit, `wijk code auto`),
/// applies itself and saves, so nobody's change is lost. Merging and deleting
/// codes rewrite every coder's codings first and the codebook last: a crash
/// in between leaves a code without codings, never codings without a code.
public struct CodingProject: Sendable {
    public let folder: CodingFolder
    public let coder: String
    public private(set) var codebook: CodeBook
    public private(set) var codings: CoderCodings
    private var codebookStamp: FileStamp?
    private var codingsStamp: FileStamp?

    /// Opens (without creating anything) the coding of data folder `data` for `coder`.
    public static func open(data: URL, coder: String) throws -> CodingProject {
        let folder = CodingFolder(data: data)
        guard CoderName.isValid(coder) else { throw CodingError.invalidCoder(coder) }
        return CodingProject(folder: folder, coder: coder, codebook: try folder.loadCodebook(),
                             codings: try folder.loadCodings(coder),
                             codebookStamp: folder.stamp(folder.codebookURL),
                             codingsStamp: folder.stamp(folder.codingsURL(coder)))
    }

    // MARK: - Reading

    /// The codes on an answer, in codebook order (unknown codes last), each
    /// marked stale when the answer's text changed since it was applied.
    public func codes(of answer: CodableAnswer) -> [AppliedCode] {
        AppliedCode.list(codings.codings(answer.key), answer: answer, codebook: codebook)
    }

    /// How many of `answers` have a current coding, and how many a stale one.
    public func progress(_ answers: [CodableAnswer]) -> CodingProgress {
        CodingProgress(answers, codings: codings)
    }

    // MARK: - The codebook

    @discardableResult
    public mutating func createCode(name: String, description: String = "", parent: String? = nil,
                                    color: String? = nil) throws -> Code {
        var made: Code?
        try changeCodebook { book in made = try book.create(name: name, description: description, parent: parent, color: color) }
        return made!
    }

    public mutating func renameCode(_ id: String, to name: String) throws {
        try changeCodebook { try $0.rename(id, to: name) }
    }

    public mutating func describeCode(_ id: String, _ description: String) throws {
        try changeCodebook { try $0.describe(id, description) }
    }

    public mutating func setColor(_ id: String, _ color: String?) throws {
        try changeCodebook { try $0.setColor(id, color) }
    }

    public mutating func setParent(_ id: String, _ parent: String?) throws {
        try changeCodebook { try $0.setParent(id, parent) }
    }

    /// Merges code `from` into `into` for every coder (their codings follow).
    public mutating func mergeCode(_ from: String, into: String) throws {
        try everyCoder(checking: { book in
            guard from != into else { throw CodingError.sameCode(from) }
            guard book.code(from) != nil else { throw CodingError.unknownCode(from) }
            guard book.code(into) != nil else { throw CodingError.unknownCode(into) }
        }, codings: { $0.merge(from, into: into) }, codebook: { try $0.merge(from, into: into) })
    }

    /// Deletes a code and, for every coder, its codings (the caller confirms first).
    public mutating func deleteCode(_ id: String) throws {
        try everyCoder(checking: { book in
            guard book.code(id) != nil else { throw CodingError.unknownCode(id) }
        }, codings: { $0.delete(id) }, codebook: { try $0.delete(id) })
    }

    /// Replaces the codebook by an imported one merged in (`CodebookImport`).
    public mutating func importCodes(_ imported: [ImportedCode]) throws -> CodebookImport.Outcome {
        var outcome = CodebookImport.Outcome()
        try changeCodebook { book in outcome = try CodebookImport.merge(imported, into: &book) }
        return outcome
    }

    // MARK: - This coder's codings

    public mutating func assign(_ code: String, to answer: CodableAnswer, origin: CodingOrigin = .manual) throws {
        try changeCodings { codings, book in
            guard book.code(code) != nil else { throw CodingError.unknownCode(code) }
            codings.assign(code, to: answer.key, fingerprint: answer.fingerprint, origin: origin)
        }
    }

    /// Assigns one code to many answers in one save (`wijk code auto`); returns how many were new.
    @discardableResult
    public mutating func assign(_ code: String, to answers: [CodableAnswer], origin: CodingOrigin) throws -> Int {
        try assign(code, to: answers.map(CodingTarget.init), origin: origin)
    }

    /// `assign(_:to:origin:)` for answers known by key and fingerprint only (their texts not kept).
    @discardableResult
    public mutating func assign(_ code: String, to answers: [CodingTarget], origin: CodingOrigin) throws -> Int {
        var added = 0
        try changeCodings { codings, book in
            guard book.code(code) != nil else { throw CodingError.unknownCode(code) }
            for a in answers where codings.assign(code, to: a.key, fingerprint: a.fingerprint, origin: origin) { added += 1 }
        }
        return added
    }

    public mutating func remove(_ code: String, from answer: CodableAnswer) throws {
        try changeCodings { codings, _ in codings.remove(code, from: answer.key) }
    }

    /// Review of an edited answer: its codes still apply to the new text.
    public mutating func confirm(_ answer: CodableAnswer) throws {
        try changeCodings { codings, _ in codings.confirm(answer.key, fingerprint: answer.fingerprint) }
    }

    /// Review of an edited answer: its stale codes are dropped.
    public mutating func discardStale(_ answer: CodableAnswer) throws {
        try changeCodings { codings, _ in codings.discardStale(answer.key, fingerprint: answer.fingerprint) }
    }

    /// Reads both files again (after another program changed them).
    public mutating func reload() throws {
        codebook = try folder.loadCodebook(); codebookStamp = folder.stamp(folder.codebookURL)
        codings = try folder.loadCodings(coder); codingsStamp = folder.stamp(folder.codingsURL(coder))
    }

    // MARK: - Saving

    private mutating func refresh() throws {
        if folder.stamp(folder.codebookURL) != codebookStamp {
            codebook = try folder.loadCodebook(); codebookStamp = folder.stamp(folder.codebookURL)
        }
        if folder.stamp(folder.codingsURL(coder)) != codingsStamp {
            codings = try folder.loadCodings(coder); codingsStamp = folder.stamp(folder.codingsURL(coder))
        }
    }

    private mutating func changeCodebook(_ change: (inout CodeBook) throws -> Void) throws {
        try folder.locked {
            try refresh()
            var book = codebook
            try change(&book)
            guard book != codebook else { return }
            try folder.save(book)
            codebook = book; codebookStamp = folder.stamp(folder.codebookURL)
        }
    }

    private mutating func changeCodings(_ change: (inout CoderCodings, CodeBook) throws -> Void) throws {
        try folder.locked {
            try refresh()
            var mine = codings
            try change(&mine, codebook)
            guard mine.generation != codings.generation else { return }
            try folder.save(mine)
            codings = mine; codingsStamp = folder.stamp(folder.codingsURL(coder))
        }
    }

    /// A change of every coder's codings, then of the codebook, under one lock.
    private mutating func everyCoder(checking: (CodeBook) throws -> Void,
                                     codings change: (inout CoderCodings) -> Bool,
                                     codebook changeBook: (inout CodeBook) throws -> Void) throws {
        try folder.locked {
            try refresh()
            try checking(codebook)
            var book = codebook
            try changeBook(&book)
            // Every file is read before any is written: one unreadable file stops the change untouched.
            var all = try folder.coders().filter { $0 != coder }.map(folder.loadCodings)
            all.append(codings)
            for i in all.indices where change(&all[i]) { try folder.save(all[i]) }
            codings = all.last!; codingsStamp = folder.stamp(folder.codingsURL(coder))
            try folder.save(book)
            codebook = book; codebookStamp = folder.stamp(folder.codebookURL)
        }
    }
}

/// A code as it sits on one answer.
public struct AppliedCode: Sendable, Hashable {
    public var id: String
    /// Nil when the codebook no longer has it (kept, shown, never dropped silently).
    public var code: Code?
    public var origin: CodingOrigin
    /// The answer's text changed since the code was applied: to review.
    public var isStale: Bool

    static func list(_ codings: [Coding], answer: CodableAnswer, codebook: CodeBook) -> [AppliedCode] {
        let order = Dictionary(uniqueKeysWithValues: codebook.outline.enumerated().map { ($1.id, $0) })
        return codings.map { AppliedCode(id: $0.code, code: codebook.code($0.code), origin: $0.origin,
                                         isStale: $0.fingerprint != answer.fingerprint) }
            .sorted { (order[$0.id] ?? Int.max, $0.id) < (order[$1.id] ?? Int.max, $1.id) }
    }
}
