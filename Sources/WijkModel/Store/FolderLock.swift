import Foundation

/// An exclusive lock on a whole folder, so two commands writing into it (two
/// `wijk merge`s into one target) run one after the other, never interleaved.
///
/// The lock is a `DraftLock` (flock on a lock file, with who holds it written
/// inside) on the hidden `.wijk.merge.lock` in the folder: the dot in the name
/// keeps it apart from the drafts' `.<id>.lock` files (ids have no dots), and
/// the kernel drops it when the holder dies, so a crash never leaves the
/// folder locked. A second writer waits, bounded, then refuses naming the holder.
public enum FolderLock {
    public static let fileName = ".wijk.merge.lock"

    /// Takes the lock on `folder` for `holder`. While someone else has it,
    /// tries again every `interval` seconds for up to `timeout` seconds, calling
    /// `onWait` once with the holder (to say why nothing happens).
    /// - Throws: `StoreError.folderLocked` naming the holder after the wait, or `StoreError.io`.
    public static func acquire(_ folder: URL, holder: LockHolder, timeout: TimeInterval,
                               interval: TimeInterval = 0.05,
                               onWait: (LockHolder) -> Void = { _ in }) throws -> DraftLock {
        let url = folder.appendingPathComponent(fileName, isDirectory: false)
        let deadline = Date().addingTimeInterval(timeout)
        var told = false
        while true {
            do {
                return try DraftLock.acquire(at: url, holder: holder)
            } catch StoreError.locked(let other) {
                guard Date() < deadline else { throw StoreError.folderLocked(path: folder.path, holder: other) }
                if !told { onWait(other); told = true }
                Thread.sleep(forTimeInterval: interval)
            }
        }
    }

    /// Who holds the lock on `folder` now, if anyone; writes nothing (for a dry run).
    public static func holder(of folder: URL) -> LockHolder? {
        DraftLock.holder(at: folder.appendingPathComponent(fileName, isDirectory: false))
    }
}
