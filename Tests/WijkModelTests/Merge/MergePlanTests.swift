import Foundation
import Testing
@testable import WijkModel

/// `--dry-run` shows exactly what a run does; conflicts stay listed until one
/// revision is kept; the size cap holds.
@Suite struct MergePlanTests: MergeTesting {
    func snapshot(_ dir: URL) throws -> [String: Data] {
        var all: [String: Data] = [:]
        for name in try entries(dir) { all[name] = try Data(contentsOf: dir.appendingPathComponent(name)) }
        return all
    }

    /// A source with every kind of outcome: the dry run's lines are the run's lines.
    @Test func dryRunPlanIsExactlyWhatTheRunDoes() throws {
        try withTempDir { dir in
            let run = SampleData.generate(count: 5, seed: 41)
            let target = dir.appendingPathComponent("t"), a = dir.appendingPathComponent("a")
            try write(Array(run.prefix(4)), to: target)
            var newer = run[0]; newer.updatedAt += 60
            var older = run[1]; older.updatedAt -= 60
            var clash = run[2]; clash.remarks["beeld"] = "andere inhoud"
            try write([newer, older, clash, run[3], run[4]], to: a)
            try Data("{}".utf8).write(to: a.appendingPathComponent("kapot.json"))

            let before = try snapshot(target)
            let plan = try merge([a], into: target, dryRun: true)
            #expect(try snapshot(target) == before)                    // nothing written, not even a lock
            let done = try merge([a], into: target)
            #expect(plan.entries == done.entries)
            let byID = Dictionary(uniqueKeysWithValues: done.entries.compactMap { e in e.id.map { ($0, e.outcome) } })
            #expect(byID[newer.id] == .updated && byID[older.id] == .older && byID[clash.id] == .conflict)
            #expect(byID[run[3].id] == .unchanged && byID[run[4].id] == .added)
            #expect(plan.unresolved == done.unresolved && done.unresolved.count == 1)
            #expect(plan.entries.map { $0.line(.en, dryRun: true) }.contains {
                $0.hasSuffix("newer revision, would replace the old one → \(target.path)/\(newer.id).json") })
            // Planned again on the merged folder: nothing left to do but the listed conflict.
            let again = try merge([a], into: target, dryRun: true)
            #expect(again.added + again.updated + again.conflicts == 0)
            #expect(again.unresolved == done.unresolved && again.hasProblems)
        }
    }

    @Test func conflictsStayListedUntilOneRevisionIsKept() throws {
        try withTempDir { dir in
            let base = SampleData.generate(count: 3, seed: 42)
            let target = dir.appendingPathComponent("t"), a = dir.appendingPathComponent("a"), b = dir.appendingPathComponent("b")
            var theirs = base[0]; theirs.remarks["beeld"] = "laptop b"
            try write(base, to: a)
            try write([theirs], to: b)
            try write([], to: target)
            let first = try merge([a, b], into: target)
            #expect(first.conflicts == 1 && first.unresolved.count == 1 && first.hasProblems)

            // A rerun adds nothing, but still fails and lists the conflict.
            let rerun = try merge([a, b], into: target)
            #expect(rerun.conflicts == 0 && rerun.unresolved == first.unresolved && rerun.hasProblems)

            // Keep laptop b's revision: it becomes the interview, the copies go.
            let copy = first.unresolved[0]
            #expect(MergeConflicts.id(ofConflictName: copy) == theirs.id)
            let removed = try MergeConflicts.resolve(id: theirs.id, keep: target.appendingPathComponent(copy).path,
                                                     in: target, lang: .nl)
            #expect(removed == [copy])
            #expect(MergeConflicts.list(in: target).isEmpty)
            let kept = try ResponseDecoder.decode(try Data(contentsOf: target.appendingPathComponent(theirs.id + ".json")))
            #expect(kept.remarks["beeld"] == "laptop b")
            #expect(kept.revision == theirs.revision + 1 && kept.updatedAt == theirs.updatedAt)
            #expect(kept.audit.last?.event == "resolve")

            // Merging the same folders again: the other revision is older now; nothing to warn about.
            let after = try merge([a, b], into: target)
            #expect(!after.hasProblems && after.unresolved.isEmpty)
            #expect(after.entries.first { $0.source.hasPrefix(a.path) && $0.id == theirs.id }?.outcome == .older)
            let allValid = FileValidation(validator: validator).run(paths: [target.path]).allSatisfy { $0.isValid }
            #expect(allValid)
        }
    }

    /// A later edit from a laptop whose clock is behind still wins: the edit counter decides.
    @Test func theEditCounterBeatsAClockThatIsBehind() throws {
        try withTempDir { dir in
            let run = SampleData.generate(count: 1, seed: 44)
            let target = dir.appendingPathComponent("t"), a = dir.appendingPathComponent("a")
            try write(run, to: target)
            var later = run[0]
            later.touch(run[0].updatedAt.addingTimeInterval(-3600))    // edited, but the clock says an hour earlier
            later.remarks["beeld"] = "na de klok"
            try write([later], to: a)
            let report = try merge([a], into: target)
            #expect(report.entries.map(\.outcome) == [.updated])
            let kept = try ResponseDecoder.decode(try Data(contentsOf: target.appendingPathComponent(later.id + ".json")))
            #expect(kept == later)
        }
    }

    @Test func resolveRefusesWhatIsNoConflictOrNoRevision() throws {
        try withTempDir { dir in
            let run = SampleData.generate(count: 1, seed: 43)
            try write(run, to: dir)
            #expect(throws: MergeConflicts.ResolveError.noConflict(id: run[0].id)) {
                try MergeConflicts.resolve(id: run[0].id, keep: run[0].id + ".json", in: dir, lang: .nl)
            }
            var other = run[0]; other.remarks["beeld"] = "x"
            let copy = MergeConflicts.name(id: other.id, hash: 7)
            try other.encoded().write(to: dir.appendingPathComponent(copy))
            #expect(throws: MergeConflicts.ResolveError.notARevision(keep: "/elders/\(copy)", candidates: [run[0].id + ".json", copy])) {
                try MergeConflicts.resolve(id: run[0].id, keep: "/elders/\(copy)", in: dir, lang: .nl)
            }
            #expect(throws: StoreError.invalidID("../x")) { try MergeConflicts.resolve(id: "../x", keep: "a", in: dir, lang: .nl) }
            #expect(try entries(dir).count == 2)   // nothing changed
        }
    }

    /// A file over the 32 MiB cap is refused without being read or copied.
    @Test func oversizeFilesAreRefusedUnread() throws {
        try withTempDir { dir in
            let a = dir.appendingPathComponent("a"), target = dir.appendingPathComponent("t")
            try FileManager.default.createDirectory(at: a, withIntermediateDirectories: true)
            let big = a.appendingPathComponent("groot.json")
            #expect(FileManager.default.createFile(atPath: big.path, contents: nil))
            let handle = try FileHandle(forWritingTo: big)
            try handle.truncate(atOffset: UInt64(CorpusReader.maxFileSize) + 1)   // sparse: no real gigabyte needed
            try handle.close()
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            let report = try merge([a], into: target)
            guard case .invalid(let reason)? = report.entries.first?.outcome else { Issue.record("not refused"); return }
            #expect(reason.contains("te groot"))
            #expect(try entries(target).isEmpty)
        }
    }
}
