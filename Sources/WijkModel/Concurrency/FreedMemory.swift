import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Gives memory freed by a finished phase back to the system. glibc keeps
/// freed memory in the arena of the thread that freed it: the walk's
/// transient lists (main thread) cannot serve the workers' allocations (their
/// own arenas), so without this they stay resident until the end — ~10 % of
/// a summary's or an export's peak at 200,000 files. `malloc_trim` is not in
/// Swift's Glibc module, so it is looked up once; elsewhere this does nothing.
enum FreedMemory {
    static func giveBack() {
        #if canImport(Glibc)
        _ = trim?(0)
        #endif
    }

    #if canImport(Glibc)
    private typealias Trim = @convention(c) (Int) -> Int32
    private static let trim: Trim? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: Trim.self)
    }()
    #endif
}
