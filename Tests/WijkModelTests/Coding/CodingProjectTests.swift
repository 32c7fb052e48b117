import Foundation
import Testing
@testable import WijkModel

@Suite struct CodingProjectTests {
    static func answer(_ id: String, _ text: String, q: String = "beeld", variant: String = "wijkteam") -> CodableAnswer {
        CodableAnswer(interview: id, question: q, text: text, variant: variant, gemeente: "Utrecht")
    }

    @Test func everyChangeIsSavedAtOncePrivately() throws {
        try withTempDir { data in
            var project = try CodingProject.open(data: data, coder: "anna")
            #expect(!FileManager.default.fileExists(atPath: data.appendingPathComponent("coding").path))   // opening creates nothing
            let code = try project.createCode(name: "Taal")
            let a = Self.answer("r1", "Ze spreken geen Nederlands")
            try project.assign(code.id, to: a)
            let folder = data.appendingPathComponent("coding")
            #expect(permissions(folder) == 0o700)
            #expect(permissions(folder.appendingPathComponent("codebook.codes")) == 0o600)
            #expect(permissions(folder.appendingPathComponent("anna.codings")) == 0o600)
            #expect(try entries(folder) == [".coding.lock", "anna.codings", "codebook.codes"])
            // A fresh open reads exactly what was saved.
            let again = try CodingProject.open(data: data, coder: "anna")
            #expect(again.codebook == project.codebook)
            #expect(again.codes(of: a).map(\.id) == ["taal"])
            #expect(again.codes(of: a).first?.isStale == false)
        }
    }

    @Test func aFailedSaveLeavesTheOldFiles() throws {
        try withTempDir { data in
            var project = try CodingProject.open(data: data, coder: "anna")
            try project.createCode(name: "Taal")
            let folder = data.appendingPathComponent("coding")
            let before = try Data(contentsOf: folder.appendingPathComponent("codebook.codes"))
            guard getuid() != 0 else { return }   // root writes into a read-only folder anyway; see the next test
            chmod(folder.path, 0o500)   // no new temporary can be created
            defer { chmod(folder.path, 0o700) }
            #expect(throws: StoreError.self) { try project.createCode(name: "Geld") }
            #expect(project.codebook.codes.map(\.id) == ["taal"])   // memory matches the disk
            #expect(try Data(contentsOf: folder.appendingPathComponent("codebook.codes")) == before)
        }
    }

