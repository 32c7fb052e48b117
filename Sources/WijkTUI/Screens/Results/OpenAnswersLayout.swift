import Foundation
import WijkModel

/// The open-answers pager's lines, laid out without being made: per variant a
/// heading, then per answer a line saying who gave it and its text wrapped at
/// the pager's width. Only how many lines each answer fills is kept (4 bytes
/// an answer); a line is made when it is drawn. Made once per question, data
/// and width (`OpenAnswersMemo`): at 200,000 interviews a question has
/// 170,000 answers in 600,000 lines, which took seconds to make per frame.
struct OpenAnswersLayout: @unchecked Sendable {
    // @unchecked: read-only after it is made; `OpenAnswers` refer to a pool that locks itself.
    struct Section {
        var title: String
        var answers: OpenAnswers
        /// The section's first line in the pager.
        var start: Int
        /// Per answer, its first line (who gave it) relative to `start`; one more entry: the closing blank line.
        var offsets: [Int32]
        /// The first answer's number in the pager (answers are numbered across sections).
        var firstAnswer: Int
        var count: Int { Int(offsets[offsets.count - 1]) + 1 }
    }

    let width: Int
    let sections: [Section]
    let count: Int
    let lang: Lang

    init(_ context: ResultsContext, questionID: String, width: Int) {
        let lang = context.lang
        var sections: [Section] = [], start = 0, answer = 0
        for (variant, question) in context.questionSummaries(questionID) {
            let answers = question?.openAnswers ?? []
            var offsets: [Int32] = []
            offsets.reserveCapacity(answers.count + 1)
            var line = answers.isEmpty ? 2 : 1
            for a in answers {
                offsets.append(Int32(line))
                line += 1 + TextWidth.wrap(a.text, width: max(1, width - 4)).count
            }
            offsets.append(Int32(line))
            let title = "\(context.labels.variantName(variant.variant)) — \(answers.count) " + lang.t("antwoorden", "answers")
            let section = Section(title: title, answers: answers, start: start, offsets: offsets, firstAnswer: answer)
            sections.append(section)
            start += section.count
            answer += answers.count
        }
        self.width = width; self.sections = sections; self.count = start; self.lang = lang
    }

    /// Lines `range` of the pager, each answer in it wrapped once.
    func lines(_ range: Range<Int>) -> [OpenAnswersScreen.Line] {
        var out: [OpenAnswersScreen.Line] = []
        var i = range.lowerBound
        while i < range.upperBound {
            let (s, offset) = place(i)
            let section = sections[s]
            if offset == 0 {
                out.append(.init(text: section.title, style: .title, searchable: false)); i += 1; continue
            }
            if offset == section.count - 1 {
                out.append(.init(text: "", style: .normal, searchable: false)); i += 1; continue
            }
            if section.answers.isEmpty {
                out.append(.init(text: lang.t("  (geen antwoorden)", "  (no answers)"), style: .muted, searchable: false)); i += 1; continue
            }
            // Within answer j: its source line, then its text's lines.
            let j = answerIndex(section, offset)
            let answerLines = self.answerLines(section, j)
            var k = offset - Int(section.offsets[j])
            while k < answerLines.count && i < range.upperBound { out.append(answerLines[k]); k += 1; i += 1 }
        }
        return out
    }

    /// Every line (tests, and small questions).
    var all: [OpenAnswersScreen.Line] { lines(0..<count) }

    /// The first line of each answer containing `query` (case-insensitive) in
    /// one of its lines: only answers whose text contains it are wrapped again.
    func matches(_ query: String) -> [Int] {
        guard !query.isEmpty else { return [] }
        var found: [Int] = []
        // A query with a space may match only where lines are drawn (their indent; wrapping
        // joins runs of spaces): then every answer is wrapped and looked at.
        let inText = !query.contains(where: \.isWhitespace)
        for section in sections {
            for (j, a) in section.answers.enumerated() where !inText || a.text.range(of: query, options: .caseInsensitive) != nil {
                let lines = answerLines(section, j)
                if let k = lines.firstIndex(where: { $0.searchable && $0.text.range(of: query, options: .caseInsensitive) != nil }) {
                    found.append(section.start + Int(section.offsets[j]) + k)
                }
            }
        }
        return found
    }

