import Foundation
import Testing
import WijkModel
@testable import WijkTUI

/// The pager lays its lines out lazily (per answer only how many lines it
/// fills); every line, range and search must come out as when every line was made.
@Suite struct OpenAnswersLayoutTests {
    /// The pager's lines made one by one, as the screen made them before the layout.
    static func eager(_ context: ResultsContext, _ questionID: String, width: Int) -> [OpenAnswersScreen.Line] {
        let lang = context.lang
        var out: [OpenAnswersScreen.Line] = []
        var index = 0
        for (variant, question) in context.questionSummaries(questionID) {
            let answers = question?.openAnswers ?? []
            out.append(.init(text: "\(context.labels.variantName(variant.variant)) — \(answers.count) " + lang.t("antwoorden", "answers"),
                             style: .title, searchable: false))
            if answers.isEmpty { out.append(.init(text: lang.t("  (geen antwoorden)", "  (no answers)"), style: .muted, searchable: false)) }
            for answer in answers {
                let source = [answer.organisation, answer.gemeente].filter { !$0.isEmpty }.joined(separator: ", ")
                let other = answer.isOther ? lang.t(" · anders, namelijk", " · other, namely") : ""
                out.append(.init(text: "  " + (source.isEmpty ? "–" : source) + other, style: .muted, searchable: false))
                for line in TextWidth.wrap(answer.text, width: max(1, width - 4)) {
                    out.append(.init(text: "    " + line, style: .normal, searchable: true, answer: index))
                }
                index += 1
            }
            out.append(.init(text: "", style: .normal, searchable: false))
        }
        return out
    }

    @Test func layoutGivesTheLinesTheirRangesAndMatches() throws {
        let b = try ResultsFixture.browser()
        let context = b.context
        // Every question with open answers somewhere (texts and "anders, namelijk" texts), plus one without.
        var ids = Set<String>()
        for v in context.variants { for q in v.questions where !q.openAnswers.isEmpty { ids.insert(q.id) } }
        #expect(ids.contains("beeld"))
        ids.insert(MetadataID.gemeente)
        for id in ids.sorted() {
            for width in [1, 7, 40, 78, 118] {
                let screen = OpenAnswersScreen(questionID: id)
                let expected = Self.eager(context, id, width: width)
                let layout = screen.layout(context, width: width)
                #expect(layout.count == expected.count, "\(id) at \(width)")
                #expect(layout.all == expected, "\(id) at \(width)")
                for start in stride(from: 0, to: expected.count, by: 5) {
                    let end = min(expected.count, start + 13)
                    #expect(layout.lines(start..<end) == Array(expected[start..<end]), "\(id) \(start)..<\(end)")
                }
                for query in ["hulp", "TAAL", "e", "niets-zoals-dit", " de", "  ", "n  h"] {
                    var searching = screen
                    searching.query = query
                    #expect(searching.search(layout).matches == searching.matches(expected), "\(id) \(query) at \(width)")
                }
            }
        }
    }

    @Test func layoutIsMadeOncePerWidth() throws {
        let b = try ResultsFixture.browser()
        let screen = OpenAnswersScreen(questionID: "beeld")
        let first = screen.layout(b.context, width: 78)
        var copy = screen
        copy.query = "hulp"
        // The copy shares the memo: the same layout, not a new one.
        #expect(copy.layout(b.context, width: 78).sections.map(\.offsets) == first.sections.map(\.offsets))
        #expect(screen.layout(b.context, width: 40).count > first.count)
    }
}

extension OpenAnswersScreen {
    /// Every line of the pager at `width` columns.
    func lines(_ context: ResultsContext, width: Int) -> [Line] { layout(context, width: width).all }

    /// The search done line by line over every line, as the pager did it before its layout:
    /// the first line of each answer containing the query.
    func matches(_ lines: [Line]) -> [Int] {
        guard !query.isEmpty else { return [] }
        var seen: Set<Int> = []
        return lines.indices.filter {
            lines[$0].searchable && lines[$0].text.range(of: query, options: .caseInsensitive) != nil
                && seen.insert(lines[$0].answer ?? -1 - $0).inserted
        }
    }
}
