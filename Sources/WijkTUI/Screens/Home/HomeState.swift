import Foundation
import WijkModel

/// One selectable line of the home screen.
enum HomeItem: Equatable {
    case newInterview
    /// Open the results browser on the data directory.
    case browseResults
    case draft(HomeRow)
    case completed(HomeRow)
    case broken(HomeRow)
    case quit
}

/// What a key on the home screen asks the app to do.
enum HomeAction: Equatable {
    case newInterview
    case browseResults
    case resume(id: String)
    case view(id: String)
    case showProblem(HomeRow)
    case refresh
    case quit
}

/// The home screen: start, browse the results, resume, view, quit. Drafts are always offered explicitly —
/// nothing is resumed or overwritten without the interviewer choosing it.
struct HomeState: Equatable {
    private(set) var items: [HomeItem] = [.newInterview, .browseResults, .quit]
    var selection: Int = 0
    /// False until the first listing arrived.
    private(set) var loaded = false

    var drafts: [HomeRow] { items.compactMap { if case .draft(let r) = $0 { r } else { nil } } }
    var completed: [HomeRow] { items.compactMap { if case .completed(let r) = $0 { r } else { nil } } }
    var broken: [HomeRow] { items.compactMap { if case .broken(let r) = $0 { r } else { nil } } }

    /// Replaces the lists (newest first, as the store lists them); keeps the selection on
    /// the same interview when it is still there.
    mutating func load(_ listings: [StoreListing], questionnaires: [Questionnaire], today: String,
                       timeZone: TimeZone) {
        let selectedID = selectedRowID
        var drafts: [HomeItem] = [], done: [HomeItem] = [], broken: [HomeItem] = []
        for listing in listings {
            let row = HomeRow.make(listing, questionnaires: questionnaires, today: today, timeZone: timeZone)
            switch listing.status {
            case .draft?: drafts.append(.draft(row))
            case .complete?: done.append(.completed(row))
            case nil: broken.append(.broken(row))
            }
        }
        items = [.newInterview, .browseResults] + drafts + done + broken + [.quit]
        loaded = true
        if let selectedID, let index = items.firstIndex(where: { Self.rowID($0) == selectedID }) {
            selection = index
        } else {
            selection = min(selection, items.count - 1)
        }
    }

    /// Moves the selection or picks an item.
    mutating func handle(_ key: Key) -> HomeAction? {
        switch key {
        case .up, .character("k"): selection = max(0, selection - 1)
        case .down, .character("j"): selection = min(items.count - 1, selection + 1)
        case .home: selection = 0
        case .end: selection = items.count - 1
        case .pageUp: selection = max(0, selection - 10)
        case .pageDown: selection = min(items.count - 1, selection + 10)
        case .enter, .character(" "): return action(for: items[selection])
        case .character("n"), .character("N"): return .newInterview
        case .character("q"), .character("Q"), .function(10), .control("q"), .escape: return .quit
        // Not F5/Ctrl-R: in the interview those answer "don't know" and "refused".
        case .character("r"), .character("R"): return .refresh
        default: break
        }
        return nil
    }

    /// The footer: (keys, what they do).
    static func footer(_ lang: Lang) -> [(keys: String, text: String)] {
        [("↑↓", lang.t("Kiezen", "Select")), ("Enter", lang.t("Openen", "Open")),
         ("N", lang.t("Nieuw", "New")), ("R", lang.t("Vernieuwen", "Refresh")),
         ("Q/F10/Ctrl-Q", lang.t("Stoppen", "Quit"))]
    }

    private var selectedRowID: String? {
        items.indices.contains(selection) ? Self.rowID(items[selection]) : nil
    }

    private static func rowID(_ item: HomeItem) -> String? {
        switch item {
        case .draft(let r), .completed(let r), .broken(let r): return r.id
        case .newInterview, .browseResults, .quit: return nil
        }
    }

    private func action(for item: HomeItem) -> HomeAction {
        switch item {
        case .newInterview: return .newInterview
        case .browseResults: return .browseResults
        case .draft(let row): return .resume(id: row.id)
        case .completed(let row): return .view(id: row.id)
        case .broken(let row): return .showProblem(row)
        case .quit: return .quit
        }
    }
}
