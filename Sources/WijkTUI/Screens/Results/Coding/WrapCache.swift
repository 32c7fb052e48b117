import Foundation

/// The answers' texts wrapped at the pager's width, each wrapped at most once
/// per width: a key then measures and draws a screen of answers without
/// wrapping them again (wrapping was most of a key's time with 5,000 answers).
/// A memo of a pure function of the fixed answers, so sharing it between
/// copies of the screen state changes nothing they show.
final class WrapCache: @unchecked Sendable {
    // @unchecked: every access to the mutable state below holds `lock`.
    private let lock = NSLock()
    private var width = -1
    private var lines: [[String]?]

    init(count: Int) { lines = Array(repeating: nil, count: count) }

    /// Answer `index`'s text (`text`, read only when not yet wrapped) in lines of at most `width` columns.
    func lines(_ index: Int, width: Int, text: () -> String) -> [String] {
        lock.lock()
        defer { lock.unlock() }
        if width != self.width {
            self.width = width
            lines = Array(repeating: nil, count: lines.count)
        }
        if let done = lines[index] { return done }
        let wrapped = TextWidth.wrap(text(), width: width)
        lines[index] = wrapped
        return wrapped
    }
}
