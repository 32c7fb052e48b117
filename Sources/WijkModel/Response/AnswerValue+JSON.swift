/// How an answer is stored in a response file.
///
/// text → `"…"`, number → `12.5`, bool → `true`, choices → `["a", "b"]`,
/// don't know / refused → `{"special": "dontKnow"}` / `{"special": "refused"}`.
extension AnswerValue {
    /// The JSON form of this answer.
    public var json: JSONValue {
        switch self {
        case .text(let s): return .string(s)
        case .number(let d): return .number(d)
        case .bool(let b): return .bool(b)
        case .choices(let c): return .array(c.map(JSONValue.string))
        case .dontKnow: return .object(JSONObject([("special", .string("dontKnow"))]))
        case .refused: return .object(JSONObject([("special", .string("refused"))]))
        }
    }

    /// Reads an answer; nil for any other shape (null, mixed arrays, unknown specials).
    /// Other keys next to `special` are ignored, for forward compatibility.
    public init?(json: JSONValue) {
        switch json {
        case .string(let s): self = .text(s)
        case .number(let d): self = .number(d)
        case .bool(let b): self = .bool(b)
        case .array(let items):
            var choices: [String] = []
            choices.reserveCapacity(items.count)
            for item in items {
                guard case .string(let s) = item else { return nil }
                choices.append(s)
            }
            self = .choices(choices)
        case .object(let object):
            guard let entry = object.entries.last(where: { $0.key == "special" }),
                  case .string(let special) = entry.value else { return nil }
            switch special {
            case "dontKnow": self = .dontKnow
            case "refused": self = .refused
            default: return nil
            }
        case .null:
            return nil
        }
    }
}
