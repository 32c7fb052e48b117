import Foundation
import Testing
@testable import WijkModel

/// `CodableAnswers(summary:)` refers to the summary's answers instead of
/// copying them; everything built on it must come out as it does from the
/// same answers held as plain values.
@Suite struct CodableAnswersTests {
    /// The open answers of `summary` as values, the way they were collected before.
    static func copied(_ summary: Summary) -> [CodableAnswer] {
        var list: [CodableAnswer] = []
        for group in summary.groups {
            for variant in group.variants {
                for question in variant.questions {
                    for a in question.openAnswers {
                        list.append(CodableAnswer(interview: a.responseID, question: CodableAnswer.question(of: a), text: a.text,
                                                  variant: a.variant, gemeente: a.gemeente, organisation: a.organisation,
                                                  isOther: a.isOther))
                    }
                }
            }
        }
        return list
    }

    /// Two coders over a generated folder: `wijk code auto` rules, and a few hand codings,
    /// a stale one and a code no longer in the codebook among them.
    static func fixture(_ body: (Summary, CoderCodings, CoderCodings, CodeBook) throws -> Void) throws {
        try withTempDir { dir in
            for (i, r) in SampleData.generate(count: 150, seed: 33).enumerated() {
                try r.encoded().write(to: dir.appendingPathComponent("r\(i).json"))
            }
            let summary = Aggregator(questionnaires: BundledQuestionnaires.all,
                                     options: AggregationOptions(keepOpenAnswers: true, today: SampleData.today))
                .summarize(paths: [dir.path])
            let answers = copied(summary)
            #expect(answers.count > 100)
            var book = CodeBook()
            try book.create(name: "Drempels")
            try book.create(name: "Taal", parent: "drempels")
            try book.create(name: "Vertrouwen")
            var anna = CoderCodings(coder: "anna"), bert = CoderCodings(coder: "bert")
            for (n, a) in answers.enumerated() {
                let text = a.text.lowercased()
                if text.contains("taal") { anna.assign("taal", to: a.key, fingerprint: a.fingerprint, origin: .rule("taal")) }
                if text.contains("vertrouw") { anna.assign("vertrouwen", to: a.key, fingerprint: a.fingerprint) }
                if text.contains("taal") || n % 7 == 0 { bert.assign("taal", to: a.key, fingerprint: a.fingerprint) }
                if n % 11 == 0 { bert.assign("weg", to: a.key, fingerprint: a.fingerprint) }   // not in the codebook
                if n % 13 == 0 { anna.assign("drempels", to: a.key, fingerprint: AnswerFingerprint.of("older text")) }   // stale
            }
            try body(summary, anna, bert, book)
        }
    }

    @Test func answersAreTheSummarysOpenAnswers() throws {
        try Self.fixture { summary, _, _, _ in
            let lazy = CodableAnswers(summary: summary), copied = CodableAnswers(Self.copied(summary))
            #expect(Array(lazy.answers) == Array(copied.answers))
            #expect(lazy.questions == copied.questions)
            for q in copied.questions {
                #expect(Array(lazy.answers(question: q)) == Array(copied.answers(question: q)), "\(q)")
            }
            let some = copied.answers[copied.answers.count / 2]
            #expect(lazy.answer(some.key) == some)
            #expect(lazy.answer(AnswerKey(interview: "nobody", question: some.key.question)) == nil)
        }
    }

    @Test func tablesAgreementAndExportAreAsFromValues() throws {
        try Self.fixture { summary, anna, bert, book in
            let lazy = CodableAnswers(summary: summary), copied = CodableAnswers(Self.copied(summary))
            let variants = ["wijkteam", "migrantenorganisatie"]
            let tables = CodeTables(answers: lazy, codings: anna, codebook: book, variants: variants)
            #expect(tables == CodeTables(answers: copied, codings: anna, codebook: book, variants: variants))
            #expect(tables.questions.contains { $0.variants.contains { $0.stale > 0 } })
            let other = CodeTables(answers: lazy, codings: bert, codebook: book, variants: [], allQuestions: true)
            #expect(other == CodeTables(answers: copied, codings: bert, codebook: book, variants: [], allQuestions: true))
            #expect(other.codes.contains { $0.id == "weg" && $0.name.isEmpty })

            let agreement = Agreement(answers: lazy, first: anna, second: bert, codebook: book)
            #expect(agreement == Agreement(answers: copied, first: anna, second: bert, codebook: book))
            #expect(agreement.answers > 0 && !agreement.disagreements.isEmpty)
            for a in [agreement, Agreement(answers: lazy, first: anna, second: anna, codebook: book)] {
                var streamed: [UInt8] = []
                a.writeJSON { streamed += $0 }
                #expect(String(decoding: streamed, as: UTF8.self) == JSONWriter.write(a.json) + "\n")
            }
            let q = tables.questions[0].question
            #expect(Agreement(answers: lazy, first: anna, second: bert, codebook: book, question: q)
                    == Agreement(answers: copied, first: anna, second: bert, codebook: book, question: q))

            let rows = CodingsExport.rows(answers: lazy, coders: [anna, bert], codebook: book)
            #expect(rows == CodingsExport.rows(answers: copied, coders: [anna, bert], codebook: book))
            #expect(rows.count == anna.count + bert.count)
        }
    }

    @Test func filtersAndProgressReadOnlyWhatTheyNeedButAgree() throws {
        try Self.fixture { summary, anna, bert, _ in
            let lazy = CodableAnswers(summary: summary)
            let values = Array(lazy.answers)
            for codings in [anna, bert, CoderCodings(coder: "nobody")] {
                #expect(CodingProgress(lazy, codings: codings) == CodingProgress(values, codings: codings))
                let statuses: [CodingFilter.Status] = [.all, .uncoded, .coded, .stale, .code("taal"), .code("weg")]
                for status in statuses {
                    for variant in [nil, "wijkteam"] as [String?] {
                        let filter = CodingFilter(status: status, variant: variant)
                        let fast = values.indices.filter { filter.matches(lazy, at: $0, codings: codings) }
                        let slow = values.indices.filter { filter.matches(values[$0], codings: codings) }
                        #expect(fast == slow, "\(status) \(variant ?? "-")")
                    }
                }
            }
            // One question's lists, as the coding screen gets them.
            let parts = summary.groups[0].variants.compactMap { $0.questions.first { $0.id == "beeld" }?.openAnswers }
            let beeld = CodableAnswers(openAnswers: parts)
            #expect(Array(beeld.answers) == Array(CodableAnswers(Self.copied(summary)).answers(question: "beeld")))
        }
    }
}
