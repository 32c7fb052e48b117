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

    /// Writes the interviews under `paths` the source selects to `output`
    /// (not committed here), each file's object compacted.
    public static func write(paths: [String], from source: ExportSource,
                             to output: ExportOutput) throws -> ExportSource.Streamed {
        try source.export(paths: paths, renderer: { _ in .bytes { raw, out in compact(raw, to: &out) } },
                          spillDirectory: output.spillDirectory, write: output.write)
    }

    /// Appends valid JSON `bytes` without whitespace outside strings (and
    /// without a byte order mark), then a line feed. Strings, numbers and
    /// escapes are copied as they are, except the characters `DisplayText`
    /// escapes (see the type's documentation).
    ///
    /// The file is copied to `out` in one piece and compacted there, behind
    /// the reading position: appending byte by byte or run by run, and
    /// reserving exactly `count + bytes.count` per file (which reallocated
    /// and copied the whole batch's output every file), were most of the
    /// export's time. A file with a character to escape (rare: the line
    /// grows) is compacted run by run instead.
    static func compact(_ bytes: UnsafeRawBufferPointer, to out: inout [UInt8]) {
        let start = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        let base = out.count
        out.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[start...]))
        let kept = out.withUnsafeMutableBufferPointer { buffer -> Int? in
            guard let p = buffer.baseAddress else { return 0 }
            return compactInPlace(p + base, count: buffer.count - base)
        }
        out.removeSubrange((base + (kept ?? 0))...)
        if kept == nil { compactRuns(bytes, from: start, to: &out) }
        out.append(0x0A)
    }

    /// Compacts the `count` bytes at `p` in place; their new length, or nil
    /// if a string holds a character to escape (left half done). Runs of
    /// eight spaces (indentation) and of eight plain string bytes are taken
    /// a machine word at a time: byte by byte this was a third of the export.
    private static func compactInPlace(_ p: UnsafeMutablePointer<UInt8>, count: Int) -> Int? {
        var r = 0, w = 0
        while r < count {
            if r + 8 <= count && UnsafeRawPointer(p + r).loadUnaligned(as: UInt64.self) == spaces {
                r += 8
                continue
            }
            let b = p[r]
            r += 1
            if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { continue }   // whitespace between tokens
            p[w] = b
            w += 1
            guard b == 0x22 else { continue }
            // A string: copied up to its closing quote, escapes as written.
            while r < count {
                if r + 8 <= count {
                    // Loaded before stored: the word written at `w` ≤ `r` may overlap it.
                    let word = UnsafeRawPointer(p + r).loadUnaligned(as: UInt64.self)
                    if !mayNeedLook(word) {
                        UnsafeMutableRawPointer(p + w).storeBytes(of: word, as: UInt64.self)
                        r += 8
                        w += 8
                        continue
                    }
                }
                let c = p[r]
                if c >= 0x7F && DisplayText.unsafeSequence(UnsafePointer(p), at: r, count: count) != nil { return nil }
                p[w] = c
                w += 1
                r += 1
                if c == 0x22 { break }
                if c == 0x5C && r < count {
                    p[w] = p[r]
                    w += 1
                    r += 1
                }
            }
        }
        return w
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080
    private static let spaces: UInt64 = 0x2020_2020_2020_2020

    /// Whether one of the word's eight bytes is a quote, a backslash, DEL or
    /// above (the start of every character `DisplayText.unsafeSequence` escapes).
    @inline(__always)
    private static func mayNeedLook(_ word: UInt64) -> Bool {
        let quote = word ^ (0x22 &* ones), slash = word ^ (0x5C &* ones)
        let zeroQuote = (quote &- ones) & ~quote & highs   // nonzero iff some byte was 0x22
        let zeroSlash = (slash &- ones) & ~slash & highs   // nonzero iff some byte was 0x5C
        let high = word & highs                             // some byte ≥ 0x80
        let del = ((word & ~highs) &+ ones) & highs          // some byte's low seven bits are 7F
        return (zeroQuote | zeroSlash | high | del) != 0
    }

    /// As `compact`, copying runs of kept bytes and writing the characters
    /// to escape as `\uXXXX` (no line feed).
    private static func compactRuns(_ bytes: UnsafeRawBufferPointer, from start: Int, to out: inout [UInt8]) {
        let count = bytes.count
        guard let p = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }
        var i = start
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
            while i < count {
                let c = p[i]
                if c == 0x22 { i += 1; break }
                if c == 0x5C { i += 2; continue }
                if c >= 0x7F, let (scalar, length) = DisplayText.unsafeSequence(p, at: i, count: count) {
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
    }
}
