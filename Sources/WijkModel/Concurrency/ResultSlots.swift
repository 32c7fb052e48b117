import Foundation

/// Fixed slots filled from concurrent workers, each slot by one worker; used
/// wherever `concurrentPerform` hands results back (aggregation, exports).
final class ResultSlots<T: Sendable>: @unchecked Sendable {
    // @unchecked: every access goes through `lock`.
    private let lock = NSLock()
    private var storage: [T?]

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: T) { lock.withLock { storage[index] = value } }

    /// The values in slot order (nil where none was set).
    var values: [T?] { lock.withLock { storage } }

    /// The values in slot order, emptying the slots (so that the caller holds the only copy).
    func take() -> [T?] {
        lock.withLock {
            defer { storage = Array(repeating: nil, count: storage.count) }
            return storage
        }
    }
}
