import Foundation
import Testing
@testable import WijkModel

@Suite struct ResponseMergerTests: MergeTesting {
    func outcomes(_ report: MergeReport) -> [MergeOutcome] { report.entries.map(\.outcome) }

    @Test func newNewerOlderConflictInvalidAndIdempotent() throws {
        try withTempDir { dir in
            let run = SampleData.generate(count: 4, seed: 31)
            let target = dir.appendingPathComponent("target"), a = dir.appendingPathComponent("a")
            try write(Array(run.prefix(3)), to: target)

            var newer = run[0]; newer.updatedAt += 100; newer.remarks["beeld"] = "later"
            var older = run[1]; older.updatedAt -= 100; older.remarks["beeld"] = "eerder"
            var clash = run[2]; clash.remarks["beeld"] = "zelfde tijd, andere inhoud"
            try write([newer, older, clash, run[3]], to: a)
            try Data("{\"format\": \"wijk-response\"}".utf8).write(to: a.appendingPathComponent("zz-invalid.json"))

            let dry = try merge([a], into: target, dryRun: true)
            let before = try entries(target)
            #expect(dry.hasProblems)
            #expect(try entries(target) == before)                 // dry run writes nothing

            let report = try merge([a], into: target)
            let byID = Dictionary(uniqueKeysWithValues: report.entries.compactMap { e in e.id.map { ($0, e.outcome) } })
            #expect(byID[newer.id] == .updated)
            #expect(byID[older.id] == .older)
            #expect(byID[clash.id] == .conflict)
            #expect(byID[run[3].id] == .added)
            #expect(report.entries.contains { if case .invalid = $0.outcome { return $0.source.hasSuffix("zz-invalid.json") } else { return false } })
            #expect(report.hasProblems)

            func load(_ name: String) throws -> Response {
                try ResponseDecoder.decode(try Data(contentsOf: target.appendingPathComponent(name)))
            }
            #expect(try load(newer.id + ".json") == newer)            // newest kept
            #expect(try load(older.id + ".json") == run[1])           // not replaced by older
            #expect(try load(clash.id + ".json") == run[2])           // both kept
            let conflictName = try #require(try entries(target).first { $0.hasPrefix(clash.id + ".conflict-") })
            #expect(try load(conflictName) == clash)
            #expect(!(try entries(target)).contains("zz-invalid.json"))

            // Second run: nothing changes.
            let snapshot = try entries(target).map { try Data(contentsOf: target.appendingPathComponent($0)) }
            let again = try merge([a], into: target)
            #expect(again.entries.allSatisfy { e in
                switch e.outcome { case .unchanged, .older, .invalid: return true; default: return false } })
            #expect(try entries(target).map { try Data(contentsOf: target.appendingPathComponent($0)) } == snapshot)

            // validate reports the conflict as a duplicate id, as documented.
            let reports = FileValidation(validator: validator).run(paths: [target.path])
            #expect(reports.contains { !$0.isValid && $0.responseID == clash.id })
        }
    }

    /// A source that does not exist is reported, not fatal; a symlink loop and
    /// hidden temporaries in a source folder are walked past.
    /// A draft open in the app (its lock held) is never replaced under it: its next save
    /// would overwrite the merged revision. The newer revision is kept as a conflict.
    @Test func aDraftOpenInTheAppIsNotReplacedTheNewerRevisionIsKeptBeside() throws {
        try withTempDir { dir in
            let run = SampleData.generate(count: 1, seed: 7)
            let target = dir.appendingPathComponent("target"), a = dir.appendingPathComponent("a")
            try write(run, to: target)
            var newer = run[0]; newer.revision += 1; newer.remarks["beeld"] = "later"
            try write([newer], to: a)
            let store = ResponseStore(directory: target)
            let lock = try store.lock(id: run[0].id, holder: LockHolder(interviewer: "Fatma", host: "laptop-02", pid: 1,
                                                                         since: Date()))
            #expect(DraftLock.isTaken(at: try store.lockURL(for: run[0].id)))
            let report = try merge([a], into: target)
            #expect(report.entries.map(\.outcome) == [.conflict])
            #expect(try ResponseDecoder.decode(try Data(contentsOf: target.appendingPathComponent(run[0].id + ".json"))) == run[0])
            #expect(try entries(target).contains { $0.hasPrefix(run[0].id + ".conflict-") })
            lock.release()
            #expect(!DraftLock.isTaken(at: try store.lockURL(for: run[0].id)))
        }
    }

    @Test func missingSourcesAndLoopsAreReported() throws {
        try withTempDir { dir in
            let run = SampleData.generate(count: 2, seed: 32)
            let target = dir.appendingPathComponent("target"), a = dir.appendingPathComponent("a")
            try write(run, to: a)
            try write([], to: target)
            try FileManager.default.createSymbolicLink(atPath: a.appendingPathComponent("loop").path,
                                                       withDestinationPath: a.path)
            try Data("{".utf8).write(to: a.appendingPathComponent(".tmp-half.json"))
            let missing = dir.appendingPathComponent("nope")
            let report = try merge([a, missing], into: target)
            #expect(report.entries.filter { $0.outcome == .added }.count == 2)
            let problem = try #require(report.entries.first { $0.source == missing.path })
            guard case .invalid(let reason) = problem.outcome else { Issue.record("not invalid"); return }
            #expect(reason == "bestaat niet")   // in the interface language, as before
            #expect(report.entries.count == 3)
        }
    }

    @Test func twoInterviewersFoldersMergeAndValidate() throws {
        try withTempDir { dir in
            let a = dir.appendingPathComponent("a"), b = dir.appendingPathComponent("b")
            let target = dir.appendingPathComponent("t")
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            try write(SampleData.generate(count: 30, seed: 8), to: a)
            try write(SampleData.generate(count: 50, seed: 8), to: b)          // overlaps a's 30
            let report = try merge([a, b], into: target)
            #expect(report.count { $0 == .added } == 50)
            #expect(report.count { $0 == .unchanged } == 30)
            #expect(!report.hasProblems)
            let allValid = FileValidation(validator: validator).run(paths: [target.path]).allSatisfy { $0.isValid }
            #expect(allValid)
        }
    }

    @Test func interruptedRunLeavesWholeFilesAndRerunCompletes() throws {
        try withTempDir { dir in
            let source = dir.appendingPathComponent("s"), target = dir.appendingPathComponent("t")
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            let run = SampleData.generate(count: 10, seed: 12)
            try write(run, to: source)
            final class Counter: @unchecked Sendable { var n = 0 }
            let counter = Counter()
            var merger = ResponseMerger(target: target, validator: validator)
            merger.beforeWrite = {
                counter.n += 1
                if counter.n == 5 { throw SimulatedCrash() }
            }
            #expect(throws: SimulatedCrash.self) { try merger.run(sources: [source.path], dryRun: false) }
            let partial = try entries(target)
            #expect(partial.count == 4)                                // no temporaries, no torn file
            #expect(partial.allSatisfy { !$0.hasPrefix(".") })
            let report = try merge([source], into: target)
            #expect(report.count { $0 == .added } == 6)
            #expect(report.count { $0 == .unchanged } == 4)
            #expect(try entries(target).count == 10)
            let allValid = FileValidation(validator: validator).run(paths: [target.path]).allSatisfy { $0.isValid }
            #expect(allValid)
        }
    }
}
