import Testing
@testable import WijkTUI

@Suite struct TextWrapTests {
    @Test func breaksOnSpaces() {
        #expect(TextWidth.wrap("Hoe vaak heeft u contact met het wijkteam?", width: 16)
                == ["Hoe vaak heeft u", "contact met het", "wijkteam?"])
    }

    @Test func keepsExplicitNewlinesAndEmptyLines() {
        #expect(TextWidth.wrap("eerste regel\n\nderde", width: 20) == ["eerste regel", "", "derde"])
        #expect(TextWidth.wrap("", width: 10) == [""])
    }

    @Test func hardBreaksLongWords() {
        #expect(TextWidth.wrap("arbeidsongeschiktheidsverzekering is lang", width: 10)
                == ["arbeidsong", "eschikthei", "dsverzeker", "ing is", "lang"])
    }

    @Test func countsDisplayWidthNotCharacters() {
        #expect(TextWidth.wrap("日本語 テキスト", width: 7) == ["日本語", "テキス", "ト"])
        #expect(TextWidth.wrap("مُنَظَّمَة مُنَظَّمَة", width: 6) == ["مُنَظَّمَة", "مُنَظَّمَة"])
        #expect(TextWidth.wrap("şoför İlkay ığdır", width: 11) == ["şoför İlkay", "ığdır"])
    }

    @Test func everyLineFitsEvenInAWidthOfOne() {
        let lines = TextWidth.wrap("a日b", width: 1)
        #expect(lines == ["a", "日", "b"])  // a wide glyph still advances
        for width in 1...12 {
            for line in TextWidth.wrap("Wij zijn één wijkteam 日本 مُنَظَّمَة", width: width) where line.displayWidth > width {
                #expect(line.displayWidth <= 2 && width == 1, "\(line) in \(width)")
            }
        }
    }

    @Test func collapsesSpacesAtBreaks() {
        #expect(TextWidth.wrap("ja    nee", width: 4) == ["ja", "nee"])
    }
}