    /// Answer `j` of `section` as lines: who gave it, then its text wrapped.
    private func answerLines(_ section: Section, _ j: Int) -> [OpenAnswersScreen.Line] {
        let answer = section.answers[j]
        let source = [answer.organisation, answer.gemeente].filter { !$0.isEmpty }.joined(separator: ", ")
        let other = answer.isOther ? lang.t(" · anders, namelijk", " · other, namely") : ""
        var out = [OpenAnswersScreen.Line(text: "  " + (source.isEmpty ? "–" : source) + other, style: .muted, searchable: false)]
        for line in TextWidth.wrap(answer.text, width: max(1, width - 4)) {
            out.append(.init(text: "    " + line, style: .normal, searchable: true, answer: section.firstAnswer + j))
        }
        return out
    }

    /// The section line `i` is in, and its offset there.
    private func place(_ i: Int) -> (Int, Int) {
        var lo = 0, hi = sections.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if sections[mid].start <= i { lo = mid } else { hi = mid - 1 }
        }
        return (lo, i - sections[lo].start)
    }

    /// The answer whose lines hold `offset` (an offset past the heading and before the closing line).
    private func answerIndex(_ section: Section, _ offset: Int) -> Int {
        var lo = 0, hi = section.offsets.count - 2
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if Int(section.offsets[mid]) <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }
}

/// The layout and search of one pager, made again only when the question's
/// data, the width or the query change. Shared by copies of the screen's
/// state; a memo of pure functions of its key, so sharing it changes nothing shown.
final class OpenAnswersMemo: @unchecked Sendable {
    // @unchecked: every access to the mutable state below holds `lock`.
    private let lock = NSLock()
    private var key: [AnyHashable]?
    private var layout: OpenAnswersLayout?
    private var search: (query: String, matches: [Int], answers: Int, occurrences: Int)?

    func layout(_ context: ResultsContext, questionID: String, width: Int) -> OpenAnswersLayout {
        let key = Self.key(context, questionID: questionID, width: width)
        lock.lock(); defer { lock.unlock() }
        if let key, key == self.key, let layout { return layout }
        let made = OpenAnswersLayout(context, questionID: questionID, width: width)
        self.key = key; layout = made; search = nil
        return made
    }

    /// The lines matching `query` and the answers and occurrences counted in the texts.
    func search(_ layout: OpenAnswersLayout, query: String) -> (matches: [Int], answers: Int, occurrences: Int) {
        lock.lock()
        if let search, search.query == query, self.layout?.count == layout.count, self.layout?.width == layout.width {
            lock.unlock()
            return (search.matches, search.answers, search.occurrences)
        }
        lock.unlock()
        let matches = layout.matches(query)
        var answers = 0, occurrences = 0
        for section in layout.sections {
            for answer in section.answers {
                let text = answer.text
                var n = 0, start = text.startIndex
                while let r = text.range(of: query, options: .caseInsensitive, range: start..<text.endIndex), !r.isEmpty {
                    n += 1; start = r.upperBound
                }
                if n > 0 { answers += 1; occurrences += n }
            }
        }
        lock.lock()
        search = (query, matches, answers, occurrences)
        lock.unlock()
        return (matches, answers, occurrences)
    }

    /// What the layout depends on: the width, the language, and per variant its answers' identity and
    /// number; nil (never reused) for answers made by hand.
    private static func key(_ context: ResultsContext, questionID: String, width: Int) -> [AnyHashable]? {
        var key: [AnyHashable] = [questionID, width, context.lang.rawValue]
        for (variant, question) in context.questionSummaries(questionID) {
            let answers = question?.openAnswers ?? []
            guard answers.isEmpty || answers.poolIdentity != nil else { return nil }
            key += [variant.variant, answers.count, answers.poolIdentity.map { AnyHashable($0) } ?? AnyHashable(0)]
        }
        return key
    }
}
