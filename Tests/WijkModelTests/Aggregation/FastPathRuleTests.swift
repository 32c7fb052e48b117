import Foundation
import Testing
@testable import WijkModel

/// The scanner checks answers against compiled `AnswerRule`s instead of
/// `AnswerValidation`. It may be stricter (a doubt sends the file to the full
/// path), never more lenient: whenever the fast path calls a file certainly
/// valid, the validator must find no hard problem in it.
@Suite("Aggregation fast path: answer rules")
struct FastPathRuleTests {
    static let today = SampleData.today

    /// Odd and wrong answers for one question: every shape, out-of-range numbers,
    /// unknown, repeated and too many codes, impossible dates, long texts.
    static func candidates(_ q: Question, _ qn: Questionnaire) -> [AnswerValue] {
        let codes = (qn.choiceList(for: q)?.choices.map(\.value) ?? []) + [q.other?.value].compactMap { $0 }
        let first = codes.first ?? "x"
        var values: [AnswerValue] = [
            .text(""), .text("x"), .text(first), .text("2026-02-30"), .text("2024-02-29"), .text("2999-01-01"),
            .text(String(repeating: "é", count: 150)), .text(String(repeating: "a", count: 201)),
            .number(0), .number(1), .number(3), .number(2.5), .number(-1), .number(61), .number(1e300), .number(100_000),
            .bool(true), .bool(false),
            .choices([]), .choices(["x"]), .choices([first]), .choices([first, first]), .choices(codes), .choices([""]),
            .dontKnow, .refused,
        ]
        if codes.count > 1 { values.append(.choices(Array(codes.prefix(2)))) }
        if let other = q.other?.value { values.append(.choices(["geen", other])) }
        return values
    }

    @Test(arguments: ["wijkteam", "migrantenorganisatie"])
    func neverMoreLenientThanTheValidator(variant: String) throws {
        let qn = try #require(BundledQuestionnaires.all.first { $0.variant == variant })
        let pass = AggregationPass(questionnaires: BundledQuestionnaires.all,
                                   options: AggregationOptions(keepOpenAnswers: false, lang: .en, today: Self.today))
        let validator = ResponseValidator(questionnaires: BundledQuestionnaires.all, lang: .en, today: Self.today)
        let bases = SampleData.generate(count: 40, seed: 21, variant: variant)
        let base = try #require(bases.first { $0.status == .complete })
        var record = ResponseRecord()
        var fast = 0, rejected = 0
        for q in qn.sections.flatMap(\.questions) {
            for value in Self.candidates(q, qn) {
                var r = base
                r.answers[q.id] = value
                let data = r.encoded()
                let certainlyValid = data.withUnsafeBytes { bytes -> Bool in
                    guard let l = ResponseScanner.scan(bytes, into: &record, judge: pass.judge) else { return false }
                    return pass.layouts[l].check(&record, today: Self.today).certainlyValid
                }
                let hard = validator.validate(r).filter { $0.severity == .hard }
                if certainlyValid {
                    fast += 1
                    #expect(hard.isEmpty, "\(q.id) = \(value): fast path says valid, validator: \(hard)")
                } else if !hard.isEmpty {
                    rejected += 1
                }
            }
        }
        // Both sides were exercised: many answers fit, many do not.
        #expect(fast > 100)
        #expect(rejected > 100)
    }
}

