/// Walks a JSON tree while remembering the JSON path, and collects every
/// problem instead of stopping at the first one, so a researcher sees all
/// mistakes in their questionnaire file at once.
struct DecodingCursor {
    let lang: Lang
    private(set) var problems: [Problem] = []

    init(lang: Lang) { self.lang = lang }

    mutating func report(_ path: String, _ nl: String, _ en: String, severity: Severity = .hard) {
        problems.append(Problem(path: path, message: lang.t(nl, en), severity: severity))
    }

    /// The object at `path`, or nil after reporting a wrong type.
    mutating func object(_ value: JSONValue?, _ path: String, required: Bool = true) -> JSONObject? {
        switch value {
        case .object(let o): return o
        case nil, .null?:
            if required { report(path, "ontbreekt (object verwacht)", "is missing (expected an object)") }
            return nil
        default:
            report(path, "moet een object zijn", "must be an object")
            return nil
        }
    }

    mutating func array(_ value: JSONValue?, _ path: String, required: Bool = true) -> [JSONValue]? {
        switch value {
        case .array(let a): return a
        case nil, .null?:
            if required { report(path, "ontbreekt (lijst verwacht)", "is missing (expected an array)") }
            return nil
        default:
            report(path, "moet een lijst zijn", "must be an array")
            return nil
        }
    }

    mutating func string(_ value: JSONValue?, _ path: String, required: Bool = true) -> String? {
        switch value {
        case .string(let s):
            if s.isEmpty && required { report(path, "mag niet leeg zijn", "must not be empty") }
            return s
        case nil, .null?:
            if required { report(path, "ontbreekt (tekst verwacht)", "is missing (expected a string)") }
            return nil
        default:
            report(path, "moet tekst zijn", "must be a string")
            return nil
        }
    }

    mutating func number(_ value: JSONValue?, _ path: String) -> Double? {
        switch value {
        case .number(let n): return n
        case nil, .null?: return nil
        default:
            report(path, "moet een getal zijn", "must be a number")
            return nil
        }
    }

    mutating func integer(_ value: JSONValue?, _ path: String) -> Int? {
        guard let n = number(value, path) else { return nil }
        guard n.rounded() == n, abs(n) < 1e15 else {
            report(path, "moet een geheel getal zijn", "must be a whole number")
            return nil
        }
        return Int(exactly: n)   // |n| < 1e15: always exact
    }

    mutating func bool(_ value: JSONValue?, _ path: String) -> Bool? {
        switch value {
        case .bool(let b): return b
        case nil, .null?: return nil
        default:
            report(path, "moet true of false zijn", "must be true or false")
            return nil
        }
    }

    /// A text per language: an object `{"nl": …, "en": …}`, or a plain string
    /// meaning the default language only.
    mutating func text(_ value: JSONValue?, _ path: String, languages: [String],
                       required: Bool = true) -> LocalizedText? {
        switch value {
        case .string(let s):
            let text = LocalizedText([languages.first ?? "nl": s])
            checkTranslations(text, path, languages: languages)
            return text
        case .object(let o):
            var values: [String: String] = [:]
            for (key, v) in o.entries {
                if case .string(let s) = v { values[key] = s } else {
                    report("\(path).\(key)", "moet tekst zijn", "must be a string")
                }
            }
            let text = LocalizedText(values)
            checkTranslations(text, path, languages: languages)
            return text
        case nil, .null?:
            if required { report(path, "ontbreekt (tekst per taal verwacht)", "is missing (expected text per language)") }
            return nil
        default:
            report(path, "moet tekst per taal zijn, zoals {\"nl\": \"…\", \"en\": \"…\"}",
                   "must be text per language, like {\"nl\": \"…\", \"en\": \"…\"}")
            return nil
        }
    }

    private mutating func checkTranslations(_ text: LocalizedText, _ path: String, languages: [String]) {
        for language in languages where (text[language] ?? "").isEmpty {
            report("\(path).\(language)", "vertaling ontbreekt", "translation is missing")
        }
    }

    /// An expression string, parsed once; a parse error is reported with its position.
    mutating func expression(_ value: JSONValue?, _ path: String) -> Expression? {
        guard let source = string(value, path, required: false) else { return nil }
        do {
            return try Expression.parse(source)
        } catch {
            report(path, "ongeldige expressie: \(error.message(in: .nl)) (positie \(error.position + 1))",
                   "invalid expression: \(error.message(in: .en)) (position \(error.position + 1))")
            return nil
        }
    }

    /// Flags keys this format does not know, which are usually typos ("relevent").
    mutating func checkKeys(_ object: JSONObject, _ path: String, allowed: Set<String>) {
        for key in object.keys where !allowed.contains(key) {
            report("\(path).\(key)", "onbekende sleutel, genegeerd", "unknown key, ignored", severity: .soft)
        }
    }
}
