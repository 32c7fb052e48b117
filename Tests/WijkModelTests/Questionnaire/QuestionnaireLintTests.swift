import Foundation
import Testing
@testable import WijkModel

/// Builds a definition file around the given sections and choice lists.
private func definition(sections: String, lists: String = #"{"ja_nee": [{"value": "ja", "label": {"nl": "Ja", "en": "Yes"}}]}"#,
                        settings: String = #"{"id": "t", "version": "1", "variant": "wijkteam", "languages": ["nl", "en"], "title": {"nl": "T", "en": "T"}}"#) -> String {
    #"{"settings": \#(settings), "choiceLists": \#(lists), "sections": \#(sections)}"#
}

private func section(_ questions: String, extra: String = "") -> String {
    #"[{"id": "s1", "title": {"nl": "Een", "en": "One"}\#(extra), "questions": [\#(questions)]}]"#
}

private func lint(_ text: String) -> (Questionnaire?, [Problem]) {
    do {
        return QuestionnaireDecoder.decode(try JSONParser.parse(text), lang: .en)
    } catch {
        Issue.record("fixture is not JSON: \(error)")
        return (nil, [])
    }
}

private func hardProblems(_ text: String) -> [String] {
    lint(text).1.filter { $0.severity == .hard }.map { "\($0.path): \($0.message)" }
}

private let q1 = #"{"id": "a", "type": "integer", "label": {"nl": "A", "en": "A"}}"#

@Suite("Questionnaire lint")
struct QuestionnaireLintTests {
    @Test func cleanDefinitionHasNoProblems() {
        let (q, problems) = lint(definition(sections: section(q1)))
        #expect(problems.isEmpty)
        #expect(q?.questions.map(\.id) == ["a"])
    }

    @Test func bundledQuestionnairesLintCleanAndRoundTrip() throws {
        for bundled in BundledQuestionnaires.all {
            #expect(QuestionnaireLinter.lint(bundled).isEmpty, "\(bundled.id)")
            let text = JSONWriter.write(QuestionnaireEncoder.encode(bundled))
            let (decoded, problems) = QuestionnaireDecoder.decode(try JSONParser.parse(text))
            #expect(problems.isEmpty, "\(problems)")
            #expect(decoded == bundled)
        }
    }

    @Test func duplicateQuestionIDs() {
        let problems = hardProblems(definition(sections: section(q1 + "," + q1)))
        #expect(problems == ["$.sections[0].questions[1].id: duplicate question id 'a' (also at $.sections[0].questions[0])"])
    }

    @Test func unknownChoiceList() {
        let q = #"{"id": "b", "type": "single", "choices": "kleuren", "label": {"nl": "B", "en": "B"}}"#
        #expect(hardProblems(definition(sections: section(q))) == ["$.sections[0].questions[0].choices: unknown choice list 'kleuren'"])
    }

