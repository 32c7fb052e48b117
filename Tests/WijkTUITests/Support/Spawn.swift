import Foundation

/// The result of a finished child process.
struct SpawnResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs a program to completion with `posix_spawn` and returns its exit status and output.
///
/// Used instead of Foundation's `Process` because (1) `Process.waitUntilExit` hangs when
/// the child leaves a daemon behind (tmux forks its server, which inherits Foundation's
/// exit-detection socket), and (2) children would inherit the blocked signal mask of the
/// Swift concurrency thread calling it — a tmux server started that way ignores SIGCHLD
/// and SIGTERM, and so would every program it runs. Here the child gets an empty signal
/// mask and default handlers; output goes to temporary files, not pipes, so a daemon
/// holding a descriptor cannot block us.
func spawnAndWait(_ path: String, _ arguments: [String], environment: [String: String]) throws -> SpawnResult {
    let directory = FileManager.default.temporaryDirectory.path
    let token = UUID().uuidString
    let outPath = "\(directory)/wijk-spawn-\(token).out", errPath = "\(directory)/wijk-spawn-\(token).err"
    defer {
        try? FileManager.default.removeItem(atPath: outPath)
        try? FileManager.default.removeItem(atPath: errPath)
    }

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var empty = sigset_t(), all = sigset_t()
    sigemptyset(&empty)
    sigfillset(&all)
    posix_spawnattr_setsigmask(&attributes, &empty)
    posix_spawnattr_setsigdefault(&attributes, &all)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
        argv.forEach { free($0) }
        envp.forEach { free($0) }
    }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
    guard spawned == 0 else {
        throw SpawnError(description: "cannot start \(path): \(String(cString: strerror(spawned)))")
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 {
        guard errno == EINTR else { throw SpawnError(description: "waitpid failed for \(path)") }
    }
    let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    let out = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
    let err = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
    return SpawnResult(status: exitStatus, stdout: out, stderr: err)
}

struct SpawnError: Error, CustomStringConvertible {
    var description: String
}
