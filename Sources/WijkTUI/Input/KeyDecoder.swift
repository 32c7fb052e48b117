import CNcurses

/// Turns what `get_wch` returned into a `Key`. Pure (only ncurses *constants* are used),
/// so it is unit-tested without a terminal.
public enum KeyDecoder {
    /// - Parameters:
    ///   - isKeyCode: `get_wch` returned `KEY_CODE_YES` (a function/arrow key code),
    ///     otherwise `code` is a character.
    ///   - code: the key code or the Unicode scalar value.
    public static func decode(isKeyCode: Bool, code: UInt32) -> Key {
        isKeyCode ? decodeKeyCode(code) : decodeCharacter(code)
    }

    /// Esc followed at once by `next` (already waiting in the input): Alt plus a
    /// character, which terminals send as Esc and the character. Nil when `next`
    /// is no character (Esc then an arrow: two keys).
    public static func alt(escapeFollowedBy next: Key) -> Key? {
        if case .character(let c) = next { return .alt(c) }
        return nil
    }

    private static func decodeCharacter(_ code: UInt32) -> Key {
        switch code {
        case 9: return .tab
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 27: return .escape
        case 1...26:
            return .control(Character(Unicode.Scalar(UInt8(code) + 0x60)))  // 1 → "a"
        case 0, 28...31: return .unknown(code)
        default:
            guard let scalar = Unicode.Scalar(code) else { return .unknown(code) }
            return .character(Character(scalar))
        }
    }

    private static func decodeKeyCode(_ code: UInt32) -> Key {
        let c = Int32(bitPattern: code)
        switch c {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME, KEY_FIND, KEY_A1: return .home
        case KEY_END, KEY_SELECT, KEY_C1: return .end
        case KEY_PPAGE, KEY_A3: return .pageUp
        case KEY_NPAGE, KEY_C3: return .pageDown
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_RESIZE: return .resize
        case (KEY_F0 + 1)...(KEY_F0 + 63): return .function(Int(c - KEY_F0))
        default: return .unknown(code)
        }
    }
}
