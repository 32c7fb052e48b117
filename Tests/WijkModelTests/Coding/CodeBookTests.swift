import Foundation
import Testing
@testable import WijkModel

@Suite struct CodeBookTests {
    @Test func createMakesReadableUniqueIDs() throws {
        var book = CodeBook()
        let a = try book.create(name: "Taal & communicatie")
        let b = try book.create(name: "Taal, communicatie")
        let c = try book.create(name: "Één ‘vertrouwen’")
        let d = try book.create(name: "!!!")
        #expect(a.id == "taal_communicatie")
        #expect(b.id == "taal_communicatie_2")
        #expect(c.id == "een_vertrouwen")
        #expect(d.id == "code")
        #expect(Set(book.codes.map(\.guid)).count == 4)
    }

    @Test func namesAreTrimmedAndUniqueIgnoringCase() throws {
        var book = CodeBook()
        try book.create(name: "  Vertrouwen ")
        #expect(book.codes[0].name == "Vertrouwen")
        #expect(throws: CodingError.duplicateName("vertrouwen")) { try book.create(name: "vertrouwen") }
        #expect(throws: CodingError.emptyName) { try book.create(name: "   ") }
        #expect(throws: CodingError.invalidColor("red")) { try book.create(name: "x", color: "red") }
    }

    @Test func renameKeepsTheID() throws {
        var book = CodeBook()
        let code = try book.create(name: "Taal")
        try book.rename(code.id, to: "Taalbarrière")
        #expect(book.code("taal")?.name == "Taalbarrière")
        #expect(throws: CodingError.unknownCode("nope")) { try book.rename("nope", to: "x") }
    }

    @Test func oneLevelOfThemes() throws {
        var book = CodeBook()
        let theme = try book.create(name: "Drempels")
        let child = try book.create(name: "Taal", parent: theme.id)
        #expect(throws: CodingError.invalidParent(child.id)) { try book.create(name: "Dieper", parent: child.id) }
        #expect(throws: CodingError.themeCannotNest(theme.id)) {
            let other = try book.create(name: "Ander thema")
            try book.setParent(theme.id, other.id)
        }
        #expect(throws: CodingError.invalidParent(theme.id)) { try book.setParent(theme.id, theme.id) }
        #expect(book.outline.map(\.id) == ["drempels", "taal", "ander_thema"])
    }

    @Test func deletingAThemeLiftsItsCodes() throws {
        var book = CodeBook()
        try book.create(name: "Drempels")
        try book.create(name: "Taal", parent: "drempels")
        try book.delete("drempels")
        #expect(book.codes.map(\.id) == ["taal"])
        #expect(book.code("taal")?.parent == nil)
    }

    @Test func mergingMovesSubcodes() throws {
        var book = CodeBook()
        try book.create(name: "A"); try book.create(name: "A1", parent: "a")
        try book.create(name: "B")
        try book.merge("a", into: "b")
        #expect(book.codes.map(\.id) == ["a1", "b"])
        #expect(book.code("a1")?.parent == "b")
        // A theme merged into its own subcode lifts that subcode to the top.
        var other = CodeBook()
        try other.create(name: "T"); try other.create(name: "T1", parent: "t"); try other.create(name: "T2", parent: "t")
        try other.merge("t", into: "t1")
        #expect(other.code("t1")?.parent == nil)
        #expect(other.code("t2")?.parent == "t1")
        #expect(throws: CodingError.sameCode("t1")) { try other.merge("t1", into: "t1") }
    }

    @Test func findByIDOrName() throws {
        var book = CodeBook()
        try book.create(name: "Vertrouwen")
        #expect(book.find("vertrouwen")?.id == "vertrouwen")
        #expect(book.find("VERTROUWEN")?.id == "vertrouwen")
        #expect(book.find("x") == nil)
    }
}
