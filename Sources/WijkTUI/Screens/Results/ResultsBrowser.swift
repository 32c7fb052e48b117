import WijkModel

/// Which results screen is showing.
public enum ResultsScreen: Sendable, Hashable {
    case list, question, openAnswers, filters, crossTab, interviews, interview, help
    case comparison, progress
    /// Coding open answers (`CodingScreen`, its own keys and panels).
    case coding
}

/// The results browser as a value: state plus `handle(_:) -> [ResultsEffect]`
/// and a pure `render(into:)`. The runner (`ResultsCommand` or the home screen)
/// performs the effects — aggregating again, loading interviews — and feeds
/// the results back with `update(summary:)` and `receive(responses:)`.
public struct ResultsBrowser: Sendable {
    public private(set) var summary: Summary
    public let questionnaires: [Questionnaire]
    public let lang: Lang
    /// The filter and cross-tabs the current summary was made with.
    public private(set) var query: ResultsQuery
    public private(set) var screen: ResultsScreen = .list
    /// The terminal size the browser lays out for (set by the runner).
    public private(set) var size = Size.minimum
    /// A request is out (aggregating or loading); shown in the footer.
    public internal(set) var isBusy = false

    var history: [ResultsScreen] = []
    var list: QuestionListScreen
    var questionView: QuestionViewScreen?
    var openAnswers: OpenAnswersScreen?
    var filterPanel: FilterPanelScreen?
    var crossTab: CrossTabScreen?
    var interviews: InterviewListScreen?
    var interview: ResultsInterviewDetail?
    var help: HelpScreen?
    var comparison: ComparisonScreen?
    var progress: ProgressScreen?
    var coding: CodingScreen?
    /// The coder's codebook and codings when `--coder` was given (see ResultsBrowser+Coding).
    var codingProject: CodingProject?
    var coders: [String] = []
    /// The first question picked for a cross-tab, waiting for the second.
    var crossTabRow: String?
    /// One-line message in the footer until the next key.
    var message: String?
    /// Gemeenten and wijken seen in any summary, for the filter panel.
    var knownGemeenten: Set<String> = []
    var knownWijken: Set<String> = []

    /// - Parameters:
    ///   - summary: the first aggregation (made with `query`).
    ///   - query: the filter and cross-tabs `summary` was made with.
    public init(summary: Summary, questionnaires: [Questionnaire], lang: Lang,
                query: ResultsQuery? = nil) {
        self.summary = summary
        self.questionnaires = questionnaires
        self.lang = lang
        self.query = query ?? ResultsQuery(filter: summary.filter)
        self.list = QuestionListScreen(questionnaires: questionnaires, lang: lang)
        remember(summary)
    }

    var context: ResultsContext {
        ResultsContext(summary: summary, labels: ResultsLabels(questionnaires: questionnaires, lang: lang))
    }

    /// The area between header and footer at the current size.
    var contentArea: Rect { ResultsChrome.contentArea(size) }

    /// Rows available to a scrolling screen's body.
    var visibleRows: Int { max(1, size.height - 5) }

    /// Rows of the question list (its position counter takes one when it scrolls).
    var listRows: Int { list.bodyHeight(visibleRows) }

    // MARK: Feedback from the runner

    /// The terminal changed size.
    public mutating func resize(_ size: Size) {
        self.size = size
        list.scroller.reveal(count: list.rows.count, visible: listRows)
    }

    /// A new aggregation arrived (after `.reaggregate`).
    public mutating func update(summary: Summary) {
        self.summary = summary
        isBusy = false
        remember(summary)
        // Per-response data belongs to the old filter.
        if screen == .interviews || screen == .interview {
            goBack(to: .question)
        }
        interviews = nil
        interview = nil
    }

    /// The interviews asked for with `.loadResponses` arrived.
    public mutating func receive(responses: [Response]) {
        isBusy = false
        guard var screen = interviews else { return }
        screen.responses = InterviewListScreen.sorted(responses)
        interviews = screen
    }

    /// The runner could not do what was asked (shown in the footer).
    public mutating func fail(_ message: String) {
        isBusy = false
        self.message = message
    }

    private mutating func remember(_ summary: Summary) {
        for variant in summary.all?.variants ?? [] {
            for c in variant.question(MetadataID.gemeente)?.choices ?? [] where !c.code.isEmpty { knownGemeenten.insert(c.code) }
            for c in variant.question(MetadataID.wijk)?.choices ?? [] where !c.code.isEmpty { knownWijken.insert(c.code) }
        }
    }

