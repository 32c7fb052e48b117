import Foundation

/// Runs work over `0..<count` split in contiguous ranges, one per worker.
enum ParallelChunks {
    /// `body(range, worker)` per range (at most one range per `minimum`
    /// items), results in range order.
    static func map<T: Sendable>(_ count: Int, workers: Int, minimum: Int = 256,
                                 _ body: @Sendable (Range<Int>, Int) -> T) -> [T] {
        let n = max(1, min(workers, (count + minimum - 1) / minimum))
        if n == 1 { return [body(0..<count, 0)] }
        let size = (count + n - 1) / n
        let slots = ResultSlots<T>(count: n)
        DispatchQueue.concurrentPerform(iterations: n) { w in
            slots.set(w, body((w * size)..<min(count, (w + 1) * size), w))
        }
        return slots.values.map { $0! }
    }
}
