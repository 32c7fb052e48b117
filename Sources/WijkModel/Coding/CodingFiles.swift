import Foundation

/// The JSON of the codebook and codings files (docs/coding-format.md).
/// Written with `JSONWriter` (keys in a fixed order, stable diffs), read
/// with `JSONParser`; anything unexpected is refused with a reason rather
/// than half-read, so nothing is dropped by a later save.
enum CodingFiles {
    static let codebookFormat = "wijk-codebook"
    static let codingsFormat = "wijk-codings"
    static let formatVersion = 1

    // MARK: - Codebook

    static func encode(_ book: CodeBook) -> Data {
        let codes = book.codes.map { c -> JSONValue in
            var o = JSONObject()
            o["id"] = .string(c.id)
            o["guid"] = .string(c.guid)
            o["name"] = .string(c.name)
            o["description"] = .string(c.description)
            o["parent"] = c.parent.map(JSONValue.string) ?? .null
            o["color"] = c.color.map(JSONValue.string) ?? .null
            return .object(o)
        }
        return JSONWriter.data(.object(JSONObject([
            ("format", .string(codebookFormat)), ("formatVersion", .number(Double(formatVersion))),
            ("codes", .array(codes)),
        ])))
    }

    static func decodeCodebook(_ data: Data, path: String) throws(CodingError) -> CodeBook {
        let top = try object(data, format: codebookFormat, path: path)
        guard case .array(let items)? = top["codes"] else { throw .invalidFile(path: path, reason: "codes") }
        var book = CodeBook()
        for (n, item) in items.enumerated() {
            let at = "codes[\(n)]"
            guard case .object(let o) = item, let id = string(o, "id"), CodeID.isValid(id),
                  let name = string(o, "name"), !name.isEmpty else { throw .invalidFile(path: path, reason: at) }
            let color = string(o, "color")
            if let color, !CodeID.isColor(color) { throw .invalidFile(path: path, reason: at + ".color") }
            let code = Code(id: id, guid: string(o, "guid") ?? UUID().uuidString.lowercased(), name: name,
                            description: string(o, "description") ?? "", parent: string(o, "parent"), color: color)
            do { try book.insert(code) } catch { throw .invalidFile(path: path, reason: at + ".id") }
        }
        for code in book.codes {
            if let p = code.parent, book.code(p)?.parent != nil || book.code(p) == nil || p == code.id {
                throw .invalidFile(path: path, reason: "\(code.id).parent")
            }
        }
        return book
    }

    // MARK: - Codings

    /// The codings file, written one coding at a time (a coder of a large
    /// corpus has hundreds of thousands): the same bytes `JSONWriter` makes
    /// of the whole document.
    static func encode(_ codings: CoderCodings) -> Data {
        var out: [UInt8] = []
        out.reserveCapacity(256 + codings.count * 220)
        out.append(contentsOf: "{\n  \"format\": ".utf8); JSONWriter.appendString(codingsFormat, to: &out)
        out.append(contentsOf: ",\n  \"formatVersion\": \(formatVersion),\n  \"coder\": ".utf8)
        JSONWriter.appendString(codings.coder, to: &out)
        out.append(contentsOf: ",\n  \"codings\": ".utf8)
        if codings.count == 0 { out.append(contentsOf: "[]".utf8) } else {
            out.append(0x5B)
            var first = true
            codings.forEach { c in
                var o = JSONObject()
                o["interview"] = .string(c.answer.interview)
                o["question"] = .string(c.answer.question)
                o["fingerprint"] = .string(c.fingerprint)
                o["code"] = .string(c.code)
                switch c.origin {
                case .manual: o["origin"] = .string("manual")
                case .rule(let pattern): o["origin"] = .string("rule"); o["rule"] = .string(pattern)
                }
                out.append(contentsOf: first ? "\n    ".utf8 : ",\n    ".utf8)
                first = false
                JSONWriter.append(.object(o), to: &out, pretty: true, indent: 2)
            }
            out.append(contentsOf: "\n  ]".utf8)
        }
        out.append(contentsOf: "\n}\n".utf8)
        return Data(out)
    }

