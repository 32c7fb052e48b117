import CNcurses
import Foundation

/// The only code that talks to ncurses: starts and stops curses mode, reads keys,
/// and paints a `Grid`, repainting only rows that changed since the last frame.
///
/// Call `checkUsable()` first, then `start`, loop on `readEvent`/`draw`, and always
/// `stop()` (it is idempotent; crashes are covered by signal handlers in the shim).
@MainActor
public final class NcursesTerminal {
    public private(set) var isStarted = false
    /// Colours are in use (otherwise roles map to bold/reverse/underline).
    public private(set) var colorsEnabled = false

    private var screen: OpaquePointer?
    private var previous: Grid?
    private var needsFullRepaint = true
    private var clearScreenOnNextDraw = false
    private var cursorVisible: Bool?
    private var palette = StylePalette(colors: false)
    /// Lines and symbols go through `TerminalGlyphs` (TERM=linux, vt100, …).
    private var limitedGlyphs = false

    public init() {}

    isolated deinit { stop() }

    /// Why curses mode cannot start here, or nil when it can. Makes no ncurses calls, but
    /// sets the locale: the environment's, or a UTF-8 one when that is not (`TerminalLocale`).
    public static func checkUsable() -> TerminalProblem? {
        if let problem = TerminalProblem.detect(environment: ProcessInfo.processInfo.environment,
                                                stdinIsTTY: isatty(STDIN_FILENO) == 1,
                                                stdoutIsTTY: isatty(STDOUT_FILENO) == 1) {
            return problem
        }
        return TerminalLocale.ensureUTF8()
    }

    /// The current terminal size in cells.
    public var size: Size {
        isStarted ? Size(width: Int(wijk_cols()), height: Int(wijk_lines())) : .zero
    }

    /// Enters curses mode. Colours are used when `colorEnabled`, `NO_COLOR` is not set
    /// and the terminal has them.
    public func start(colorEnabled: Bool = true) throws(TerminalProblem) {
        guard !isStarted else { return }
        if let problem = Self.checkUsable() { throw problem }
        // Only reaches child processes (the runtime read it at launch), but keeps any
        // tool we spawn from opening an interactive backtracer in our screen.
        setenv("SWIFT_BACKTRACE", "interactive=no", 0)
        _ = wijk_save_termios()
        // Before newterm: ncurses only installs its own SIGINT/SIGTERM handling
        // (endwin + exit, losing answers) where the handler is still the default.
        wijk_install_request_handlers()
        wijk_install_crash_handlers()
        guard let screen = newterm(nil, wijk_stdout(), wijk_stdin()) else {
            wijk_restore_signal_handlers()
            wijk_restore_termios()
            throw .setupFailed(term: ProcessInfo.processInfo.environment["TERM"] ?? "")
        }
        self.screen = screen
        set_term(screen)
        isStarted = true
        wijk_prepare_reset_sequence()

        raw()  // Ctrl-C arrives as key 3 instead of killing us
        noecho()
        nonl()
        keypad(wijk_stdscr(), true)
        intrflush(wijk_stdscr(), false)
        set_escdelay(25)
        setCursorVisible(false)

        let noColor = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        colorsEnabled = colorEnabled && !noColor && has_colors()
        if colorsEnabled {
            start_color()
            use_default_colors()
            for role in ColorRole.allCases where role != .normal {
                let pair = StylePalette.colorPair(for: role)
                init_pair(Int16(role.rawValue) + 1, pair.foreground, pair.background)
            }
        }
        palette = StylePalette(colors: colorsEnabled)
        limitedGlyphs = TerminalGlyphs.isLimited(term: ProcessInfo.processInfo.environment["TERM"] ?? "")
        previous = nil
        needsFullRepaint = true
    }

    /// Leaves curses mode and restores the terminal settings and signal handlers.
    /// Safe to call more than once.
    public func stop() {
        guard isStarted else { return }
        isStarted = false
        endwin()
        if let screen { delscreen(screen) }
        screen = nil
        wijk_restore_termios()
        wijk_restore_signal_handlers()
        previous = nil
        cursorVisible = nil
    }

    /// After Esc: a character already waiting means Alt plus it (Alt-b arrives as
    /// Esc b); anything else waiting is pushed back and read as its own key.
    private func altOrEscape() -> Key {
        wtimeout(wijk_stdscr(), 0)
        var code: UInt32 = 0
        let status = wijk_get_wch(&code)
        guard status == OK || status == KEY_CODE_YES else { return .escape }
        if status == OK, let alt = KeyDecoder.alt(escapeFollowedBy: KeyDecoder.decode(isKeyCode: false, code: code)) {
            return alt
        }
        if status == OK { unget_wch(wchar_t(code)) } else { ungetch(Int32(code)) }
        return .escape
    }

