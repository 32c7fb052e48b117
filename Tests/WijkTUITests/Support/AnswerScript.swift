import Foundation
import WijkModel
@testable import WijkTUI

/// How to answer any question with keys, and the value that produces — so a test can
/// type through a whole questionnaire while a mirror engine predicts which question
/// comes next. Picks values that satisfy the bundled questionnaires' ranges.
enum AnswerScript {
    /// A key step: tmux key names or literal text.
    enum Step: Equatable {
        case named(String)
        case literal(String)

        /// The same step as `Key`s, for in-process use.
        var keys: [Key] {
            switch self {
            case .literal(let text): return text.map { Key.character($0) }
            case .named(let name):
                switch name {
                case "Enter": return [.enter]
                case "Tab": return [.tab]
                case "Down": return [.down]
                case "Home": return [.home]
                case "End": return [.end]
                case "Space": return [.character(" ")]
                default: return []
                }
            }
        }
    }

    /// The keys that answer and confirm `question`, and the stored value they give.
    static func answer(_ question: Question, in questionnaire: Questionnaire, today: String)
        -> (steps: [Step], value: AnswerValue?) {
        let first = questionnaire.choiceList(for: question)?.choices.first { $0.value != question.other?.value }
        switch question.type {
        case .note:
            return ([.named("Enter")], nil)
        case .single:
            let index = questionnaire.choiceList(for: question)?.choices.firstIndex { $0.value == first?.value } ?? 0
            return ([.named("Home")] + Array(repeating: .named("Down"), count: index) + [.named("Enter")],
                    first.map { .text($0.value) })
        case .multiple:
            let index = questionnaire.choiceList(for: question)?.choices.firstIndex { $0.value == first?.value } ?? 0
            return ([.named("Home")] + Array(repeating: .named("Down"), count: index) + [.named("Space"), .named("Enter")],
                    first.map { .choices([$0.value]) })
        case .scale:
            let max = question.scale?.max ?? 5
            return ([.named("End"), .named("Enter")], .number(Double(max)))
        case .yesNo:
            return ([.literal("j"), .named("Enter")], .bool(true))
        case .integer:
            let value = Int((question.min ?? 3).rounded(.up))
            return ([.literal(String(value)), .named("Enter")], .number(Double(value)))
        case .decimal:
            let value = (question.min ?? 2) + 0.5
            let text = String(value).replacingOccurrences(of: ".", with: ",")
            return ([.literal(text), .named("Enter")], .number(value))
        case .date:
            return ([.literal(today), .named("Enter")], .text(today))
        case .text:
            let text = "Antwoord ğüş é"
            return ([.literal(text), .named("Enter")], .text(text))
        case .longText:
            let text = "Een langer antwoord met Turkse letters ğışçö en Arabisch مرحبا, over meerdere woorden."
            return ([.literal(text), .named("Tab")], .text(text))
        }
    }
}
