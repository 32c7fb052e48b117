import Testing
@testable import WijkTUI

@Suite struct KeyDecoderTests {
    // Raw ncurses values written out, so a wrong constant in the decoder shows up.
    @Test(arguments: [
        (0o402, Key.down), (0o403, .up), (0o404, .left), (0o405, .right), (0o406, .home),
        (0o550, .end), (0o522, .pageDown), (0o523, .pageUp), (0o407, .backspace),
        (0o512, .delete), (0o513, .insert), (0o527, .enter), (0o541, .backTab),
        (0o632, .resize), (0o411, .function(1)), (0o412, .function(2)), (0o424, .function(12)),
        (0o777, .unknown(0o777)),
    ] as [(UInt32, Key)])
    func keyCodes(code: UInt32, key: Key) {
        #expect(KeyDecoder.decode(isKeyCode: true, code: code) == key)
    }

    @Test(arguments: [
        (9, Key.tab), (10, .enter), (13, .enter), (8, .backspace), (127, .backspace),
        (27, .escape), (1, .control("a")), (3, .control("c")), (17, .control("q")),
        (19, .control("s")), (26, .control("z")), (0, .unknown(0)), (28, .unknown(28)),
        (0x61, .character("a")), (0x20, .character(" ")), (0xEB, .character("ë")),
        (0x11F, .character("ğ")), (0x130, .character("İ")), (0x645, .character("م")),
        (0x65E5, .character("日")), (0x1F600, .character("😀")), (0xD800, .unknown(0xD800)),
    ] as [(UInt32, Key)])
    func characters(code: UInt32, key: Key) {
        #expect(KeyDecoder.decode(isKeyCode: false, code: code) == key)
    }

    @Test func names() {
        #expect(Key.function(2).name == "F2")
        #expect(Key.ctrl("Q") == .control("q"))
        #expect(Key.control("q").name == "Ctrl-Q")
        #expect(Key.enter.name == "Enter")
        #expect(Key.up.name == "↑")
        #expect(Key.backTab.name == "Shift-Tab")
        #expect(Key.character(" ").name == "Space")
        #expect(Key.character("ş").name == "ş")
    }
}