    /// Waits for the next event for at most `timeoutMilliseconds` (nil: until there is one).
    ///
    /// Returns nil on timeout. SIGTERM/SIGHUP/SIGINT are noticed within ~100 ms even
    /// while waiting forever, so the app can save and leave.
    public func readEvent(timeoutMilliseconds: Int? = nil) -> TerminalEvent? {
        guard isStarted else { return nil }
        let clock = ContinuousClock()
        let deadline = timeoutMilliseconds.map { clock.now + .milliseconds(max(0, $0)) }
        var quickFailures = 0
        while true {
            if let signal = takeSignal() { return .signal(signal) }
            var wait = 100
            if let deadline {
                let left = clock.now.duration(to: deadline)
                wait = min(wait, max(0, Int(left.components.seconds * 1000
                                            + left.components.attoseconds / 1_000_000_000_000_000)))
            }
            wtimeout(wijk_stdscr(), Int32(wait))
            let started = clock.now
            var code: UInt32 = 0
            let status = wijk_get_wch(&code)
            if status == OK {
                let key = KeyDecoder.decode(isKeyCode: false, code: code)
                return .key(key == .escape ? altOrEscape() : key)
            }
            if status == KEY_CODE_YES {
                let key = KeyDecoder.decode(isKeyCode: true, code: code)
                if key == .resize {
                    needsFullRepaint = true
                    clearScreenOnNextDraw = true
                    return .resize(size)
                }
                return .key(key)
            }
            if let signal = takeSignal() { return .signal(signal) }
            // ERR straight away, again and again: input is gone (terminal closed).
            if wait > 0, started.duration(to: clock.now) < .milliseconds(5) {
                quickFailures += 1
                if quickFailures >= 3 { return .signal(SIGHUP) }
            } else {
                quickFailures = 0
            }
            if let deadline, clock.now >= deadline { return nil }
        }
    }

    /// Paints `grid` (clipped to the terminal) and places the cursor, or hides it when nil.
    /// Only rows that changed since the previous frame are touched; everything after a
    /// resize or the first frame.
    public func draw(_ grid: Grid, cursor: (x: Int, y: Int)? = nil) {
        guard isStarted, let window = wijk_stdscr() else { return }
        let full = needsFullRepaint || previous?.size != grid.size
        if clearScreenOnNextDraw { clearok(window, true) }
        if full { werase(window) }
        let columns = min(grid.width, Int(wijk_cols()))
        let rows = min(grid.height, Int(wijk_lines()))
        for y in 0..<rows {
            guard let span = full ? (0, columns - 1) : changedSpan(grid, previous, y: y, columns: columns)
            else { continue }
            for x in span.0...span.1 {
                let cell = grid[x, y]
                if cell.isContinuation { continue }
                if x + cell.width > columns { break }
                paint(cell, x: x, y: y, window: window)
            }
        }
        wijk_set_style(wijk_a_normal(), 0)
        if let cursor, cursor.x >= 0, cursor.x < columns, cursor.y >= 0, cursor.y < rows {
            setCursorVisible(true)
            wmove(window, Int32(cursor.y), Int32(cursor.x))
        } else {
            setCursorVisible(false)
        }
        wrefresh(window)
        previous = grid
        needsFullRepaint = false
        clearScreenOnNextDraw = false
    }

    /// Forces the next `draw` to repaint everything (e.g. after Ctrl-L).
    public func invalidate() {
        needsFullRepaint = true
        clearScreenOnNextDraw = true
    }

    // MARK: Private

    private func takeSignal() -> Int32? {
        let signal = wijk_take_pending_signal()
        return signal == 0 ? nil : signal
    }

    private func setCursorVisible(_ visible: Bool) {
        guard cursorVisible != visible else { return }
        curs_set(visible ? 1 : 0)
        cursorVisible = visible
    }

    private func paint(_ cell: Cell, x: Int, y: Int, window: UnsafeMutablePointer<WINDOW>) {
        let style = palette.curses(cell.style)
        wijk_set_style(style.attrs, style.pair)
        if limitedGlyphs, let glyph = TerminalGlyphs.substitute(cell.character) {
            switch glyph {
            case .acs(let code):
                if let wide = wijk_wacs(code) { mvwadd_wch(window, Int32(y), Int32(x), wide); return }
                mvwaddnwstr(window, Int32(y), Int32(x), [wchar_t(0x2D), 0], 1)
            case .ascii(let plain):
                mvwaddnwstr(window, Int32(y), Int32(x), [wchar_t(plain.asciiValue ?? 0x3F), 0], 1)
            }
            return
        }
        var text = cell.character.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
        let count = Int32(text.count)
        text.append(0)
        mvwaddnwstr(window, Int32(y), Int32(x), text, count)
    }

    /// First and last column of row `y` that differ, widened so a wide glyph is never
    /// repainted by halves.
    private func changedSpan(_ grid: Grid, _ old: Grid?, y: Int, columns: Int) -> (Int, Int)? {
        guard let old else { return columns > 0 ? (0, columns - 1) : nil }
        var first = -1, last = -1
        for x in 0..<columns where grid[x, y] != old[x, y] {
            if first < 0 { first = x }
            last = x
        }
        guard first >= 0 else { return nil }
        while first > 0, grid[first, y].isContinuation || old[first, y].isContinuation { first -= 1 }
        while last + 1 < columns, grid[last + 1, y].isContinuation || old[last + 1, y].isContinuation { last += 1 }
        return (first, last)
    }
}