    // MARK: Keys

    /// The key map in effect on `screen` (typing: the search field is open).
    static func keyMap(for screen: ResultsScreen, typing: Bool) -> KeyMap<ResultsAction> {
        switch screen {
        case .list: return ResultsKeys.list
        case .question: return ResultsKeys.question
        case .openAnswers: return typing ? ResultsKeys.searchInput : ResultsKeys.openAnswers
        case .filters: return ResultsKeys.filters
        case .crossTab: return ResultsKeys.crossTab
        case .interviews: return ResultsKeys.interviews
        case .interview: return ResultsKeys.interview
        case .help: return ResultsKeys.help
        case .comparison: return ResultsKeys.comparison
        case .progress: return ResultsKeys.progress
        case .coding: return KeyMap([])  // CodingScreen.keyMap
        }
    }

    var currentKeyMap: KeyMap<ResultsAction> {
        Self.keyMap(for: screen, typing: openAnswers?.isTyping == true && screen == .openAnswers)
    }

    /// Handles one key and returns what the runner must do.
    public mutating func handle(_ key: Key) -> [ResultsEffect] {
        message = nil
        if key == .resize { return [] }
        if isTooSmall {
            return [.character("q"), .function(10), .ctrl("c")].contains(key) ? [.quit] : []
        }
        if screen == .coding { return codingKey(key) }
        if screen == .openAnswers, openAnswers?.isTyping == true, let effects = typeSearch(key) { return effects }
        if screen == .filters, filterPanel?.acceptsText == true {
            if case .character(let c) = key { filterPanel?.type(c); return [] }
            if key == .backspace { filterPanel?.backspace(); return [] }
        }
        guard let action = currentKeyMap.action(for: key) else { return [] }
        return perform(action)
    }

    var isTooSmall: Bool { size.isBelowMinimum }

    private mutating func perform(_ action: ResultsAction) -> [ResultsEffect] {
        switch action {
        case .quit: return [.quit]
        case .help:
            help = HelpScreen(screen: screen)
            push(.help)
            return []
        case .filters:
            filterPanel = FilterPanelScreen(filter: query.filter, variants: questionnaires.map(\.variant),
                                            gemeenten: knownGemeenten.sorted(), wijken: knownWijken.sorted())
            push(.filters)
            return []
        case .back:
            if screen == .list { return [] }
            if screen == .openAnswers, openAnswers?.isTyping == true { openAnswers?.input = nil; return [] }
            pop()
            return []
        default: break
        }
        switch screen {
        case .list: return listAction(action)
        case .question: return questionAction(action)
        case .openAnswers: return openAnswersAction(action)
        case .filters: return filterAction(action)
        case .crossTab: return crossTabAction(action)
        case .comparison: return comparisonAction(action)
        case .progress: return progressAction(action)
        case .interviews: return interviewsAction(action)
        case .interview:
            if let current = interview {
                let count = current.lines(context, width: size.width - 2).count, visible = visibleRows
                interview?.scroller.scroll(action, count: count, visible: visible)
            }
            return []
        case .help:
            let visible = visibleRows
            help?.scroller.scroll(action, count: 40, visible: visible)
            return []
        case .coding: return []
        }
    }

    /// Opens a question directly (as Enter on it in the list does).
    public mutating func open(questionID id: String) {
        list.select(id, visible: listRows)
        _ = listAction(.open)
    }

    private mutating func listAction(_ action: ResultsAction) -> [ResultsEffect] {
        if action == .progress { return openProgress() }
        if action == .open, let id = list.selectedQuestionID {
            if let q = context.anySummary(id), QuestionListScreen.isPager(q) {
                openAnswers = OpenAnswersScreen(questionID: id)
                push(.openAnswers)
            } else {
                questionView = QuestionViewScreen(questionID: id)
                push(.question)
            }
            return []
        }
        list.move(action, visible: listRows)
        return []
    }

