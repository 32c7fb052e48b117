import CNcurses
import Foundation
import Testing
@testable import WijkTUI

@Suite struct TextWidthTests {
    @Test(arguments: [
        ("a", 1), ("ë", 1), ("e\u{0308}", 1), ("ĳ", 1), ("Ĳ", 1), ("İ", 1), ("ı", 1), ("ğ", 1),
        ("ş", 1), ("م", 1), ("مُ", 1), ("ظَّ", 1), ("日", 2), ("한", 2), ("\u{1100}\u{1161}\u{11A8}", 2),
        ("ｱ", 1), ("Ａ", 2), ("😀", 2), ("❤️", 2), ("☺︎", 1), ("🇳🇱", 2), ("👩‍💻", 2),
        ("\u{200B}", 0), ("\u{0301}", 0), ("\u{00AD}", 1), ("\u{0600}", 1), ("\t", 0), ("\u{1B}", 0),
    ] as [(String, Int)])
    func characterWidth(text: String, width: Int) {
        let character = Character(text)
        #expect(TextWidth.of(character) == width, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }

    @Test func stringWidth() {
        #expect("Hallo wereld".displayWidth == 12)
        #expect("ĳsje, één, e\u{0308}".displayWidth == 12)
        #expect("Iğdır'da şoför İlkay".displayWidth == 20)
        #expect("مُنَظَّمَة".displayWidth == 5)
        #expect("日本語".displayWidth == 6)
        #expect("a日b".displayWidth == 4)
    }

    @Test func truncation() {
        #expect(TextWidth.truncate("Hallo wereld", to: 8) == "Hallo w…")
        #expect(TextWidth.truncate("Hallo", to: 5) == "Hallo")
        #expect(TextWidth.truncate("Hallo", to: 0) == "")
        #expect(TextWidth.truncate("日本語テキスト", to: 7) == "日本語…")
        #expect(TextWidth.truncate("日本語", to: 4) == "日…")
        #expect(TextWidth.truncate("مُنَظَّمَة", to: 3) == "مُنَ…")
        #expect(TextWidth.truncate("abc", to: 1) == "…")
    }

    @Test func prefixNeverSplitsWideCharacters() {
        let result = TextWidth.prefix("日本語", fitting: 5)
        #expect(result.text == "日本")
        #expect(result.width == 4)
    }

    /// Our tables against glibc's `wcwidth`: exact on the scripts the study uses, and
    /// nearly everywhere else (the allowance covers newer Unicode versions in glibc).
    @Test func agreesWithGlibcWcwidth() {
        #expect(setlocale(LC_ALL, "C.UTF-8") != nil)
        let exact: [ClosedRange<UInt32>] = [
            0x20...0x7E, 0xA0...0x24F,          // Latin incl. Dutch and Turkish letters
            0x300...0x36F,                       // combining diacritics
            0x600...0x6FF, 0x750...0x77F,        // Arabic incl. harakat
            0x2000...0x206F,                     // punctuation, ZWJ, bidi marks
            0x3000...0x30FF, 0x4E00...0x9FFF,    // CJK punctuation, kana, ideographs
            0xAC00...0xD7A3, 0xFF00...0xFFEF,    // Hangul, half/fullwidth forms
            0x1F300...0x1F64F,                   // common emoji
        ]
        var mismatches: [String] = []
        var checked = 0
        for range in exact {
            for value in range {
                guard let scalar = Unicode.Scalar(value), isComparable(scalar) else { continue }
                let glibc = Int(wijk_wcwidth(value))
                guard glibc >= 0 else { continue }
                checked += 1
                if TextWidth.of(scalar) != glibc {
                    mismatches.append("U+\(String(value, radix: 16)) ours \(TextWidth.of(scalar)) glibc \(glibc)")
                }
            }
        }
        #expect(checked > 20_000)
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")

        var elsewhere = 0
        for value in UInt32(0x20)...0x3FFFF {
            guard let scalar = Unicode.Scalar(value), isComparable(scalar) else { continue }
            let glibc = Int(wijk_wcwidth(value))
            if glibc >= 0, TextWidth.of(scalar) != glibc { elsewhere += 1 }
        }
        #expect(elsewhere < 200, "\(elsewhere) scalars differ from glibc")
    }

    private func isComparable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .unassigned, .privateUse, .surrogate, .control: return false
        default: return true
        }
    }
}
