import Foundation

/// `wijk export jsonl`: one interview per line, the object exactly as its file
/// says — every key (unknown ones too), timestamps and numbers as written
/// (9007199254740993 stays 9007199254740993) — with only the whitespace
/// between tokens removed, so R (`jsonlite::stream_in`), pandas
/// (`read_json(lines=True)`) and jq read it without a custom schema. The one
/// other change: DEL, C1 controls and bidi overrides inside strings are
/// written as `\uXXXX` (the same JSON value), so a line printed to a terminal
/// cannot drive it. Drafts keep all their answers, as stored (filter on
/// `status` if needed).
public enum JSONLExport {
    /// In memory, from decoded responses (re-encoded: for tests and small sets).
    /// The command streams the files' own bytes with `write`.
    public static func data(_ responses: [Response]) -> Data {
        var out: [UInt8] = []
        for response in responses { out.append(contentsOf: JSONWriter.data(response.toJSON(), pretty: false)) }
        return Data(out)
    }

    /// Streams the plan's interviews to `output` (not committed here), each file's object compacted.
    public static func write(_ plan: ExportPlan, from source: ExportSource,
                             to output: ExportOutput) throws -> ExportSource.Streamed {
        try source.streamBytes(plan, renderFile: { raw, out in compact(raw, to: &out) }, write: output.write)
    }

    /// Appends valid JSON `bytes` without whitespace outside strings (and
    /// without a byte order mark), then a line feed. Strings, numbers and
    /// escapes are copied as they are, except the characters `DisplayText`
    /// escapes (see the type's documentation).
    ///
    /// Copies runs of kept bytes at once: appending byte by byte, and
    /// reserving exactly `count + bytes.count` per file (which reallocated
    /// and copied the whole batch's output every file), were most of the
    /// export's time. `out` grows geometrically through `append(contentsOf:)`.
    static func compact(_ bytes: UnsafeRawBufferPointer, to out: inout [UInt8]) {
        let count = bytes.count
        guard let p = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { out.append(0x0A); return }
        var i = count >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF ? 3 : 0
        var run = i   // first byte of the run not yet copied
        func flush(_ end: Int) {
            if end > run { out.append(contentsOf: UnsafeBufferPointer(start: p + run, count: end - run)) }
        }
        while i < count {
            let b = p[i]
            if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 {   // whitespace between tokens: dropped
                flush(i)
                i += 1
                run = i
                continue
            }
            i += 1
            guard b == 0x22 else { continue }
            // A string: copied up to its closing quote, escapes as written.
            while i < count {
                let c = p[i]
                if c == 0x22 { i += 1; break }
                if c == 0x5C { i += 2; continue }
                if c >= 0x7F, let (scalar, length) = unsafeScalar(bytes, i) {
                    flush(i)
                    out.append(contentsOf: Array(String(format: "\\u%04x", scalar).utf8))
                    i += length
                    run = i
                    continue
                }
                i += 1
            }
        }
        flush(min(i, count))
        out.append(0x0A)
    }

    /// DEL (7F), a C1 control (C2 80–9F) or a bidi control (E2 80 AA–AE, E2 81 A6–A9) at `i`.
    private static func unsafeScalar(_ b: UnsafeRawBufferPointer, _ i: Int) -> (UInt32, Int)? {
        switch b[i] {
        case 0x7F: return (0x7F, 1)
        case 0xC2 where i + 1 < b.count && (0x80...0x9F).contains(b[i + 1]): return (UInt32(b[i + 1]), 2)
        case 0xE2 where i + 2 < b.count:
            let scalar = 0x2000 | (UInt32(b[i + 1] & 0x3F) << 6) | UInt32(b[i + 2] & 0x3F)
            return DisplayText.isUnsafe(scalar) ? (scalar, 3) : nil
        default: return nil
        }
    }
}
