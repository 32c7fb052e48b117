import Foundation
import WijkModel

/// Runs a `ResultsBrowser` on a started `NcursesTerminal`: draw, read an event,
/// hand keys to the browser, perform its effects, repeat. The home screen can
/// run the same session on its own terminal.
@MainActor
final class ResultsSession {
    private var browser: ResultsBrowser
    private let terminal: NcursesTerminal
    private let aggregate: (ResultsQuery) -> Summary
    private let loadResponses: (ResponseSelection) -> [Response]
    private var coding: CodingRunner?

    /// - Parameters:
    ///   - aggregate: makes a summary for a query (the aggregator over the data folders).
    ///   - loadResponses: reads the interviews of a drill-down.
    ///   - coding: the coder's project (`--coder`), which applies and saves coding changes.
    init(browser: ResultsBrowser, terminal: NcursesTerminal,
         aggregate: @escaping (ResultsQuery) -> Summary,
         loadResponses: @escaping (ResponseSelection) -> [Response],
         coding: CodingRunner? = nil) {
        self.browser = browser
        self.terminal = terminal
        self.aggregate = aggregate
        self.loadResponses = loadResponses
        self.coding = coding
    }

    /// How the session ended.
    enum Outcome: Equatable {
        case quit
        case signal(Int32)
    }

    /// Loops until the user quits or a signal arrives. The terminal must be started.
    func run() -> Outcome {
        browser.resize(terminal.size)
        draw()
        while true {
            guard let event = terminal.readEvent() else { continue }
            switch event {
            case .signal(let signal):
                return .signal(signal)
            case .resize(let size):
                browser.resize(size)
            case .key(let key):
                if key == .ctrl("l") { terminal.invalidate() }
                for effect in browser.handle(key) {
                    switch effect {
                    case .quit:
                        return .quit
                    case .reaggregate(let query):
                        draw()  // show "Bezig…" while counting
                        browser.update(summary: aggregate(query))
                    case .compare(let query):
                        draw()
                        browser.receive(comparison: aggregate(query))
                    case .loadResponses(let selection):
                        draw()
                        browser.receive(responses: loadResponses(selection))
                    case .coding, .loadCodings:
                        _ = coding?.perform(effect, on: &browser)  // only asked for when coding (--coder)
                    }
                }
            }
            draw()
        }
    }

    private func draw() {
        var grid = Grid(size: terminal.size)
        let cursor = browser.render(into: &grid)
        terminal.draw(grid, cursor: cursor)
    }
}
