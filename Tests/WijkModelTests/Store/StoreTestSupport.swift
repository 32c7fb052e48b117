import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A fresh directory under the system temp dir, removed after `body`.
func withTempDir<T>(_ body: (URL) throws -> T) throws -> T {
    let dir = FileManager.default.temporaryDirectory
        .appendingPathComponent("wijk-store-test-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    return try body(dir)
}

/// Permission bits of `url`, or nil if it does not exist.
func permissions(_ url: URL) -> mode_t? {
    var st = stat()
    guard stat(url.path, &st) == 0 else { return nil }
    return st.st_mode & 0o777
}

/// All entry names in `dir`, hidden ones included, sorted.
func entries(_ dir: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
}

struct SimulatedCrash: Error {}