    @Test func anUnusableCodingsFileStopsTheChangeUntouched() throws {
        try withTempDir { data in
            var project = try CodingProject.open(data: data, coder: "anna")
            try project.createCode(name: "Taal")
            let folder = data.appendingPathComponent("coding")
            // Something that is not a codings file where anna's should be (root cannot write over it either).
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("anna.codings/x"), withIntermediateDirectories: true)
            #expect(throws: StoreError.self) { try project.assign("taal", to: Self.answer("r1", "x")) }
            #expect(project.codings.count == 0)
            #expect(throws: StoreError.self) { try project.deleteCode("taal") }
            #expect(try CodingFolder(data: data).loadCodebook().codes.map(\.id) == ["taal"])
            #expect(try entries(folder).filter { $0.hasSuffix(".tmp") }.isEmpty)
        }
    }

    @Test func staleCodingsAreFlaggedNeverDropped() throws {
        try withTempDir { data in
            var project = try CodingProject.open(data: data, coder: "anna")
            try project.createCode(name: "Taal"); try project.createCode(name: "Geld")
            let old = Self.answer("r1", "Taal is lastig")
            try project.assign("taal", to: old)
            let edited = Self.answer("r1", "Taal is lastig, en geld ook")   // reopened and edited
            #expect(project.codes(of: edited).map(\.isStale) == [true])
            #expect(project.progress([edited]) == CodingProgress(total: 1, coded: 0, stale: 1))
            #expect(CodingFilter(status: .stale).matches(edited, codings: project.codings))
            #expect(CodingFilter(status: .uncoded).matches(edited, codings: project.codings))
            // A new code on the edited text sits beside the stale one.
            try project.assign("geld", to: edited)
            #expect(project.codes(of: edited).map { "\($0.id):\($0.isStale)" } == ["taal:true", "geld:false"])
            // Review: the old code still applies.
            try project.confirm(edited)
            #expect(project.codes(of: edited).map { "\($0.id):\($0.isStale)" } == ["taal:false", "geld:false"])
            #expect(try CodingProject.open(data: data, coder: "anna").progress([edited]) == CodingProgress(total: 1, coded: 1, stale: 0))
        }
    }

    @Test func discardingStaleCodingsKeepsCurrentOnes() throws {
        try withTempDir { data in
            var project = try CodingProject.open(data: data, coder: "anna")
            try project.createCode(name: "Taal"); try project.createCode(name: "Geld")
            try project.assign("taal", to: Self.answer("r1", "oud"))
            let now = Self.answer("r1", "nieuw")
            try project.assign("geld", to: now)
            try project.discardStale(now)
            #expect(project.codes(of: now).map(\.id) == ["geld"])
        }
    }

    @Test func reassigningACodeSettlesItsStaleCopy() throws {
        try withTempDir { data in
            var project = try CodingProject.open(data: data, coder: "anna")
            try project.createCode(name: "Taal")
            try project.assign("taal", to: Self.answer("r1", "oud"))
            let now = Self.answer("r1", "nieuw")
            try project.assign("taal", to: now)
            #expect(project.codings.count == 1)
            #expect(project.codes(of: now).map(\.isStale) == [false])
        }
    }

    @Test func mergeMovesEveryCodersCodings() throws {
        try withTempDir { data in
            var anna = try CodingProject.open(data: data, coder: "anna")
            try anna.createCode(name: "Taal"); try anna.createCode(name: "Communicatie")
            var bert = try CodingProject.open(data: data, coder: "bert")
            let a1 = Self.answer("r1", "x"), a2 = Self.answer("r2", "y")
            try anna.assign("taal", to: a1); try anna.assign("communicatie", to: a1)
            try bert.assign("taal", to: a2)
            try anna.mergeCode("taal", into: "communicatie")
            #expect(anna.codebook.codes.map(\.id) == ["communicatie"])
            #expect(anna.codes(of: a1).map(\.id) == ["communicatie"])   // one, not two
            let bertAgain = try CodingProject.open(data: data, coder: "bert")
            #expect(bertAgain.codes(of: a2).map(\.id) == ["communicatie"])
            #expect(bertAgain.codebook == anna.codebook)
            #expect(throws: CodingError.unknownCode("taal")) { try anna.mergeCode("taal", into: "communicatie") }
        }
    }

    @Test func deleteTakesItsCodingsForEveryCoder() throws {
        try withTempDir { data in
            var anna = try CodingProject.open(data: data, coder: "anna")
            try anna.createCode(name: "Taal"); try anna.createCode(name: "Geld")
            var bert = try CodingProject.open(data: data, coder: "bert")
            let a1 = Self.answer("r1", "x")
            try anna.assign("taal", to: a1); try anna.assign("geld", to: a1)
            try bert.assign("taal", to: a1)
            try anna.deleteCode("taal")
            #expect(anna.codes(of: a1).map(\.id) == ["geld"])
            #expect(try CodingProject.open(data: data, coder: "bert").codings.count == 0)
            #expect(CodingFolder(data: data).coders() == ["anna", "bert"])
        }
    }

    @Test func anotherProgramsChangeIsNotLost() throws {
        try withTempDir { data in
            var first = try CodingProject.open(data: data, coder: "anna")
            var second = try CodingProject.open(data: data, coder: "anna")
            try first.createCode(name: "Taal")
            try second.createCode(name: "Geld")   // re-reads the codebook first saw changed
            try first.assign("geld", to: Self.answer("r1", "x"))
            try second.assign("taal", to: Self.answer("r2", "y"))
            let final = try CodingProject.open(data: data, coder: "anna")
            #expect(final.codebook.codes.map(\.id) == ["taal", "geld"])
            #expect(final.codings.count == 2)
        }
    }

    @Test func unknownCodesAndCoderNamesAreRefused() throws {
        try withTempDir { data in
            var project = try CodingProject.open(data: data, coder: "anna")
            #expect(throws: CodingError.unknownCode("taal")) { try project.assign("taal", to: Self.answer("r1", "x")) }
            #expect(throws: CodingError.invalidCoder("../x")) { try CodingProject.open(data: data, coder: "../x") }
            #expect(throws: CodingError.invalidCoder("")) { try CodingProject.open(data: data, coder: "") }
        }
    }

    @Test func filtersAndProgress() throws {
        try withTempDir { data in
            var project = try CodingProject.open(data: data, coder: "anna")
            try project.createCode(name: "Taal")
            let answers = [Self.answer("r1", "a"), Self.answer("r2", "b", variant: "migrantenorganisatie"), Self.answer("r3", "c")]
            try project.assign("taal", to: answers[0])
            let codings = project.codings
            #expect(CodingFilter(status: .uncoded).apply(answers, codings: codings).map(\.key.interview) == ["r2", "r3"])
            #expect(CodingFilter(status: .code("taal")).apply(answers, codings: codings).map(\.key.interview) == ["r1"])
            #expect(CodingFilter(status: .uncoded, variant: "wijkteam").apply(answers, codings: codings).map(\.key.interview) == ["r3"])
            #expect(project.progress(answers).text(.nl) == "1 van 3 antwoorden gecodeerd")
            #expect(project.progress(answers).text(.en) == "1 of 3 answers coded")
        }
    }

    @Test func codingFilesAreNeverReadAsInterviews() throws {
        try withTempDir { data in
            var project = try CodingProject.open(data: data, coder: "anna")
            try project.createCode(name: "Taal")
            try project.assign("taal", to: Self.answer("r1", "x"))
            let listing = Corpus(paths: [data.path], questionnaires: BundledQuestionnaires.all, today: "2026-12-06").listing()
            #expect(listing.files.isEmpty)
            #expect(listing.problems.isEmpty)
        }
    }
}
