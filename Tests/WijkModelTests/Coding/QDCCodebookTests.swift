import Foundation
import Testing
@testable import WijkModel
#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite struct QDCCodebookTests {
    static func book() throws -> CodeBook {
        var book = CodeBook()
        try book.create(name: "Drempels", description: "Wat <contact> & \"hulp\" in de weg staat", color: "#e06c75")
        try book.create(name: "Taal", parent: "drempels")
        try book.create(name: "Geld", parent: "drempels", color: "#00FF00")
        try book.create(name: "Vertrouwen")
        return book
    }

    @Test func validAgainstTheStandardsSchema() throws {
        guard let xmllint = Self.tool("xmllint") else {
            print("skipped: xmllint not installed (package libxml2-utils)"); return
        }
        try withTempDir { dir in
            let xsd = dir.appendingPathComponent("Codebook.xsd")
            try Data(Self.codebookXSD.utf8).write(to: xsd)
            let good = dir.appendingPathComponent("good.qdc")
            try Data(QDCCodebook.write(try Self.book()).utf8).write(to: good)
            #expect(Self.run(xmllint, ["--noout", "--schema", xsd.path, good.path]) == 0)
            // The check can fail: a code without isCodable is not a valid codebook.
            let bad = dir.appendingPathComponent("bad.qdc")
            try Data(QDCCodebook.write(try Self.book()).replacingOccurrences(of: " isCodable=\"true\"", with: "").utf8).write(to: bad)
            #expect(Self.run(xmllint, ["--noout", "--schema", xsd.path, bad.path]) != 0)
        }
    }

    /// The standard's rules checked in Swift too (no tool needed): root and
    /// namespace, required attributes and their types, nesting, sets' members.
    @Test func structureFollowsTheStandard() throws {
        let xml = QDCCodebook.write(try Self.book())
        let check = StructureCheck()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.shouldProcessNamespaces = true
        parser.delegate = check
        #expect(parser.parse())
        #expect(check.path.isEmpty)
        #expect(check.problems == [])
        #expect(check.root == "CodeBook" && check.rootNamespace == QDCCodebook.namespace)
        #expect(check.codeGUIDs.count == 4)
        #expect(Set(check.memberGUIDs).isSubset(of: Set(check.codeGUIDs)))
        #expect(check.nested == ["Taal", "Geld"])   // one theme, two codes inside it
        #expect(xml.contains("&lt;contact&gt; &amp; &quot;hulp&quot;"))
    }

    @Test func roundTripKeepsNamesNestingColoursAndGUIDs() throws {
        let book = try Self.book()
        var back = CodeBook()
        let outcome = try CodebookImport.merge(try QDCCodebook.read(Data(QDCCodebook.write(book).utf8)), into: &back)
        #expect(outcome.added == 4 && outcome.existing == 0)
        #expect(back.codes.map(\.name) == ["Drempels", "Taal", "Geld", "Vertrouwen"])
        #expect(back.codes.map(\.guid) == book.codes.map(\.guid))
        #expect(back.code("taal")?.parent == "drempels")
        #expect(back.code("drempels")?.color == "#E06C75")
        #expect(back.code("drempels")?.description == book.code("drempels")?.description)
        // Importing again adds nothing.
        #expect(try CodebookImport.merge(try QDCCodebook.read(Data(QDCCodebook.write(book).utf8)), into: &back).added == 0)
    }

    @Test func readsQualCodersShape() throws {
        // QualCoder: categories as non-codable codes, codes nested (two levels deep here), #RGB colours.
        let xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <CodeBook xmlns="urn:QDA-XML:codebook:1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" origin="QualCoder">
        <Codes>
        <Code guid="0c7a4b2e-9a41-4a4e-8f0e-4b7b2c1d9e01" name="Barriers" isCodable="false">
        <Description>Category</Description>
        <Code guid="0c7a4b2e-9a41-4a4e-8f0e-4b7b2c1d9e02" name="Language" isCodable="true" color="#F00">
        <Code guid="0c7a4b2e-9a41-4a4e-8f0e-4b7b2c1d9e03" name="Interpreters" isCodable="true"/>
        </Code>
        </Code>
        <Code guid="0c7a4b2e-9a41-4a4e-8f0e-4b7b2c1d9e04" name="Trust" isCodable="true"/>
        </Codes>
        </CodeBook>
        """
        var book = CodeBook()
        let outcome = try CodebookImport.merge(try QDCCodebook.read(Data(xml.utf8)), into: &book)
        #expect(outcome == CodebookImport.Outcome(added: 4, existing: 0, flattened: 1))
        #expect(book.outline.map(\.name) == ["Barriers", "Language", "Interpreters", "Trust"])
        #expect(book.code("interpreters")?.parent == "barriers")   // one level: under the top theme
        #expect(book.code("language")?.color == "#FF0000")
        #expect(book.code("barriers")?.description == "Category")
    }

    @Test func readsAtlasTisShapeWithCodeGroups() throws {
        // ATLAS.ti: flat codes, code groups as Sets.
        let xml = """
        <?xml version="1.0" encoding="utf-8" standalone="yes"?>
        <CodeBook origin="ATLAS.ti 23" xmlns="urn:QDA-XML:codebook:1.0">
          <Codes>
            <Code guid="{A1B2C3D4-0000-4000-8000-000000000001}" name="Taal" isCodable="true" color="#3366CC"/>
            <Code guid="{A1B2C3D4-0000-4000-8000-000000000002}" name="Geld" isCodable="true"><Description>Kosten</Description></Code>
            <Code guid="{A1B2C3D4-0000-4000-8000-000000000003}" name="Vertrouwen" isCodable="true"/>
          </Codes>
          <Sets>
            <Set guid="{A1B2C3D4-0000-4000-8000-0000000000AA}" name="Drempels">
              <Description>Groep</Description>
              <MemberCode guid="{a1b2c3d4-0000-4000-8000-000000000001}"/>
              <MemberCode guid="{A1B2C3D4-0000-4000-8000-000000000002}"/>
            </Set>
          </Sets>
        </CodeBook>
        """
        var book = CodeBook()
        try CodebookImport.merge(try QDCCodebook.read(Data(xml.utf8)), into: &book)
        #expect(book.outline.map(\.name) == ["Vertrouwen", "Drempels", "Taal", "Geld"])
        #expect(book.code("taal")?.parent == "drempels")
        #expect(book.code("geld")?.description == "Kosten")
        #expect(book.code("drempels")?.description == "")   // the set's description is not a code's
    }

    @Test func refusesWhatIsNotACodebook() {
        #expect(throws: CodingError.self) { try QDCCodebook.read(Data("<html><body/></html>".utf8)) }
        #expect(throws: CodingError.self) { try QDCCodebook.read(Data("<CodeBook><Codes><Code guid='x'/></Codes></CodeBook>".utf8)) }
        #expect(throws: CodingError.self) { try QDCCodebook.read(Data("not xml".utf8)) }
    }

    @Test func readsTaguettesAndWijksCSV() throws {
        let taguette = "tag,description,number of highlights\r\ninterview,\"Quotes, from interviews\",12\r\nlanguage,,3\r\n"
        let codes = try CodebookCSV.read(Data(taguette.utf8))
        #expect(codes.map(\.name) == ["interview", "language"])
        #expect(codes[0].description == "Quotes, from interviews")
        // Ours, with a formula-protected name and a theme, read back exactly.
        var book = try Self.book()
        try book.create(name: "=Som", parent: "drempels")
        var back = CodeBook()
        try CodebookImport.merge(try CodebookCSV.read(Data(CodebookCSV.write(book).utf8)), into: &back)
        #expect(back.outline.map(\.name) == book.outline.map(\.name))
        #expect(back.code("geld")?.color == "#00FF00" && back.code("geld")?.parent == "drempels")
        #expect(throws: CodingError.self) { try CodebookCSV.read(Data("a,b\r\n1,2\r\n".utf8)) }
    }

    // MARK: - Support

    /// Walks a document and records what breaks the codebook schema's rules.
    final class StructureCheck: NSObject, XMLParserDelegate {
        var path: [String] = []
        var problems: [String] = []
        var root = "", rootNamespace = ""
        var codeGUIDs: [String] = [], memberGUIDs: [String] = [], nested: [String] = []
        private let allowed: [String: Set<String>] = [
            "CodeBook": ["Codes", "Sets"], "Codes": ["Code"], "Code": ["Description", "Code"],
            "Sets": ["Set"], "Set": ["Description", "MemberCode"], "Description": [], "MemberCode": [],
        ]

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            if let parent = path.last {
                if allowed[parent]?.contains(name) != true { problems.append("\(name) inside \(parent)") }
            } else { root = name; rootNamespace = namespaceURI ?? "" }
            if namespaceURI != QDCCodebook.namespace { problems.append("\(name) outside the namespace") }
            switch name {
            case "Code":
                guard let guid = attributes["guid"], QDCCodebook.isGUID(guid) else { problems.append("Code guid"); break }
                codeGUIDs.append(guid)
                if attributes["name"] == nil { problems.append("Code name") }
                if !["true", "false", "1", "0"].contains(attributes["isCodable"] ?? "") { problems.append("Code isCodable") }
                if let c = attributes["color"], !CodeID.isColor(c) { problems.append("Code color") }
                if path.last == "Code" { nested.append(attributes["name"] ?? "") }
            case "Set":
                if attributes["guid"].map(QDCCodebook.isGUID) != true || attributes["name"] == nil { problems.append("Set") }
            case "MemberCode":
                if let g = attributes["guid"], QDCCodebook.isGUID(g) { memberGUIDs.append(g) } else { problems.append("MemberCode") }
            default: break
            }
            path.append(name)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            path.removeLast()
        }
    }

    static func tool(_ name: String) -> String? {
        ["/usr/bin/", "/usr/local/bin/", "/bin/"].map { $0 + name }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static func run(_ tool: String, _ arguments: [String]) -> Int32 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = arguments
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        do { try p.run() } catch { return -1 }
        p.waitUntilExit()
        return p.terminationStatus
    }

    /// REFI-QDA Codebook.xsd (QDA-XML codebook 1.0, REFI 2019, MIT licence), as the standard gives it.
    static let codebookXSD = """
    <?xml version="1.0" encoding="UTF-8"?>
    <xsd:schema xmlns="urn:QDA-XML:codebook:1.0" xmlns:xsd="http://www.w3.org/2001/XMLSchema"
                targetNamespace="urn:QDA-XML:codebook:1.0" elementFormDefault="qualified"
                attributeFormDefault="unqualified" version="1.0">
      <xsd:element name="CodeBook" type="CodeBookType"/>
      <xsd:complexType name="CodeBookType">
        <xsd:sequence>
          <xsd:element name="Codes" type="CodesType"/>
          <xsd:element name="Sets" type="SetsType" minOccurs="0"/>
        </xsd:sequence>
        <xsd:attribute name="origin" type="xsd:string"/>
      </xsd:complexType>
      <xsd:complexType name="CodesType">
        <xsd:sequence>
          <xsd:element name="Code" type="CodeType" maxOccurs="unbounded"/>
        </xsd:sequence>
      </xsd:complexType>
      <xsd:complexType name="SetsType">
        <xsd:sequence>
          <xsd:element name="Set" type="SetType" maxOccurs="unbounded"/>
        </xsd:sequence>
      </xsd:complexType>
      <xsd:complexType name="CodeType">
        <xsd:sequence>
          <xsd:element name="Description" type="xsd:string" minOccurs="0"/>
          <xsd:element name="Code" type="CodeType" minOccurs="0" maxOccurs="unbounded"/>
        </xsd:sequence>
        <xsd:attribute name="guid" type="GUIDType" use="required"/>
        <xsd:attribute name="name" type="xsd:string" use="required"/>
        <xsd:attribute name="isCodable" type="xsd:boolean" use="required"/>
        <xsd:attribute name="color" type="RGBType"/>
      </xsd:complexType>
      <xsd:complexType name="SetType">
        <xsd:sequence>
          <xsd:element name="Description" type="xsd:string" minOccurs="0"/>
          <xsd:element name="MemberCode" type="MemberCodeType" minOccurs="0" maxOccurs="unbounded"/>
        </xsd:sequence>
        <xsd:attribute name="guid" type="GUIDType" use="required"/>
        <xsd:attribute name="name" type="xsd:string" use="required"/>
      </xsd:complexType>
      <xsd:complexType name="MemberCodeType">
        <xsd:attribute name="guid" type="GUIDType" use="required"/>
      </xsd:complexType>
      <xsd:simpleType name="GUIDType">
        <xsd:restriction base="xsd:token">
          <xsd:pattern value="([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})|(\\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\})"/>
        </xsd:restriction>
      </xsd:simpleType>
      <xsd:simpleType name="RGBType">
        <xsd:restriction base="xsd:token">
          <xsd:pattern value="#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})"/>
        </xsd:restriction>
      </xsd:simpleType>
    </xsd:schema>
    """
}
