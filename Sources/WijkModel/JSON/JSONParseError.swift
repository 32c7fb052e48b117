/// A JSON syntax error with its position in the input.
///
/// `line` and `column` are 1-based; the column counts characters (Unicode
/// scalars), not bytes, so it matches what an editor shows for Dutch text.
/// `offset` is the 0-based byte offset of the offending byte (the input
/// length when the input ended too early).
public struct JSONParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Sendable, Hashable {
        /// The input is empty or holds only whitespace.
        case emptyInput
        /// The input ended inside a value.
        case unexpectedEnd
        /// A byte that cannot start or continue a value here (the byte's scalar if ASCII).
        case unexpectedCharacter(Unicode.Scalar?)
        /// Something follows the complete top-level value.
        case trailingCharacters
        /// The bytes are not valid UTF-8.
        case invalidUTF8
        /// A raw control character (U+0000...U+001F) inside a string.
        case controlCharacterInString
        /// A backslash followed by something other than a JSON escape.
        case invalidEscape
        /// `\u` not followed by four hex digits.
        case invalidUnicodeEscape
        /// A `\u` surrogate without its partner.
        case loneSurrogate
        /// A number that breaks the RFC 8259 grammar or does not fit a Double.
        case invalidNumber
        /// An object key that is not a string.
        case expectedKey
        /// A key not followed by `:`.
        case expectedColon
        /// An array element not followed by `,` or `]`.
        case expectedCommaOrBracket
        /// An object member not followed by `,` or `}`.
        case expectedCommaOrBrace
        /// Arrays/objects nested deeper than the allowed maximum.
        case tooDeep(max: Int)
        /// A key that occurs twice in one object (at the second occurrence).
        /// RFC 8259 leaves the meaning open; a reader must not pick one silently.
        case duplicateKey(String)
    }

    public var kind: Kind
    /// 1-based line number.
    public var line: Int
    /// 1-based column, counted in characters.
    public var column: Int
    /// 0-based byte offset in the input.
    public var offset: Int

    public init(kind: Kind, line: Int, column: Int, offset: Int) {
        self.kind = kind; self.line = line; self.column = column; self.offset = offset
    }

    /// The message without position, in the given language.
    public func reason(_ lang: Lang) -> String {
        switch kind {
        case .emptyInput:
            return lang.t("leeg bestand", "empty file")
        case .unexpectedEnd:
            return lang.t("bestand houdt onverwacht op", "unexpected end of file")
        case .unexpectedCharacter(let scalar):
            if let scalar, scalar.value >= 0x21, scalar.value < 0x7F {
                return lang.t("onverwacht teken '\(Character(scalar))'", "unexpected character '\(Character(scalar))'")
            }
            return lang.t("onverwacht teken", "unexpected character")
        case .trailingCharacters:
            return lang.t("extra tekens na het einde van de JSON-waarde",
                          "unexpected characters after the end of the JSON value")
        case .invalidUTF8:
            return lang.t("ongeldige UTF-8", "invalid UTF-8")
        case .controlCharacterInString:
            return lang.t("stuurteken in tekst (gebruik \\n, \\t of \\u00XX)",
                          "control character in string (use \\n, \\t or \\u00XX)")
        case .invalidEscape:
            return lang.t("ongeldige escape na \\", "invalid escape after \\")
        case .invalidUnicodeEscape:
            return lang.t("\\u moet gevolgd worden door vier hexadecimale cijfers",
                          "\\u must be followed by four hex digits")
        case .loneSurrogate:
            return lang.t("losse surrogaat in \\u-escape", "lone surrogate in \\u escape")
        case .invalidNumber:
            return lang.t("ongeldig getal", "invalid number")
        case .expectedKey:
            return lang.t("sleutel (tekst tussen \"\") verwacht", "expected a key (a string in \"\")")
        case .expectedColon:
            return lang.t("':' verwacht na sleutel", "expected ':' after key")
        case .expectedCommaOrBracket:
            return lang.t("',' of ']' verwacht", "expected ',' or ']'")
        case .expectedCommaOrBrace:
            return lang.t("',' of '}' verwacht", "expected ',' or '}'")
        case .tooDeep(let max):
            return lang.t("te diep genest (meer dan \(max) niveaus)", "nested too deeply (more than \(max) levels)")
        case .duplicateKey(let key):
            return lang.t("sleutel \"\(key)\" komt twee keer voor in hetzelfde object",
                          "key \"\(key)\" occurs twice in the same object")
        }
    }

    /// One line with position and reason, e.g. `regel 3, kolom 7: ongeldig getal`.
    public func message(_ lang: Lang) -> String {
        if kind == .emptyInput { return reason(lang) }
        return lang.t("regel \(line), kolom \(column): ", "line \(line), column \(column): ") + reason(lang)
    }

    /// The Dutch message (the default interface language).
    public var description: String { message(.nl) }
}

extension JSONParseError {
    /// Builds an error at `offset`, computing line and column from the bytes before it.
    /// Only runs on the error path, so the scan back is free for valid input.
    static func at(_ offset: Int, _ kind: Kind, in bytes: UnsafeRawBufferPointer, start: Int) -> JSONParseError {
        var line = 1
        var lineStart = start
        var i = start
        let end = min(offset, bytes.count)
        while i < end {
            let b = bytes[i]
            if b == 0x0A || (b == 0x0D && (i + 1 >= bytes.count || bytes[i + 1] != 0x0A)) {
                line += 1
                lineStart = i + 1
            }
            i += 1
        }
        var column = 1
        i = lineStart
        while i < end {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }   // count scalars: skip continuation bytes
            i += 1
        }
        return JSONParseError(kind: kind, line: line, column: column, offset: offset)
    }
}
