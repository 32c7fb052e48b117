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

    static func encode(_ codings: CoderCodings) -> Data {
        let items = codings.all.map { c -> JSONValue in
            var o = JSONObject()
            o["interview"] = .string(c.answer.interview)
            o["question"] = .string(c.answer.question)
            o["fingerprint"] = .string(c.fingerprint)
            o["code"] = .string(c.code)
            switch c.origin {
            case .manual: o["origin"] = .string("manual")
            case .rule(let pattern): o["origin"] = .string("rule"); o["rule"] = .string(pattern)
            }
            return .object(o)
        }
        return JSONWriter.data(.object(JSONObject([
            ("format", .string(codingsFormat)), ("formatVersion", .number(Double(formatVersion))),
            ("coder", .string(codings.coder)), ("codings", .array(items)),
        ])))
    }

    static func decodeCodings(_ data: Data, coder: String, path: String) throws(CodingError) -> CoderCodings {
        let top = try object(data, format: codingsFormat, path: path)
        guard string(top, "coder") == coder else { throw .invalidFile(path: path, reason: "coder") }
        guard case .array(let items)? = top["codings"] else { throw .invalidFile(path: path, reason: "codings") }
        var result = CoderCodings(coder: coder)
        for (n, item) in items.enumerated() {
            guard case .object(let o) = item, let interview = string(o, "interview"), let question = string(o, "question"),
                  let fingerprint = string(o, "fingerprint"), AnswerFingerprint.isValid(fingerprint),
                  let code = string(o, "code") else { throw .invalidFile(path: path, reason: "codings[\(n)]") }
            let origin: CodingOrigin
            switch string(o, "origin") {
            case "manual"?: origin = .manual
            case "rule"?: origin = .rule(string(o, "rule") ?? "")
            default: throw .invalidFile(path: path, reason: "codings[\(n)].origin")
            }
            result.add(Coding(answer: AnswerKey(interview: interview, question: question), fingerprint: fingerprint,
                              code: code, origin: origin))
        }
        return result
    }

    // MARK: - Helpers

    private static func object(_ data: Data, format: String, path: String) throws(CodingError) -> JSONObject {
        let value: JSONValue
        do { value = try JSONParser.parse(data) } catch { throw .invalidFile(path: path, reason: error.message(.en)) }
        guard case .object(let top) = value, string(top, "format") == format else {
            throw .invalidFile(path: path, reason: "format ≠ \(format)")
        }
        guard case .number(let v)? = top["formatVersion"], v >= 1, v <= Double(formatVersion) else {
            throw .invalidFile(path: path, reason: "formatVersion")
        }
        return top
    }

    private static func string(_ o: JSONObject, _ key: String) -> String? {
        if case .string(let s)? = o[key] { return s }
        return nil
    }
}
