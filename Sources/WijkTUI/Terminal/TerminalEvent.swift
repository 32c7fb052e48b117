/// What `NcursesTerminal.readEvent` reports.
public enum TerminalEvent: Sendable, Hashable {
    case key(Key)
    /// The terminal has a new size; redraw everything from state.
    case resize(Size)
    /// SIGTERM, SIGHUP or SIGINT arrived: save and leave.
    case signal(Int32)
}
