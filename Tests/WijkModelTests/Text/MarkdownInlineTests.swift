import Testing
@testable import WijkModel

@Suite("Markdown inline text")
struct MarkdownInlineTests {
    /// Line breaks and tabs become spaces (a CRLF one space), with or without
    /// them the rest is escaped alike: the fast path for texts without breaks
    /// gives what the replacements give.
    @Test func lineBreaksAndTabsBecomeSpaces() {
        #expect(MarkdownText.inline("a\r\nb\nc\rd\te") == "a b c d e")
        #expect(MarkdownText.inline("\n# kop") == " \\# kop")
        #expect(MarkdownText.inline("x|y [z] e\u{301}") == "x\\|y \\[z\\] e\u{301}")
        #expect(MarkdownText.inline("x|y\n[z]") == "x\\|y \\[z\\]")
        #expect(MarkdownText.inline("12) ok") == "12\\) ok")
        #expect(MarkdownText.inline("") == "")
    }
}
