/// The `coding` section of `wijk summary --format json` (docs/summary-format.md).
public enum CodeTablesJSON {
    public static func encode(_ t: CodeTables) -> JSONValue {
        func int(_ n: Int) -> JSONValue { .number(Double(n)) }
        func pct(_ p: Double?) -> JSONValue { p.map(JSONValue.number) ?? .null }
        let codes = t.codes.map { c -> JSONValue in
            .object(JSONObject([("id", .string(c.id)), ("name", c.name.isEmpty ? .null : .string(c.name)),
                                ("parent", c.parent.map(JSONValue.string) ?? .null), ("theme", .bool(c.isTheme))]))
        }
        let themes = t.codes.indices.filter { t.codes[$0].isTheme }
        let questions = t.questions.map { q -> (key: String, value: JSONValue) in
            let variants = q.variants.map { v -> (key: String, value: JSONValue) in
                var o = JSONObject()
                o["answered"] = int(v.answered)
                o["coded"] = int(v.coded)
                o["stale"] = int(v.stale)
                o["counts"] = .object(JSONObject(t.codes.indices.map { (t.codes[$0].id, int(v.counts[$0])) }))
                o["percent"] = .object(JSONObject(t.codes.indices.map { (t.codes[$0].id, pct(v.percent($0))) }))
                o["percentBase"] = int(v.coded)
                o["nets"] = .object(JSONObject(themes.map { (t.codes[$0].id, int(v.nets[$0])) }))
                o["netPercent"] = .object(JSONObject(themes.map { (t.codes[$0].id, pct(v.netPercent($0))) }))
                return (v.variant, .object(o))
            }
            return (q.question, .object(JSONObject(variants)))
        }
        let b = t.byVariant
        let byVariant = JSONObject([
            ("coded", .object(JSONObject(t.variants.enumerated().map { ($1, int(b.coded[$0])) }))),
            ("counts", .object(JSONObject(t.codes.indices.map { c in
                (t.codes[c].id, .object(JSONObject(t.variants.enumerated().map { ($1, int(b.counts[c][$0])) })))
            }))),
            ("percent", .object(JSONObject(t.codes.indices.map { c in
                (t.codes[c].id, .object(JSONObject(t.variants.indices.map { (t.variants[$0], pct(b.percent(code: c, variant: $0))) })))
            }))),
        ])
        let co = t.cooccurrence
        let cooccurrence = JSONObject([
            ("codes", .array(co.codes.map { .string(t.codes[$0].id) })),
            ("counts", .array(co.counts.map { .array($0.map(int)) })),
        ])
        return .object(JSONObject([
            ("coder", .string(t.coder)), ("variants", .array(t.variants.map(JSONValue.string))),
            ("codes", .array(codes)), ("questions", .object(JSONObject(questions))),
            ("byVariant", .object(byVariant)), ("cooccurrence", .object(cooccurrence)),
        ]))
    }
}
