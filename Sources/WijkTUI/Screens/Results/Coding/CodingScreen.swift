import WijkModel

/// Coding the open answers of one question: a pager of answers with a cursor,
/// marks, filters and progress, plus the overlays and panels reached from it
/// (code picker, codebook, tables, a name prompt, a yes/no question, help).
///
/// A value like the rest of the browser: keys change it and return
/// `ResultsEffect.coding` requests; the runner applies them to the
/// `CodingProject` (which saves) and hands the new state back with `update(project:)`.
struct CodingScreen: Sendable {
    enum Mode: Sendable, Hashable {
        case pager
        case picker(CodePicker)
        case codebook
        case tables
        case prompt(CodePrompt)
        case confirm(CodeQuestion)
        case help
    }

    let questionID: String
    /// Every answer to the question under the browser's filter, variant by
    /// variant: the summary's own (a `CodableAnswer` is made when one is read).
    let all: CodableAnswers
    var answers: CodableAnswerList { all.answers }
    /// The variants present, in order (for the variant filter).
    let variants: [String]
    private(set) var project: CodingProject
    /// A second coder's codings, shown beside the first to settle differences.
    private(set) var other: CoderCodings?
    /// Coders with a codings file (for the comparison picker).
    var coders: [String]

    var mode: Mode = .pager
    /// Where Esc leaves an overlay for.
    var back: Mode = .pager
    var helpTop = 0
    /// Whose answers show (by status, code and variant).
    private(set) var filter = CodingFilter()
    /// With a second coder: only answers both coded differently.
    private(set) var disagreementsOnly = false
    /// Indices into `answers` that pass the filter, in order.
    private(set) var shown: [Int] = []
    /// Position in `shown` of the answer under the cursor, and of the first one drawn.
    var cursor = 0
    var top = 0
    /// Marked answers (indices into `answers`): what codes go to, else the cursor's answer.
    var marked: Set<Int> = []
    private(set) var progress: CodingProgress
    /// The codebook panel's and the tables' cursors.
    var codebookCursor = 0
    var tables = CodeTablesState()
    /// The answers' texts wrapped at the current width (a shared memo).
    let wraps: WrapCache

    init(questionID: String, answers: CodableAnswers, project: CodingProject, coders: [String]) {
        self.questionID = questionID
        self.all = answers
        self.wraps = WrapCache(count: answers.answers.count)
        var variants: [String] = []
        for i in answers.answers.indices {
            let v = answers.variant(at: i)
            if !variants.contains(v) { variants.append(v) }
        }
        self.variants = variants
        self.project = project
        self.coders = coders
        self.progress = CodingProgress(answers, codings: project.codings)
        refilter(keeping: nil)
    }

    var codes: [Code] { project.codebook.outline }

    /// The answer under the cursor (index into `answers`).
    var current: Int? { shown.indices.contains(cursor) ? shown[cursor] : nil }

    /// What a code change applies to: the marked answers, else the cursor's.
    var targets: [Int] {
        if !marked.isEmpty { return marked.sorted() }
        return current.map { [$0] } ?? []
    }

    // MARK: State from the runner

    /// The project after a change (or a reload): codes, codings and progress.
    mutating func update(project: CodingProject) {
        self.project = project
        progress = CodingProgress(all, codings: project.codings)
        refilter(keeping: current)
        if case .code(let id) = filter.status, project.codebook.code(id) == nil { setFilter(status: .all) }
        codebookCursor = min(codebookCursor, max(0, codes.count - 1))
        if tables.data != nil { tables.data = makeTables() }
    }

    /// A second coder's codings arrived (nil: stop comparing).
    mutating func compare(with codings: CoderCodings?) {
        other = codings
        if codings == nil { disagreementsOnly = false }
        refilter(keeping: current)
    }

    // MARK: Filters

    mutating func setFilter(status: CodingFilter.Status? = nil, variant: String?? = nil) {
        if let status { filter.status = status }
        if let variant { filter.variant = variant }
        refilter(keeping: current)
    }

    mutating func toggleDisagreements() {
        guard other != nil else { return }
        disagreementsOnly.toggle()
        refilter(keeping: current)
    }

    /// Recomputes `shown`, keeping the cursor on `answer` when it still shows,
    /// else at the same position (so coding under "not yet coded" moves on).
    private mutating func refilter(keeping answer: Int?) {
        let position = cursor
        shown = answers.indices.filter { i in
            filter.matches(all, at: i, codings: project.codings) && (!disagreementsOnly || disagrees(i))
        }
        if let answer, let at = shown.firstIndex(of: answer) { cursor = at } else { cursor = min(position, max(0, shown.count - 1)) }
        top = min(top, cursor)
    }

    // MARK: Codes per answer

    /// The current code ids of answer `i` for a coder's codings.
    func currentCodes(_ i: Int, in codings: CoderCodings) -> Set<String> {
        all.coding(at: i, in: codings).current
    }

    /// Both coders coded answer `i`, with different codes.
    func disagrees(_ i: Int) -> Bool {
        guard let other else { return false }
        let mine = currentCodes(i, in: project.codings), theirs = currentCodes(i, in: other)
        return !mine.isEmpty && !theirs.isEmpty && mine != theirs
    }

    /// How many of the targets carry code `id` now.
    func mark(of id: String, on targets: [Int]) -> CodePicker.Mark {
        let n = targets.filter { currentCodes($0, in: project.codings).contains(id) }.count
        return n == 0 ? .none : n == targets.count ? .all : .some
    }

    /// The request that switches code `id` on the targets: removed when all carry it, else assigned.
    func toggle(_ id: String, on targets: [Int]) -> CodingChange? {
        guard !targets.isEmpty else { return nil }
        let list = targets.map { answers[$0] }
        return mark(of: id, on: targets) == .all ? .remove(code: id, from: list) : .assign(code: id, to: list)
    }
}
