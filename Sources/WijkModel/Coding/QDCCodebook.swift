import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The REFI-QDA codebook exchange format (`.qdc`, namespace
/// `urn:QDA-XML:codebook:1.0`): `CodeBook` > `Codes` > `Code` (attributes
/// `guid`, `name`, `isCodable`, optional `color`; optional `Description`;
/// nested `Code`s), then optional `Sets` > `Set` > `MemberCode`.
/// ATLAS.ti, MAXQDA, NVivo and QualCoder read and write it.
public enum QDCCodebook {
    public static let namespace = "urn:QDA-XML:codebook:1.0"

    // MARK: - Writing

    /// The codebook as a `.qdc` document: each theme with its codes nested,
    /// and each theme also as a `Set` of its codes (ATLAS.ti shows sets as
    /// code groups). Every Wijk code can be assigned, so all are `isCodable`.
    /// An empty codebook gives no valid `.qdc` (the standard requires a code): callers refuse it first.
    public static func write(_ book: CodeBook) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<CodeBook xmlns=\"\(namespace)\" origin=\"Wijk\">\n  <Codes>\n"
        let guids = Dictionary(uniqueKeysWithValues: book.codes.map { ($0.id, guid($0)) })
        func code(_ c: Code, _ indent: String) {
            out += indent + "<Code guid=\"\(guids[c.id]!)\" name=\"\(escape(c.name))\" isCodable=\"true\""
            if let color = c.color { out += " color=\"\(escape(color))\"" }
            let children = book.children(of: c.id)
            if c.description.isEmpty && children.isEmpty { out += "/>\n"; return }
            out += ">\n"
            if !c.description.isEmpty { out += indent + "  <Description>\(escape(c.description))</Description>\n" }
            for child in children { code(child, indent + "  ") }
            out += indent + "</Code>\n"
        }
        for c in book.codes where c.parent == nil || book.code(c.parent!) == nil { code(c, "    ") }
        out += "  </Codes>\n"
        let themes = book.codes.filter { !book.children(of: $0.id).isEmpty }
        if !themes.isEmpty {
            out += "  <Sets>\n"
            for theme in themes {
                // A set's guid must differ from its theme's: derived from it, stably.
                out += "    <Set guid=\"\(derivedGUID(guids[theme.id]!))\" name=\"\(escape(theme.name))\">\n"
                for child in book.children(of: theme.id) { out += "      <MemberCode guid=\"\(guids[child.id]!)\"/>\n" }
                out += "    </Set>\n"
            }
            out += "  </Sets>\n"
        }
        return out + "</CodeBook>\n"
    }

    /// `8-4-4-4-12` hex digits, optionally in braces: the standard's GUIDType.
    public static func isGUID(_ s: String) -> Bool {
        var b = Array(s.utf8)
        if b.first == UInt8(ascii: "{") && b.last == UInt8(ascii: "}") { b = Array(b.dropFirst().dropLast()) }
        guard b.count == 36 else { return false }
        for (i, c) in b.enumerated() {
            if [8, 13, 18, 23].contains(i) { if c != UInt8(ascii: "-") { return false } } else if !CharacterSetASCII.isHex(c) { return false }
        }
        return true
    }

    private static func guid(_ c: Code) -> String {
        isGUID(c.guid) ? c.guid : derivedGUID(AnswerFingerprint.of(c.id))
    }

    /// A GUID made from another string, the same every time (FNV-1a of it, twice).
    static func derivedGUID(_ from: String) -> String {
        let a = AnswerFingerprint.of("set:" + from).dropFirst(AnswerFingerprint.prefix.count)
        let b = AnswerFingerprint.of(from + ":set").dropFirst(AnswerFingerprint.prefix.count)
        let hex = Array(a + b)
        return String(hex[0..<8]) + "-" + String(hex[8..<12]) + "-" + String(hex[12..<16]) + "-"
            + String(hex[16..<20]) + "-" + String(hex[20..<32])
    }

    /// XML 1.0 text: markup characters escaped, characters XML cannot hold left out.
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out += "&#\(scalar.value);"   // kept as such in attributes too
            default:
                let v = scalar.value
                if v < 0x20 || v == 0xFFFE || v == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    // MARK: - Reading

    /// The codes of a `.qdc` (or of the `CodeBook` inside a REFI-QDA project
    /// file), nesting kept. Codes in `Sets` that are not nested under another
    /// code go under a theme named after the set (ATLAS.ti's code groups).
    /// Elements are matched by local name, so a file without the namespace
    /// (or with an older one) reads too.
    public static func read(_ data: Data) throws(CodingError) -> [ImportedCode] {
        let reader = Reader()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = reader
        guard parser.parse(), reader.failure == nil else {
            throw .unreadableImport(reader.failure ?? parser.parserError.map { "XML: \($0.localizedDescription)" } ?? "XML")
        }
        guard reader.sawCodes else { throw .unreadableImport("no <Codes>") }
        return reader.result()
    }

    private final class Reader: NSObject, XMLParserDelegate {
        var stack: [ImportedCode] = []
        var top: [ImportedCode] = []
        var sets: [(name: String, members: [String])] = []
        var inDescription = false
        var inSet = false
        var text = ""
        var sawCodes = false
        var failure: String?

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            switch name {
            case "Codes": sawCodes = true
            case "Code":
                guard let codeName = attributes["name"] else { failure = "<Code> without name"; parser.abortParsing(); return }
                stack.append(ImportedCode(name: codeName, color: attributes["color"].map(Self.color),
                                          guid: attributes["guid"].flatMap { QDCCodebook.isGUID($0) ? $0 : nil }))
            case "Description": inDescription = true; text = ""
            case "Set": inSet = true; sets.append((attributes["name"] ?? "", []))
            case "MemberCode": if inSet, let guid = attributes["guid"] { sets[sets.count - 1].members.append(guid) }
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { if inDescription { text += string } }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch name {
            case "Code":
                guard let done = stack.popLast() else { return }
                if stack.isEmpty { top.append(done) } else { stack[stack.count - 1].children.append(done) }
            case "Description":
                inDescription = false
                if !stack.isEmpty, !inSet { stack[stack.count - 1].description = text.trimmingCharacters(in: .whitespacesAndNewlines) }
            case "Set": inSet = false
            default: break
            }
        }

        /// `#RGB` as `#RRGGBB`.
        static func color(_ c: String) -> String {
            let b = Array(c)
            guard b.count == 4, b[0] == "#" else { return c }
            return "#" + b.dropFirst().map { "\($0)\($0)" }.joined()
        }

        /// Top-level codes; set members that are top-level without children go under a theme per set.
        func result() -> [ImportedCode] {
            var codes = top
            for set in sets where !set.name.isEmpty {
                let members = Set(set.members.map { $0.lowercased() })
                let moved = codes.filter { c in c.children.isEmpty && c.guid.map { members.contains($0.lowercased()) } == true }
                guard !moved.isEmpty else { continue }
                codes.removeAll { c in moved.contains(c) }
                if let i = codes.firstIndex(where: { $0.name.compare(set.name, options: .caseInsensitive) == .orderedSame }) {
                    codes[i].children += moved
                } else {
                    codes.append(ImportedCode(name: set.name, children: moved))
                }
            }
            return codes
        }
    }
}
