import ArgumentParser
import Foundation
import WijkModel

/// `wijk merge SRC... --into DIR [--dry-run]`: newest revision per id wins,
/// nothing is deleted, conflicts are kept and listed until resolved with
/// `wijk merge --into DIR --resolve ID --keep FILE`. The target is locked
/// for the whole run, so two merges into it never interleave. Exit 0, or 1
/// when there were invalid files or conflicts (new or still unresolved).
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Bring interviewers' folders together: newest revision per interview, conflicts kept.")

    @Argument(help: "Source files or folders.") var sources: [String] = []
    @Option(name: .long, help: "Target folder (created 0700 if needed; an existing one keeps its mode).") var into: String
    @Flag(name: .long, help: "Only show what would happen (copy, replace, skip, conflict); write nothing.") var dryRun = false
    @Option(name: .long, help: "Seconds to wait while another merge into the same folder runs (0: refuse at once).")
    var wait: Double = 60
    @Option(name: .long, help: "Resolve the conflict of this interview id (with --keep).") var resolve: String?
    @Option(name: .long, help: "With --resolve: the revision to keep (ID.json or one of its conflict copies).") var keep: String?
    @OptionGroup var common: CommonOptions

    func validate() throws {
        let lang = common.lang
        if resolve != nil || keep != nil {
            guard resolve != nil, keep != nil else {
                throw ValidationError(lang.t("--resolve en --keep horen bij elkaar.", "--resolve and --keep go together."))
            }
            guard sources.isEmpty, !dryRun else {
                throw ValidationError(lang.t("--resolve neemt geen bronnen en geen --dry-run.",
                                             "--resolve takes no sources and no --dry-run."))
            }
        } else if sources.isEmpty {
            throw ValidationError(lang.t("Geef minstens één bronmap of -bestand.", "Give at least one source folder or file."))
        }
        guard wait >= 0 else { throw ValidationError(lang.t("--wait moet 0 of meer zijn.", "--wait must be 0 or more.")) }
    }

    func run() throws {
        let lang = common.lang
        let target = URL(fileURLWithPath: into)
        let existed = FileManager.default.fileExists(atPath: target.path)
        if let resolve, let keep { return try resolveConflict(resolve, keep: keep, in: target) }
        let validator = ResponseValidator(questionnaires: try common.questionnaires(), lang: lang, today: Today.string())
        var lock: DraftLock?
        defer { lock?.release() }
        let report: MergeReport
        do {
            if dryRun {
                if let holder = FolderLock.holder(of: target) {
                    Console.error(holder.busyFolderMessage(path: target.path, lang)
                                  + lang.t(" — deze proefdraai kan dus verouderd zijn.", " — so this dry run may be out of date."))
                }
            } else {
                try DataDirectory.prepare(target)
                lock = try takeLock(target)
                AtomicFile.removeStaleTemporaries(in: target)
            }
            let out = LineOutput()
            report = try ResponseMerger(target: target, validator: validator)
                .run(sources: sources, dryRun: dryRun) { out.write($0.line(lang, dryRun: dryRun)) }
            out.flush()
        } catch let error as StoreError {
            throw UserFacingError(description: error.message(lang))
        } catch {
            throw UserFacingError(description: "\(error)\n" + lang.t(
                "Wat al gekopieerd is, is compleet; voer de opdracht opnieuw uit om af te maken.",
                "What was copied is complete; run the command again to finish."))
        }
        Console.out(report.summary(lang, dryRun: dryRun) + "\n")
        if !report.unresolved.isEmpty { Console.out(Self.unresolvedText(report.unresolved, in: target, lang)) }
        if existed, let warning = DataDirectory.exposureWarning(folder: target, exposedFiles: report.exposedFiles, lang: lang) {
            Console.error(warning)
        }
        if report.hasProblems { throw ExitCode(1) }
    }

    /// Waits (bounded by `--wait`) while another merge holds the target, saying so once.
    private func takeLock(_ target: URL) throws -> DraftLock {
        let lang = common.lang
        let name = InterviewerConfig.load(from: InterviewerConfig.url()).interviewer
        let holder = LockHolder.current(interviewer: name.isEmpty ? ProcessInfo.processInfo.environment["USER"] ?? "" : name)
        let seconds = String(format: "%g", wait)
        return try FolderLock.acquire(target, holder: holder, timeout: wait) { other in
            Console.error(other.busyFolderMessage(path: target.path, lang)
                          + lang.t("; wachten (hooguit \(seconds) s)…", "; waiting (at most \(seconds) s)…"))
        }
    }

    private func resolveConflict(_ id: String, keep: String, in target: URL) throws {
        let lang = common.lang
        var lock: DraftLock?
        defer { lock?.release() }
        do {
            lock = try takeLock(target)
            let removed = try MergeConflicts.resolve(id: id, keep: keep, in: target, lang: lang)
            Console.out(lang.t("Opgelost: \(URL(fileURLWithPath: keep).lastPathComponent) bewaard als \(id).json; verwijderd: ",
                               "Resolved: \(URL(fileURLWithPath: keep).lastPathComponent) kept as \(id).json; removed: ")
                        + removed.joined(separator: ", ") + "\n")
        } catch let error as MergeConflicts.ResolveError {
            throw UserFacingError(description: error.message(lang))
        } catch let error as StoreError {
            throw UserFacingError(description: error.message(lang))
        }
        let left = MergeConflicts.list(in: target)
        if !left.isEmpty { Console.out(Self.unresolvedText(left, in: target, lang)) }
    }

    /// The conflict copies still in the target, and how to keep one revision.
    static func unresolvedText(_ names: [String], in target: URL, _ lang: Lang) -> String {
        var text = lang.t("Onopgeloste conflicten in \(target.path) (\(names.count)):\n",
                          "Unresolved conflicts in \(target.path) (\(names.count)):\n")
        for name in names {
            let id = MergeConflicts.id(ofConflictName: name) ?? "?"
            text += "  \(name)  (\(lang.t("naast", "beside")) \(id).json)\n"
        }
        let example = names.first.flatMap(MergeConflicts.id(ofConflictName:)) ?? "ID"
        text += lang.t("Kies per interview de versie die blijft, bijvoorbeeld:\n",
                       "For each interview choose the revision to keep, for example:\n")
        text += "  wijk merge --into '\(target.path)' --resolve \(example) --keep \(example).json\n"
        return text
    }
}
