import Foundation
import Testing
import WijkModel
@testable import WijkTUI

@Suite struct TerminalProblemTests {
    @Test func detectsMissingTerminal() {
        let term = ["TERM": "xterm-256color"]
        #expect(TerminalProblem.detect(environment: term, stdinIsTTY: true, stdoutIsTTY: true) == nil)
        #expect(TerminalProblem.detect(environment: term, stdinIsTTY: true, stdoutIsTTY: false) == .outputNotATerminal)
        #expect(TerminalProblem.detect(environment: term, stdinIsTTY: false, stdoutIsTTY: true) == .inputNotATerminal)
        #expect(TerminalProblem.detect(environment: [:], stdinIsTTY: true, stdoutIsTTY: true) == .termUnset)
        #expect(TerminalProblem.detect(environment: ["TERM": ""], stdinIsTTY: true, stdoutIsTTY: true) == .termUnset)
        #expect(TerminalProblem.detect(environment: ["TERM": "dumb"], stdinIsTTY: true, stdoutIsTTY: true) == .termDumb)
    }

    @Test func messagesInBothLanguages() {
        #expect(TerminalProblem.termUnset.message(.nl).contains("TERM is niet ingesteld"))
        #expect(TerminalProblem.termUnset.message(.en).contains("TERM is not set"))
        #expect(TerminalProblem.outputNotATerminal.message(.nl).contains("geen terminal"))
    }

    @Test @MainActor func checkUsableInTestsIsNotATerminal() {
        // `swift test` runs with pipes, which is exactly the case to refuse.
        if isatty(1) == 0 { #expect(NcursesTerminal.checkUsable() == .outputNotATerminal) }
    }
}
