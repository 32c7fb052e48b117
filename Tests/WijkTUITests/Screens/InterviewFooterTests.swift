import Testing
import WijkModel
@testable import WijkTUI

/// The interview footer at 80 columns in every mode, editable and read-only,
/// Dutch and English: the way out (leave, or back/close/cancel of an overlay)
/// and help, where the mode has it, are always on the bottom line.
@Suite struct InterviewFooterTests {
    static func screens(_ lang: Lang, readOnly: Bool) -> [(String, InterviewScreen)] {
        let status: ResponseStatus = readOnly ? .complete : .draft
        let base = InterviewFixtures.screen(lang, answers: ["naam": .text("X")], status: status)
        var out: [(String, InterviewScreen)] = [("answering", base)]
        var s = base; s.press(.function(2)); out.append(("overview", s))
        s = base; s.press(.function(8)); out.append(("review", s))
        s = base; s.press(.function(1)); out.append(("help", s))
        if !readOnly {
            s = base; s.press(.function(3)); out.append(("remark", s))
        } else {
            s = base; s.press(.function(7)); out.append(("dialog", s))
        }
        return out
    }

    @Test(arguments: [Lang.nl, .en], [false, true])
    func wayOutAlwaysShown(lang: Lang, readOnly: Bool) {
        for (name, screen) in Self.screens(lang, readOnly: readOnly) {
            let footer = screen.rendered(80, 24).lines[23]
            let map = screen.activeKeyMap
            let exits = map.bindings.filter { [.leave, .close, .no].contains($0.action) && $0.showInFooter }
            #expect(!exits.isEmpty, "\(name): no way out in the key map")
            for exit in exits {
                let item = "\(exit.keys[0].name) \(exit.help(lang))"
                let short = "\(exit.keys[0].name) \(exit.label(lang, short: true))"
                #expect(footer.contains(item) || footer.contains(short),
                        "\(name) (\(lang), read-only \(readOnly)): “\(item)” missing from “\(footer)”")
            }
            if let help = map.bindings.first(where: { $0.action == .help && $0.showInFooter }) {
                #expect(footer.contains("\(help.keys[0].name) \(help.help(lang))"), "\(name): help missing")
            }
        }
    }

    @Test func readOnlyLeaveSaysStopNotSave() {
        let screen = InterviewFixtures.screen(answers: ["naam": .text("X")], status: .complete)
        let footer = screen.rendered(80, 24).lines[23]
        #expect(footer.contains("F10 Stoppen"))
        #expect(!footer.contains("Opslaan"))
        #expect(footer.contains("F7 Heropenen"))
    }

    /// Remark, don't know and refused are always in the answering footer: with their
    /// full labels at 100 columns, at 80 with short ones where the full ones do not fit.
    @Test(arguments: [Lang.nl, .en])
    func remarkDontKnowRefusedAt100And80(lang: Lang) {
        let screen = InterviewFixtures.screen(lang, answers: ["naam": .text("X")])
        let wide = screen.rendered(100, 30).lines[29]
        let narrow = screen.rendered(80, 24).lines[23]
        for binding in InterviewKeys.global.bindings where [.remark, .dontKnow, .refused, .help, .leave].contains(binding.action) {
            let key = binding.keys[0].name
            #expect(wide.contains("\(key) \(binding.help(lang))"), "“\(wide)”")
            #expect(narrow.contains("\(key) \(binding.label(lang, short: true))")
                    || narrow.contains("\(key) \(binding.help(lang))"), "“\(narrow)”")
        }
        #expect(TextWidth.of(narrow) <= 80)
    }
}
