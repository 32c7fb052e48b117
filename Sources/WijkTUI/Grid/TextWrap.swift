extension TextWidth {
    /// Word wrap by display width.
    ///
    /// Breaks at spaces (runs of spaces at a break disappear), hard-breaks words longer
    /// than `width`, and keeps explicit newlines (an empty line stays an empty line).
    /// Always returns at least one line; every line fits in `width` columns
    /// (`width` below 1 is treated as 1).
    public static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            wrapParagraph(paragraph, width: width, into: &lines)
        }
        return lines.isEmpty ? [""] : lines
    }

    private static func wrapParagraph(_ paragraph: Substring, width: Int, into lines: inout [String]) {
        var line = ""
        var lineWidth = 0
        var hasContent = false
        for word in paragraph.split(separator: " ") {
            var word = Substring(word)
            var wordWidth = of(word)
            if hasContent {
                if lineWidth + 1 + wordWidth <= width {
                    line.append(" ")
                    line.append(contentsOf: word)
                    lineWidth += 1 + wordWidth
                    continue
                }
                lines.append(line)
                line = ""; lineWidth = 0; hasContent = false
            }
            // The word starts a line; chop it while it is too long.
            while wordWidth > width {
                var piece = prefix(word, fitting: width)
                if piece.text.isEmpty, let first = word.first {
                    piece = (String(first), of(first))  // a 2-column glyph in 1 column: still advance
                }
                lines.append(piece.text)
                word = word.dropFirst(piece.text.count)
                wordWidth -= piece.width
            }
            line = String(word)
            lineWidth = wordWidth
            hasContent = !word.isEmpty
        }
        lines.append(line)
    }
}
