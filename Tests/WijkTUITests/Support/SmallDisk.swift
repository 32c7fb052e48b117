import Foundation

/// A tiny tmpfs on which saves fail with "no space left on device" once it is filled:
/// a real full disk, deterministically. Needs root (or CAP_SYS_ADMIN); tests using it are
/// enabled only where `isAvailable`.
final class SmallDisk {
    let url: URL
    private var fill: URL { url.appendingPathComponent("vulling") }
    private var mounted = false

    /// Whether a tmpfs can be mounted here (tried once, on a throwaway directory).
    static let isAvailable: Bool = {
        guard getuid() == 0, let disk = try? SmallDisk(kilobytes: 16) else { return false }
        disk.unmount()
        return true
    }()

    init(kilobytes: Int) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("wijk-disk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        let result = try spawnAndWait("/usr/bin/mount", ["-t", "tmpfs", "-o", "size=\(kilobytes)k,mode=0755", "tmpfs", url.path],
                                      environment: ["PATH": "/usr/bin:/bin"])
        guard result.status == 0 else {
            try? FileManager.default.removeItem(at: url)
            throw TmuxError(description: "mount tmpfs failed: \(result.stderr)")
        }
        mounted = true
    }

    deinit { unmount() }

    /// Takes every free byte, so the next write fails with ENOSPC.
    func fillUp() {
        let fd = open(fill.path, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        guard fd >= 0 else { return }
        let block = [UInt8](repeating: 0, count: 4096)
        while block.withUnsafeBytes({ write(fd, $0.baseAddress, $0.count) }) > 0 {}
        var byte: UInt8 = 0
        while write(fd, &byte, 1) > 0 {}
        close(fd)
    }

    /// Gives the space back.
    func makeRoom() { try? FileManager.default.removeItem(at: fill) }

    func unmount() {
        guard mounted else { return }
        mounted = false
        _ = try? spawnAndWait("/usr/bin/umount", ["-l", url.path], environment: ["PATH": "/usr/bin:/bin"])
        try? FileManager.default.removeItem(at: url)
    }
}