    private mutating func questionAction(_ action: ResultsAction) -> [ResultsEffect] {
        guard let view = questionView else { return [] }
        switch action {
        case .open:
            guard let code = view.selectedCode(context) else { return [] }
            guard view.selectionShows(context: context, area: contentArea) else {
                message = lang.t("Kies eerst een antwoord met ↑/↓.", "Choose an answer with ↑/↓ first.")
                return []
            }
            let selection = ResponseSelection(filter: query.filter, questionID: view.questionID, code: code)
            interviews = InterviewListScreen(selection: selection)
            push(.interviews)
            isBusy = true
            return [.loadResponses(selection)]
        case .openAnswers:
            let hasOpen = context.questionSummaries(view.questionID).contains { !($0.question?.openAnswers.isEmpty ?? true) }
            guard hasOpen else {
                message = lang.t("Deze vraag heeft geen open antwoorden.", "This question has no open answers.")
                return []
            }
            openAnswers = OpenAnswersScreen(questionID: view.questionID)
            push(.openAnswers)
            return []
        case .compare: return openComparison(view.questionID)
        case .crossTab:
            guard context.anySummary(view.questionID)?.type.isClosed == true else {
                message = lang.t("Alleen gesloten vragen passen in een kruistabel.", "Only closed questions fit in a cross-tab.")
                return []
            }
            guard let row = crossTabRow, row != view.questionID else {
                crossTabRow = view.questionID
                message = lang.t("Rijen gekozen; open een tweede vraag en druk x.", "Rows chosen; open a second question and press x.")
                return []
            }
            crossTabRow = nil
            let request = CrossTabRequest(row: row, column: view.questionID)
            crossTab = CrossTabScreen(request: request)
            push(.crossTab)
            if context.summary.all?.crossTabs.contains(where: { $0.request == request }) == true { return [] }
            query.crossTabs = [request]
            isBusy = true
            return [.reaggregate(query)]
        default:
            let ctx = context
            let area = contentArea
            questionView?.move(action, context: ctx, area: area)
            return []
        }
    }

    private mutating func openAnswersAction(_ action: ResultsAction) -> [ResultsEffect] {
        guard let pager = openAnswers else { return [] }
        let visible = visibleRows - 3
        switch action {
        case .search: openAnswers?.input = ""
        case .code: return startCoding(pager.questionID)
        default:
            // Laid out once per question and width (a memo), not per key.
            let layout = pager.layout(context, width: size.width - 2)
            switch action {
            case .nextMatch: openAnswers?.jump(forward: true, layout: layout, visible: visible)
            case .previousMatch: openAnswers?.jump(forward: false, layout: layout, visible: visible)
            default: openAnswers?.scroll(action, count: layout.count, visible: visible)
            }
        }
        return []
    }

    /// Keys while the search field is open; nil lets the key map decide.
    private mutating func typeSearch(_ key: Key) -> [ResultsEffect]? {
        switch key {
        case .character(let c):
            openAnswers?.input?.append(c)
            return []
        case .backspace:
            if openAnswers?.input?.isEmpty == false { openAnswers?.input?.removeLast() }
            return []
        case .enter:
            let typed = openAnswers?.input ?? ""
            openAnswers?.query = typed
            openAnswers?.input = nil
            openAnswers?.matchIndex = nil
            return openAnswersAction(.nextMatch)
        default:
            return nil
        }
    }

    private mutating func filterAction(_ action: ResultsAction) -> [ResultsEffect] {
        switch action {
        case .up: filterPanel?.moveField(-1)
        case .down: filterPanel?.moveField(1)
        case .previousValue: filterPanel?.cycle(-1)
        case .nextValue: filterPanel?.cycle(1)
        case .clearFilters: filterPanel?.clear()
        case .apply:
            guard let draft = filterPanel?.draft else { return [] }
            pop()
            guard draft != query.filter else { return [] }
            query.filter = draft
            isBusy = true
            return [.reaggregate(query)] + recountComparison()
        default: break
        }
        return []
    }

    private mutating func interviewsAction(_ action: ResultsAction) -> [ResultsEffect] {
        guard let screen = interviews else { return [] }
        if action == .open {
            if let response = screen.selectedResponse {
                interview = ResultsInterviewDetail(response: response)
                push(.interview)
            }
            return []
        }
        let visible = visibleRows - 4
        interviews?.scroller.move(action, count: screen.responses?.count ?? 0, visible: visible)
        return []
    }

    // MARK: Navigation

    mutating func push(_ next: ResultsScreen) {
        history.append(screen)
        screen = next
    }

    mutating func pop() {
        let leaving = screen
        screen = history.popLast() ?? .list
        if leaving == .question, let id = questionView?.questionID { list.select(id, visible: listRows) }
        if leaving == .openAnswers, screen == .list, let id = openAnswers?.questionID { list.select(id, visible: listRows) }
    }

    private mutating func goBack(to target: ResultsScreen) {
        while screen != target, screen != .list { pop() }
    }
}
