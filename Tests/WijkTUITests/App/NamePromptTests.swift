import Testing
import WijkModel
@testable import WijkTUI

@Suite struct NamePromptTests {
    func type(_ text: String, into prompt: inout NamePrompt) {
        for c in text { _ = prompt.handle(.character(c), lang: .nl) }
    }

    /// Line editing as in the answer fields, on Turkish and Arabic names too.
    @Test func editsTheNameWithTheFieldKeys() {
        var p = NamePrompt(questionnaireID: "wijkteam", text: "Fatma")
        _ = p.handle(.control("u"), lang: .nl)
        #expect(p.text.isEmpty)
        type("Merve Şahin", into: &p)
        _ = p.handle(.home, lang: .nl)
        _ = p.handle(.delete, lang: .nl)
        type("m", into: &p)
        _ = p.handle(.control("e"), lang: .nl)
        _ = p.handle(.backspace, lang: .nl)
        type("n\n", into: &p)                       // a line break is never part of a name
        #expect(p.text == "merve Şahin")
        #expect(p.handle(.enter, lang: .nl) == .confirmed("merve Şahin"))
        var arabic = NamePrompt(questionnaireID: "wijkteam", text: "")
        type("  مريم  ", into: &arabic)
        #expect(arabic.handle(.tab, lang: .nl) == .confirmed("مريم"))
    }

    @Test func emptyNameAsksAgainAndLengthIsCapped() {
        var p = NamePrompt(questionnaireID: "wijkteam", text: "")
        #expect(p.handle(.enter, lang: .nl) == nil)
        #expect(p.message?.contains("Vul een naam in") == true)
        type(String(repeating: "a", count: NamePrompt.maximumLength + 5), into: &p)
        #expect(p.text.count == NamePrompt.maximumLength)
        #expect(p.message == nil)
        #expect(p.handle(.escape, lang: .nl) == .cancelled)
    }
}
