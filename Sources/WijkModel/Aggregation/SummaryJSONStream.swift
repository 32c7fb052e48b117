/// Streaming the JSON form of a summary as UTF-8 bytes.
extension SummaryJSON {
    /// Writes the same text as `JSONWriter.write(encode(summary))`, one question
    /// at a time, so the output never exists twice in memory (the open answers
    /// of 100,000 interviews are tens of megabytes). Pieces are ~64 KB.
    public static func write(_ summary: Summary, lang: Lang = .nl, to out: (String) -> Void) {
        writeUTF8(summary, lang: lang) { out(String(decoding: $0, as: UTF8.self)) }
    }

    /// `write` as UTF-8 bytes, valid only during the call: no `String` per piece,
    /// so a command can hand them straight to `write(2)`.
    /// - Parameter extra: further top-level keys after `groups` (the `coding` section).
    public static func writeUTF8(_ summary: Summary, lang: Lang = .nl, extra: JSONObject = JSONObject(),
                                 to out: (UnsafeBufferPointer<UInt8>) -> Void) {
        withoutActuallyEscaping(out) { out in write(summary, lang, extra, ByteStream(sink: out)) }
    }

    private static func write(_ summary: Summary, _ lang: Lang, _ extra: JSONObject, _ stream: ByteStream) {
        var o = stream
        o.text("{")
        for (k, v) in header(summary, invalid: false, lang: lang).entries {
            o.text("\n  "); o.key(k)
            if k == "invalid" && !summary.invalid.isEmpty {
                // One file at a time: as one value, 200,000 broken files took ~0.8 GB.
                o.text("[")
                for (i, report) in summary.invalid.enumerated() {
                    o.text(i > 0 ? ",\n    " : "\n    "); o.value(invalidFile(report), 2)
                    o.maybeFlush()
                }
                o.text("\n  ]")
            } else {
                o.value(v, 1)
            }
            o.text(",")
        }
        o.text("\n  "); o.key("groups")
        if summary.groups.isEmpty { o.text("[]"); o.extra(extra); o.text("\n}"); o.flush(); return }
        o.text("[")
        for (gi, g) in summary.groups.enumerated() {
            o.text(gi > 0 ? ",\n    {" : "\n    {")
            for (k, v) in groupHeader(g, grouping: summary.grouping).entries { o.text("\n      "); o.key(k); o.value(v, 3); o.text(",") }
            o.text("\n      "); o.key("questions")
            var first = true
            // Open answers are written one at a time (their texts are read back
            // from the store as they go), never as one value per question.
            forEachQuestion(g, lang, answers: false) { id, value, open in
                o.maybeFlush()
                o.text(first ? "{\n        " : ",\n        "); o.key(id)
                first = false
                guard !open.isEmpty else { o.value(value, 4); return }
                // {type, label, core, variants: {v: question}}: rebuild the variants by hand.
                guard case .object(var wrapper) = value, case .object(let variants)? = wrapper["variants"] else { return }
                wrapper["variants"] = nil
                o.value(.object(wrapper), 4)
                o.drop(10)   // "\n", 8 spaces, "}"
                o.text(",\n          "); o.key("variants"); o.text("{")
                for (vi, (variant, question)) in variants.entries.enumerated() {
                    o.text(vi > 0 ? ",\n            " : "\n            "); o.key(variant)
                    o.value(question, 6)
                    guard let answers = open[variant] else { continue }
                    o.drop(14)   // "\n", 12 spaces, "}"
                    o.text(",\n              "); o.key("answers")
                    if answers.isEmpty { o.text("[]") } else {
                        o.text("[")
                        for (ai, a) in answers.enumerated() {
                            o.text(ai > 0 ? ",\n                " : "\n                ")
                            o.answer(a)
                        }
                        o.text("\n              ]")
                    }
                    o.text("\n            }")
                }
                o.text("\n          }\n        }")
            }
            o.text(first ? "{}," : "\n      },")
            o.text("\n      "); o.key("core"); o.value(.array(g.core.map(comparison)), 3); o.text(",")
            o.text("\n      "); o.key("crossTabs"); o.value(.array(g.crossTabs.map(crossTab)), 3)
            o.text("\n    }")
        }
        o.text("\n  ]")
        o.extra(extra)
        o.text("\n}")
        o.flush()
    }
}

/// A byte buffer handed to a sink whenever it passes 64 KB.
private struct ByteStream {
    let sink: (UnsafeBufferPointer<UInt8>) -> Void
    var bytes: [UInt8] = []
    static let limit = 1 << 16

    init(sink: @escaping (UnsafeBufferPointer<UInt8>) -> Void) {
        self.sink = sink
        bytes.reserveCapacity(Self.limit + (1 << 14))
    }

    mutating func flush() {
        if !bytes.isEmpty { bytes.withUnsafeBufferPointer(sink) }
        bytes.removeAll(keepingCapacity: true)
    }

    mutating func maybeFlush() { if bytes.count >= Self.limit { flush() } }

    mutating func text(_ s: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    mutating func key(_ k: String) {
        JSONWriter.appendString(k, to: &bytes)
        text(": ")
    }

    /// A value nested `depth` levels deep; may be flushed right after.
    mutating func value(_ v: JSONValue, _ depth: Int) {
        JSONWriter.append(v, to: &bytes, pretty: true, indent: depth)
        // Not flushed here: callers may still `drop` the value's closing lines.
    }

    /// `,\n  "key": value` per entry: top-level keys after `groups`.
    mutating func extra(_ entries: JSONObject) {
        for (k, v) in entries.entries { text(",\n  "); key(k); value(v, 1) }
    }

    /// Takes back the last `count` bytes (never more than the last value).
    mutating func drop(_ count: Int) { bytes.removeLast(count) }

    /// `value(openAnswer(a), 8)` without building the value: the hot loop for open answers.
    mutating func answer(_ a: OpenAnswer) {
        text("{\n                  \"text\": ")
        a.appendQuotedText(to: &bytes)
        a.pool.appendJSONOrigin(a.entry.origin, to: &bytes, separator: ",\n                  ")
        text(a.isOther ? ",\n                  \"other\": true\n                }"
                       : ",\n                  \"other\": false\n                }")
        maybeFlush()
    }
}
