import Foundation
import WijkModel

// TEMPORARY STUB (branch `shell`): stands in for the interview screen of branch `screens`
// with exactly its public API, so the app shell compiles. Reverted before merging.

enum InterviewEffect: Equatable {
    case save(Response)
    case leave(Response)
    case completed(Response)
}

struct InterviewScreen {
    var engine: InterviewEngine
    let lang: Lang
    let readOnly: Bool

    init(engine: InterviewEngine, lang: Lang, readOnly: Bool) {
        self.engine = engine
        self.lang = lang
        self.readOnly = readOnly
    }

    mutating func handle(_ key: Key, now: Date) -> [InterviewEffect] {
        switch key {
        case .function(10), .control("q"): return [.leave(engine.response)]
        case .enter: _ = engine.next(); return []
        default: return []
        }
    }

    func render(into grid: inout Grid) -> (x: Int, y: Int)? {
        grid.put("STUB " + (engine.currentQuestion?.label.resolve(lang.rawValue) ?? ""), x: 0, y: 0)
        return nil
    }
}
