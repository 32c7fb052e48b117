import Foundation
import WijkModel

/// The F8 review: every visible question's answer by section, problems highlighted.
struct ReviewList {
    enum Row: Equatable {
        case section(String)
        case answer(id: String, label: String, answer: String, problem: String?, hard: Bool, remark: String? = nil)
        /// An answer finishing will clear (its question no longer applies), with the old value.
        case cleared(label: String, answer: String)
    }

    let rows: [Row]
    let hardCount: Int
    let softCount: Int
    let clearCount: Int
    /// Completed because consent was refused: the closing screen says so.
    let endedWithoutConsent: Bool

    init(_ screen: InterviewScreen) {
        let engine = screen.engine, lang = screen.lang
        var rows: [Row] = []
        var hard = 0, soft = 0
        // First, so they cannot be missed: what finishing would clear.
        let clearing = engine.answersToClear()
        if !clearing.isEmpty {
            rows.append(.section(lang.t("Wordt gewist bij afronden (vraag niet meer van toepassing)",
                                        "Will be cleared on finishing (question no longer applies)")))
            for (key, value) in clearing {
                let (id, isOther) = Question.owner(ofAnswerKey: key)
                guard let question = engine.question(id) else {
                    rows.append(.cleared(label: key, answer: String(describing: value)))
                    continue
                }
                var label = question.label.resolve(lang.rawValue)
                var answer = AnswerText.of(value, question: question, engine: engine, lang: lang)
                if isOther {
                    label += lang.t(" (anders, namelijk)", " (other, namely)")
                    if case .text(let text) = value { answer = text }
                }
                rows.append(.cleared(label: label, answer: answer))
            }
        }
        clearCount = clearing.count
        endedWithoutConsent = engine.endedWithoutConsent
        for section in engine.questionnaire.sections {
            let visible = section.questions.filter { engine.isRelevant($0.id) && $0.type != .note }
            guard !visible.isEmpty else { continue }
            rows.append(.section(section.title.resolve(lang.rawValue)))
            for question in visible {
                let problems = engine.problems(for: question.id, lang: lang)
                let isHard = problems.contains { $0.severity == .hard }
                if isHard { hard += 1 } else if !problems.isEmpty { soft += 1 }
                rows.append(.answer(id: question.id, label: question.label.resolve(lang.rawValue),
                                    answer: AnswerText.of(engine.answer(question.id), question: question,
                                                          engine: engine, lang: lang),
                                    problem: problems.first?.message, hard: isHard,
                                    remark: engine.remark(for: question.id)))
            }
        }
        self.rows = rows
        hardCount = hard
        softCount = soft
    }

    func row(of id: String) -> Int? {
        rows.firstIndex { if case .answer(let q, _, _, _, _, _) = $0 { return q == id }; return false }
    }

    func move(from index: Int, by step: Int) -> Int {
        var i = index, moved = 0
        while moved < abs(step) {
            var j = i + (step > 0 ? 1 : -1)
            while rows.indices.contains(j), !rows[j].isAnswer { j += step > 0 ? 1 : -1 }
            guard rows.indices.contains(j) else { break }
            i = j; moved += 1
        }
        return i
    }

    /// A summary line, then the rows: label left, answer right; a problem row adds its
    /// message in the error or warning colour.
    func render(into grid: inout Grid, rect: Rect, selection: Int, readOnly: Bool, lang: Lang) {
        var summary: String
        if readOnly, endedWithoutConsent {
            summary = lang.t("Afgerond zonder toestemming: het gesprek is beëindigd, er is niets meer te beantwoorden.",
                             "Completed without consent: the interview has ended, nothing is left to answer.")
        } else if readOnly {
            summary = lang.t("Afgerond interview (alleen lezen).", "Completed interview (read-only).")
        } else if hardCount == 0 && softCount == 0 {
            summary = lang.t("Geen problemen. F8/Ctrl-F rondt het interview af.", "No problems. F8/Ctrl-F finishes the interview.")
        } else {
            summary = "\(lang.count(hardCount, Noun.problem)), \(lang.count(softCount, Noun.warning))."
        }
        if clearCount > 0, !readOnly {
            summary += " " + lang.count(clearCount, ("antwoord wordt", "antwoorden worden"), ("answer will be", "answers will be"))
                + lang.t(" gewist.", " cleared.")
        }
        grid.putTruncated(summary, x: rect.x, y: rect.y, width: rect.width,
                          style: hardCount > 0 && !readOnly ? .error : clearCount > 0 && !readOnly ? .warning : .muted)
        let list = rect.removing(top: 2)
        // The selection starts on the first answer, not on a section title.
        let selection = rows.indices.contains(selection) && selection > 0 ? selection : move(from: 0, by: 1)
        renderRows(into: &grid, list: list, selection: selection, lang: lang)
    }
}

extension ReviewList.Row {
    var isAnswer: Bool { if case .answer = self { return true }; return false }
}

extension InterviewScreen {
    mutating func handleReview(_ key: Key, selection: Int, now: Date) -> [InterviewEffect] {
        let list = ReviewList(self)
        let current = list.rows.indices.contains(selection) && selection > 0 ? selection : list.move(from: 0, by: 1)
        switch InterviewKeys.listAction(key) ?? InterviewKeys.review.action(for: key) {
        case .up?: mode = .review(selection: list.move(from: current, by: -1))
        case .down?: mode = .review(selection: list.move(from: current, by: 1))
        case .pageUp?: mode = .review(selection: list.move(from: current, by: -10))
        case .pageDown?: mode = .review(selection: list.move(from: current, by: 10))
        case .close?:
            mode = .answering
            message = nil
        case .finish?:
            return finish(now: now)
        case .reopen?:
            return perform(.reopen, now: now)
        case .leave?:
            return leave(now: now)
        case .select?:
            guard list.rows.indices.contains(current), case .answer(let id, _, _, _, _, _) = list.rows[current] else { return [] }
            return jump(to: id, now: now)
        default:
            if InterviewKeys.global.action(for: key) == .help { helpScroll = 0 }
        }
        return []
    }
}
