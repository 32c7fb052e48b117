import Foundation
import Testing
@testable import WijkModel

/// The fast verdict against the full path on damaged files, not only on
/// generated ones: seeded byte flips, truncations, duplicated keys and odd
/// edit counters. On every input the fast path (scanner, full path on doubt)
/// must reach the full path's verdict, and for a valid file the same record.
@Suite struct VerdictMutationTests {
    static let today = SampleData.today

    static func judges() -> (fast: FileJudge, full: FileJudge) {
        let qs = BundledQuestionnaires.all
        return (FileJudge(questionnaires: qs, lang: .en, today: today, fastPath: true, keepOpenAnswers: true),
                FileJudge(questionnaires: qs, lang: .en, today: today, fastPath: false, keepOpenAnswers: true))
    }

    /// "valid(layout, warnings, essentials of the record)" or "invalid(problems)".
    static func verdict(_ judge: FileJudge, _ bytes: [UInt8]) -> String {
        var record = ResponseRecord()
        let outcome = bytes.withUnsafeBytes { judge.judge("f.json", $0, record: &record) }
        switch outcome {
        case .invalid(let report):
            return "invalid \(report.problems.map(\.description))"
        case .valid(let layout, let warnings):
            let values = record.values.map { $0.map { "\($0)" } ?? "-" }.joined(separator: "|")
            let others = record.others.map { $0.map { "\($0)" } ?? "-" }.joined(separator: "|")
            let device = record.device ?? String(decoding: bytes[record.deviceBytes], as: UTF8.self)
            return "valid \(layout) \(warnings) \(record.id) r\(record.revision) \(record.updatedAt.timeIntervalSince1970) "
                + "\(device) \(String(describing: record.completedAt)) "
                + "\(record.createdAt.timeIntervalSince1970) \(record.status) \(record.variant) \(record.interviewer) "
                + "\(record.relevance) \(values) \(others)"
        }
    }

    static func originals() -> [[UInt8]] {
        SampleData.generate(count: 24, seed: 11).enumerated().map { i, r in
            var r = r
            if i % 3 == 0 { r.revision = i * 7 }
            return Array(r.encoded())
        }
    }

    static func check(_ mutated: [[UInt8]], _ judges: (fast: FileJudge, full: FileJudge)) -> (Int, Int) {
        var valid = 0, mismatches = 0
        for bytes in mutated {
            let fast = verdict(judges.fast, bytes), full = verdict(judges.full, bytes)
            if fast != full {
                mismatches += 1
                Issue.record("fast: \(fast.prefix(300))\nfull: \(full.prefix(300))\nfile: \(String(decoding: bytes.prefix(400), as: UTF8.self))")
            }
            if full.hasPrefix("valid") { valid += 1 }
        }
        return (valid, mismatches)
    }

    @Test func seededByteFlips() {
        var rng = SplitMix64(seed: 2026)
        var mutated: [[UInt8]] = []
        let alphabet = Array("\"{}[],:0123456789-.eE \\ntfaluxz\u{0}\u{7f}".utf8) + [0xC3, 0xA9, 0xFF]
        for original in Self.originals() {
            for _ in 0..<40 {
                var bytes = original
                for _ in 0...(rng.next() % 3) {
                    let at = Int(rng.next() % UInt64(bytes.count))
                    bytes[at] = alphabet[Int(rng.next() % UInt64(alphabet.count))]
                }
                mutated.append(bytes)
            }
        }
        let (valid, mismatches) = Self.check(mutated, Self.judges())
        #expect(mismatches == 0)
        #expect(valid > 50 && valid < mutated.count)   // both kinds were met
    }

    @Test func truncations() {
        var rng = SplitMix64(seed: 7)
        var mutated: [[UInt8]] = []
        for original in Self.originals() {
            for _ in 0..<12 { mutated.append(Array(original.prefix(Int(rng.next() % UInt64(original.count))))) }
            mutated.append(Array(original.dropLast(2)))   // only the closing brace and new line gone
        }
        #expect(Self.check(mutated, Self.judges()).1 == 0)
    }

    @Test func duplicatedKeysAndOddCounters() throws {
        var mutated: [[UInt8]] = []
        for original in Self.originals() {
            let text = String(decoding: original, as: UTF8.self)
            // Each top-level field given twice (the second with the first's value).
            for key in ["\"id\"", "\"status\"", "\"updatedAt\"", "\"revision\"", "\"variant\"", "\"answers\""] {
                guard let range = text.range(of: "\n  " + key + ": ") else { continue }
                // The field's first line (a one-line value, or the opening of an object).
                guard let lineEnd = text[range.upperBound...].firstIndex(of: "\n") else { continue }
                let field = String(text[range.lowerBound..<lineEnd])
                let duplicate = field.hasSuffix(",") || field.hasSuffix("{") ? field : field + ","
                mutated.append(Array(text.replacingCharacters(in: range.lowerBound..<range.lowerBound, with: duplicate).utf8))
            }
            // An answer key given twice.
            if let range = text.range(of: "\"answers\": {\n    ") {
                let rest = text[range.upperBound...]
                if let lineEnd = rest.firstIndex(of: "\n") {
                    let first = String(rest[rest.startIndex..<lineEnd])
                    let dup = first.hasSuffix(",") ? first : first + ","
                    mutated.append(Array(text.replacingCharacters(in: range.upperBound..<range.upperBound, with: dup + "\n    ").utf8))
                }
            }
            // Odd edit counters: the decoder's rule, seen by the scanner too.
            for counter in ["-1", "1.5", "1e3", "null", "\"3\"", "1000000001", "0", "12"] {
                let withCounter = text.replacingOccurrences(of: "\n  \"completedAt\"", with: "\n  \"revision\": \(counter),\n  \"completedAt\"")
                    .replacingOccurrences(of: "\n  \"revision\": \(counter),\n  \"revision\"", with: "\n  \"revision\"")
                mutated.append(Array(withCounter.utf8))
            }
        }
        let (valid, mismatches) = Self.check(mutated, Self.judges())
        #expect(mismatches == 0)
        #expect(valid > 0)
    }
}