    /// Reads a codings file one coding at a time: the top object is walked
    /// here and only each coding becomes a (small) JSON value, so a file of
    /// 100 MB never becomes a tree of a million values. As strict as parsing
    /// it whole: any syntax error, duplicate key or unexpected value is refused.
    static func decodeCodings(_ data: Data, coder: String, path: String) throws(CodingError) -> CoderCodings {
        let result: Result<CoderCodings, CodingError> = data.withUnsafeBytes { buffer in
            var parser = JSONByteParser(buffer, maxDepth: JSONParser.defaultMaxDepth)
            var reader = CodingsReader(coder: coder, path: path)
            do throws(CodingError) { return .success(try reader.read(&parser, more: nil)) } catch { return .failure(error) }
        }
        return try result.get()
    }

    /// `decodeCodings` of the file open as `fd`, through a moving window
    /// (`CodingsWindow`); when anything fails in the window, the file is read
    /// whole, so the outcome is always that of `decodeCodings(_:coder:path:)`.
    /// - Parameter fallback: read the file whole when the window fails (off only in tests, to see the window alone work).
    static func decodeCodings(file fd: Int32, coder: String, path: String, fallback: Bool = true) throws -> CoderCodings {
        let window = CodingsWindow(fd: fd)
        do {
            try window.start()
            var parser = JSONByteParser(window.bytes, maxDepth: JSONParser.defaultMaxDepth)
            var reader = CodingsReader(coder: coder, path: path)
            return try reader.read(&parser, more: window)
        } catch {
            guard fallback else { throw error }
            let whole: Data
            do { whole = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
                throw StoreError.io(.read, path: path, code: EIO)
            }
            return try decodeCodings(whole, coder: coder, path: path)
        }
    }

    /// The top level of a codings file: format, version and coder, checked as
    /// soon as the codings start (they are written first) and again at the end.
    private struct CodingsReader {
        let coder: String, path: String
        var top = JSONObject()
        var result: CoderCodings

        init(coder: String, path: String) {
            self.coder = coder; self.path = path; result = CoderCodings(coder: coder)
        }

        /// - Parameter more: the window to move along before each coding (nil: the whole file is in `p`).
        mutating func read(_ p: inout JSONByteParser, more: CodingsWindow?) throws(CodingError) -> CoderCodings {
            var sawCodings = false
            do {
                p.skipWhitespace()
                guard p.pos < p.end else { throw p.fail(p.pos, .emptyInput) }
                guard p.bytes[p.pos] == JSONByte.openBrace else {
                    _ = try p.parseDocument()   // a document, but not an object: its own error, or "format" below
                    throw CodingError.invalidFile(path: path, reason: "format ≠ \(codingsFormat)")
                }
                p.pos += 1
                p.skipWhitespace()
                if p.pos < p.end && p.bytes[p.pos] == JSONByte.closeBrace { p.pos += 1 } else {
                    while true {
                        let keyAt = p.pos
                        let key = try p.parseKey()
                        if top[key] != nil || (key == "codings" && sawCodings) { throw p.fail(keyAt, .duplicateKey(key)) }
                        if key == "codings" {
                            sawCodings = true
                            try checkTop(soFar: true)
                            try readCodings(&p, more: more)
                        } else {
                            top[key] = try p.parseValue(depth: 1)
                        }
                        p.skipWhitespace()
                        guard p.pos < p.end else { throw p.fail(p.pos, .unexpectedEnd) }
                        if p.bytes[p.pos] == JSONByte.comma { p.pos += 1; p.skipWhitespace(); continue }
                        guard p.bytes[p.pos] == JSONByte.closeBrace else { throw p.fail(p.pos, .expectedCommaOrBrace) }
                        p.pos += 1
                        break
                    }
                }
                p.skipWhitespace()
                if p.pos != p.end { throw p.fail(p.pos, .trailingCharacters) }
                // The window may end before the file does: the rest is then read whole (the fallback).
                if let more, !more.isAtEnd() { throw CodingsWindow.ReadFailed(code: 0) }
            } catch let error as JSONParseError {
                throw .invalidFile(path: path, reason: error.message(.en))
            } catch let error as CodingError {
                throw error
            } catch {
                throw .invalidFile(path: path, reason: "\(error)")
            }
            try checkTop()
            guard sawCodings else { throw .invalidFile(path: path, reason: "codings") }
            return result
        }

