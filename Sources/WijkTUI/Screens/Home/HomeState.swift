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
///
/// The items are "new interview", "browse results", the drafts, the completed interviews, the
/// unreadable files, then "quit", each group newest first. They are kept as the store's compact
/// list plus each group's positions in it; an item's row is made when it is asked for (only the
/// visible lines are drawn), so 200,000 interviews do not become 200,000 rows of strings.
struct HomeState: Equatable {
    /// The interviews, newest first, as the store lists them.
    private(set) var list = InterviewList()
    /// Positions in `list` of the drafts, the completed interviews and the broken files.
    private var groups: [[Int32]] = [[], [], []]
    /// For the rows' "saved" column.
    private var timeZone = TimeZone(identifier: "UTC")!
    var selection: Int = 0
    /// False until the first listing arrived.
    private(set) var loaded = false

    var draftCount: Int { groups[0].count }
    var completedCount: Int { groups[1].count }
    var brokenCount: Int { groups[2].count }
    /// Every item, "quit" included.
    var itemCount: Int { 3 + groups[0].count + groups[1].count + groups[2].count }

    /// Item `index` (`0..<itemCount`).
    func item(_ index: Int) -> HomeItem {
        switch index {
        case 0: return .newInterview
        case 1: return .browseResults
        case itemCount - 1: return .quit
        default:
            var i = index - 2
            for (g, group) in groups.enumerated() {
                if i < group.count {
                    let row = HomeRow.make(list[Int(group[i])], timeZone: timeZone)
                    return g == 0 ? .draft(row) : g == 1 ? .completed(row) : .broken(row)
                }
                i -= group.count
            }
            return .quit
        }
    }

    /// The rows of each group (every one made: for tests and checks, not for drawing).
    var drafts: [HomeRow] { groups[0].map { HomeRow.make(list[Int($0)], timeZone: timeZone) } }
    var completed: [HomeRow] { groups[1].map { HomeRow.make(list[Int($0)], timeZone: timeZone) } }
    var broken: [HomeRow] { groups[2].map { HomeRow.make(list[Int($0)], timeZone: timeZone) } }

    /// Replaces the lists (newest first, as the store lists them); keeps the selection on
    /// the same interview when it is still there.
    mutating func load(_ list: InterviewList, timeZone: TimeZone) {
        let selectedID = selectedRowID
        var groups: [[Int32]] = [[], [], []]
        for i in list.indices {
            switch list.status(at: i) {
            case .draft?: groups[0].append(Int32(i))
            case .complete?: groups[1].append(Int32(i))
            case nil: groups[2].append(Int32(i))
            }
        }
        self.list = list
        self.groups = groups
        self.timeZone = timeZone
        loaded = true
        if let selectedID, let index = itemIndex(id: selectedID) {
            selection = index
        } else {
            selection = min(selection, itemCount - 1)
        }
    }

    /// Moves the selection or picks an item.
    mutating func handle(_ key: Key) -> HomeAction? {
        switch key {
        case .up, .character("k"): selection = max(0, selection - 1)
        case .down, .character("j"): selection = min(itemCount - 1, selection + 1)
        case .home: selection = 0
        case .end: selection = itemCount - 1
        case .pageUp: selection = max(0, selection - 10)
        case .pageDown: selection = min(itemCount - 1, selection + 10)
        case .enter, .character(" "): return action(for: item(selection))
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

    /// The id of the selected interview, if an interview is selected.
    private var selectedRowID: String? {
        guard (2..<itemCount - 1).contains(selection) else { return nil }
        switch item(selection) {
        case .draft(let r), .completed(let r), .broken(let r): return r.id
        case .newInterview, .browseResults, .quit: return nil
        }
    }

    /// The item of the interview `id`, if it is listed.
    private func itemIndex(id: String) -> Int? {
        var first = 2
        for group in groups {
            if let i = group.firstIndex(where: { list.id(at: Int($0), is: id) }) { return first + i }
            first += group.count
        }
        return nil
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
