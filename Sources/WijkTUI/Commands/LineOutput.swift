/// Report lines to stdout in blocks, not one write per line (20,000 files make 20,000 lines).
final class LineOutput {
    private var buffer = ""

    func write(_ line: String) {
        buffer += line + "\n"
        if buffer.utf8.count >= 1 << 16 { flush() }
    }

    func flush() {
        if !buffer.isEmpty { Console.out(buffer) }
        buffer = ""
    }
}