        /// Format, version and coder are right (`soFar`: only those read up to now; keys may come in any order).
        private func checkTop(soFar: Bool = false) throws(CodingError) {
            if !soFar { try CodingFiles.check(top, format: codingsFormat, path: path) } else {
                if top["format"] != nil, CodingFiles.string(top, "format") != codingsFormat {
                    throw .invalidFile(path: path, reason: "format ≠ \(codingsFormat)")
                }
                if top["formatVersion"] != nil && top["format"] != nil { try CodingFiles.check(top, format: codingsFormat, path: path) }
            }
            if (!soFar || top["coder"] != nil) && CodingFiles.string(top, "coder") != coder {
                throw .invalidFile(path: path, reason: "coder")
            }
        }

        private mutating func readCodings(_ p: inout JSONByteParser, more: CodingsWindow?) throws {
            guard p.pos < p.end, p.bytes[p.pos] == JSONByte.openBracket else {
                _ = try p.parseValue(depth: 1)
                throw CodingError.invalidFile(path: path, reason: "codings")
            }
            p.pos += 1
            p.skipWhitespace()
            if p.pos < p.end && p.bytes[p.pos] == JSONByte.closeBracket { p.pos += 1; return }
            var n = 0
            while true {
                try more?.ensure(&p)
                try add(try p.parseValue(depth: 2), n)
                n += 1
                try more?.ensure(&p)
                p.skipWhitespace()
                guard p.pos < p.end else { throw p.fail(p.pos, .unexpectedEnd) }
                if p.bytes[p.pos] == JSONByte.comma { p.pos += 1; p.skipWhitespace(); continue }
                guard p.bytes[p.pos] == JSONByte.closeBracket else { throw p.fail(p.pos, .expectedCommaOrBracket) }
                p.pos += 1
                return
            }
        }

        private mutating func add(_ item: JSONValue, _ n: Int) throws(CodingError) {
            let string = CodingFiles.string
            guard case .object(let o) = item, let interview = string(o, "interview"), let question = string(o, "question"),
                  let fingerprint = string(o, "fingerprint").flatMap(AnswerFingerprint.value(parsing:)),
                  let code = string(o, "code") else { throw .invalidFile(path: path, reason: "codings[\(n)]") }
            let origin: CodingOrigin
            switch string(o, "origin") {
            case "manual"?: origin = .manual
            case "rule"?: origin = .rule(string(o, "rule") ?? "")
            default: throw .invalidFile(path: path, reason: "codings[\(n)].origin")
            }
            result.add(interview: interview, question: question, code: code, origin: origin, fingerprint: fingerprint)
        }
    }

    // MARK: - Helpers

    private static func object(_ data: Data, format: String, path: String) throws(CodingError) -> JSONObject {
        let value: JSONValue
        do { value = try JSONParser.parse(data) } catch { throw .invalidFile(path: path, reason: error.message(.en)) }
        guard case .object(let top) = value else { throw .invalidFile(path: path, reason: "format ≠ \(format)") }
        try check(top, format: format, path: path)
        return top
    }

    /// The `format` and `formatVersion` of a file's top object.
    private static func check(_ top: JSONObject, format: String, path: String) throws(CodingError) {
        guard string(top, "format") == format else { throw .invalidFile(path: path, reason: "format ≠ \(format)") }
        guard case .number(let v)? = top["formatVersion"], v >= 1, v <= Double(formatVersion) else {
            throw .invalidFile(path: path, reason: "formatVersion")
        }
    }

    fileprivate static func string(_ o: JSONObject, _ key: String) -> String? {
        if case .string(let s)? = o[key] { return s }
        return nil
    }
}