@Suite("Aggregation fast path: relevance")
struct FastPathRelevanceTests {
    /// The summary's relevance (each distinct condition evaluated once per
    /// response) is the interview engine's, question by question.
    @Test func sameRelevanceAsTheEngine() throws {
        let today = SampleData.today
        let pass = AggregationPass(questionnaires: BundledQuestionnaires.all,
                                   options: AggregationOptions(lang: .en, today: today))
        var record = ResponseRecord()
        var skipped = 0
        for r in SampleData.generate(count: 120, seed: 8) {
            let data = r.encoded()
            let l = try #require(data.withUnsafeBytes { ResponseScanner.scan($0, into: &record, judge: pass.judge) })
            let layout = pass.layouts[l]
            layout.relevance(of: &record, response: nil, today: today)
            let engine = InterviewEngine(questionnaire: layout.questionnaire, response: r, today: today)
            for i in layout.questions.indices {
                #expect(record.relevance[i] == engine.isRelevant(layout.ids[i]), "\(r.id) \(layout.ids[i])")
                if !record.relevance[i] { skipped += 1 }
            }
        }
        #expect(skipped > 100)   // the data does exercise skipping
    }
}

@Suite("Aggregation workers")
struct AggregationWorkerTests {
    /// Each worker gets questionnaires of its own (written out and read back):
    /// equal to the originals, sharing no layout object with them.
    @Test func privateCopySharesNothingAndIsEqual() {
        let pass = AggregationPass(questionnaires: BundledQuestionnaires.all,
                                   options: AggregationOptions(lang: .en, today: SampleData.today))
        let copy = pass.privateCopy()
        #expect(copy.layouts.count == pass.layouts.count)
        for (a, b) in zip(pass.layouts, copy.layouts) {
            #expect(a !== b)
            #expect(a.questionnaire == b.questionnaire)
            #expect(a.ids == b.ids)
            #expect(a.rules.map(\.countCodes) == b.rules.map(\.countCodes))
        }
    }
}

@Suite("Aggregation fast path: texts the filter reads")
struct FastPathFilterTextTests {
    /// A questionnaire may ask the interview date as free text: the date filter
    /// reads it, so the scanner must decode it even without open answers.
    @Test func dateAskedAsTextIsDecoded() throws {
        var qn = BundledQuestionnaires.wijkteam
        let s = try #require(qn.sections.firstIndex { $0.questions.contains { $0.id == MetadataID.date } })
        let q = try #require(qn.sections[s].questions.firstIndex { $0.id == MetadataID.date })
        qn.sections[s].questions[q].type = .text
        qn.sections[s].questions[q].constraint = nil
        let pass = AggregationPass(questionnaires: [qn],
                                   options: AggregationOptions(keepOpenAnswers: false, lang: .en, today: SampleData.today))
        var r = try #require(SampleData.generate(count: 10, seed: 2, variant: "wijkteam").first { $0.status == .complete })
        r.answers[MetadataID.date] = .text("2020-05-05")
        var record = ResponseRecord()
        let l = try #require(r.encoded().withUnsafeBytes { ResponseScanner.scan($0, into: &record, judge: pass.judge) })
        #expect(record.answer(MetadataID.date, in: pass.layouts[l]) == .text("2020-05-05"))
        #expect(ResponseFilter(from: "2020-01-01", to: "2020-12-31").matches(record, layout: pass.layouts[l]))
    }
    /// The memo's own hash table against a `Dictionary`: keys that collide in
    /// their low bits, zero keys, growth past many sizes, absent keys.
    @Test func conditionMemoTableActsAsADictionary() {
        var table = ConditionMemo.Table()
        var reference: [ConditionMemo.Key: Bool] = [:]
        var rng = SystemRandomNumberGenerator()
        var keys: [ConditionMemo.Key] = [ConditionMemo.Key(a: 0, b: 0)]
        for i in 0..<3000 {
            keys.append(ConditionMemo.Key(a: UInt64(i) << 40, b: 0))   // low bits all equal
            keys.append(ConditionMemo.Key(a: UInt64(i % 7), b: rng.next()))
        }
        for (n, key) in keys.enumerated() where reference[key] == nil {
            #expect(table[key] == nil)
            table.insert(key, n % 3 == 0)
            reference[key] = n % 3 == 0
        }
        #expect(table.count == reference.count)
        for (key, value) in reference { #expect(table[key] == value) }
        #expect(table[ConditionMemo.Key(a: 1 << 62, b: 5)] == nil)
    }
}