    @Test func referenceToUnknownQuestion() {
        let q = #"{"id": "b", "type": "text", "relevant": "${a} > 3 and ${zz} = 'x'", "label": {"nl": "B", "en": "B"}}"#
        #expect(hardProblems(definition(sections: section(q1 + "," + q))) ==
                ["$.sections[0].questions[1].relevant: refers to unknown question '${zz}'"])
    }

    @Test func relevanceCycleIsReportedWithItsPath() {
        let a = #"{"id": "a", "type": "text", "relevant": "${b} = 'x'", "label": {"nl": "A", "en": "A"}}"#
        let b = #"{"id": "b", "type": "text", "relevant": "${a} = 'y'", "label": {"nl": "B", "en": "B"}}"#
        let problems = hardProblems(definition(sections: section(a + "," + b)))
        #expect(problems.count == 1)
        #expect(problems.first?.contains("cycle in relevant: a → b → a") == true)
    }

    @Test func sectionRelevanceOnItsOwnQuestionIsACycle() {
        let problems = hardProblems(definition(sections: section(q1, extra: #", "relevant": "${a} > 1""#)))
        #expect(problems.contains { $0.contains("cycle in relevant") })
    }

    @Test func badExpressionCarriesPosition() {
        let q = #"{"id": "b", "type": "text", "constraint": "string-length(.) < ", "label": {"nl": "B", "en": "B"}}"#
        let problems = hardProblems(definition(sections: section(q)))
        #expect(problems.count == 1)
        #expect(problems[0].hasPrefix("$.sections[0].questions[0].constraint: invalid expression:"))
        #expect(problems[0].contains("(position "))
    }

    @Test func missingTranslation() {
        let q = #"{"id": "b", "type": "text", "label": {"nl": "Alleen Nederlands"}}"#
        #expect(hardProblems(definition(sections: section(q))) == ["$.sections[0].questions[0].label.en: translation is missing"])
    }

    @Test func impossibleRanges() {
        let a = #"{"id": "a", "type": "integer", "min": 10, "max": 2, "label": {"nl": "A", "en": "A"}}"#
        let s = #"{"id": "s", "type": "scale", "scale": {"min": 5, "max": 1, "minLabel": {"nl": "x", "en": "x"}, "maxLabel": {"nl": "y", "en": "y"}}, "label": {"nl": "S", "en": "S"}}"#
        let i = #"{"id": "i", "type": "integer", "min": 1.2, "max": 1.8, "label": {"nl": "I", "en": "I"}}"#
        let problems = hardProblems(definition(sections: section([a, s, i].joined(separator: ","))))
        #expect(problems == [
            "$.sections[0].questions[0].min: impossible range: min 10 > max 2",
            "$.sections[0].questions[1].scale: impossible range 5..1",
            "$.sections[0].questions[2].min: no whole number between min and max",
        ])
    }

    @Test func everyProblemIsReportedNotJustTheFirst() {
        let bad = #"{"id": "1x", "type": "bogus", "label": 3}"#
        let q = #"{"id": "b", "type": "multiple", "choices": "ja_nee", "maxSelections": 5, "label": {"nl": "B", "en": "B"}}"#
        let problems = hardProblems(definition(sections: section(bad + "," + q + "," + q)))
        #expect(problems.count == 5, "\(problems)")
        #expect(problems.contains { $0.contains("unknown type 'bogus'") })
        #expect(problems.contains("$.sections[0].questions[0].label: must be text per language, like {\"nl\": \"…\", \"en\": \"…\"}"))
        #expect(problems.contains { $0.contains("maximum 5 exceeds the number of choices (1)") })
        #expect(problems.contains { $0.contains("duplicate question id 'b'") })
    }

    @Test func unknownKeyIsAWarning() {
        let q = #"{"id": "b", "type": "text", "relevent": "${a} = 1", "label": {"nl": "B", "en": "B"}}"#
        let (_, problems) = lint(definition(sections: section(q)))
        #expect(problems == [Problem(path: "$.sections[0].questions[0].relevent", message: "unknown key, ignored", severity: .soft)])
    }

    @Test func otherValueMustBeInTheList() {
        let q = #"{"id": "b", "type": "single", "choices": "ja_nee", "other": {"value": "anders", "label": {"nl": "Anders", "en": "Other"}}, "label": {"nl": "B", "en": "B"}}"#
        #expect(hardProblems(definition(sections: section(q))) == ["$.sections[0].questions[0].other.value: code 'anders' is not in list 'ja_nee'"])
    }

    @Test func duplicateChoiceCodes() {
        let lists = #"{"l": [{"value": "x", "label": {"nl": "X", "en": "X"}}, {"value": "x", "label": {"nl": "Y", "en": "Y"}}]}"#
        #expect(hardProblems(definition(sections: section(q1), lists: lists)) == ["$.choiceLists.l[1].value: duplicate code 'x'"])
    }

    @Test func missingSettingsAndWrongTopLevel() {
        #expect(hardProblems("[]") == ["$: must be an object"])
        let problems = hardProblems(#"{"sections": []}"#)
        #expect(problems.contains("$.settings: is missing (expected an object)"))
        #expect(problems.contains("$.sections: no sections"))
    }

    @Test func loaderReportsSyntaxErrorsWithLineAndColumn() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("wijk-lint-\(UUID().uuidString).json")
        try Data("{\n  \"settings\": {,\n}".utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(throws: QuestionnaireLoadError.self) { try QuestionnaireLoader.load(contentsOf: url, lang: .en) }
        let (_, problems) = QuestionnaireLoader.lint(contentsOf: url, lang: .en)
        #expect(problems.first?.message.hasPrefix("line 2, column 16") == true, "\(problems)")
    }
}
