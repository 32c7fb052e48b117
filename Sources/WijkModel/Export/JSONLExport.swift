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
        try source.stream(plan, bytesOnly: true, renderFile: { _, raw, out, _ in compact(raw, to: &out) }, write: output.write)
    }

    /// Appends valid JSON `bytes` without whitespace outside strings (and
    /// without a byte order mark), then a line feed. Strings, numbers and
    /// escapes are copied as they are, except the characters `DisplayText`
    /// escapes (see the type's documentation).
    static func compact(_ bytes: UnsafeRawBufferPointer, to out: inout [UInt8]) {
        var i = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        var inString = false, escaped = false
        out.reserveCapacity(out.count + bytes.count)
        while i < bytes.count {
            let b = bytes[i]
            if !inString {
                if b != 0x20 && b != 0x0A && b != 0x0D && b != 0x09 { out.append(b) }
                inString = b == 0x22
                i += 1
                continue
            }
            if escaped {
                escaped = false
            } else if b == 0x5C {
                escaped = true
            } else if b == 0x22 {
                inString = false
            } else if let (scalar, length) = unsafeScalar(bytes, i) {
                out.append(contentsOf: Array(String(format: "\\u%04x", scalar).utf8))
                i += length
                continue
            }
            out.append(b)
            i += 1
        }
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
