import Foundation

/// The indices `0..<count`, handed out `chunk` at a time to whichever worker
/// asks first, each index to exactly one worker: a worker that starts later
/// (it first makes its copy of the questionnaires) or meets slower files
/// simply takes fewer chunks.
final class ChunkFeed: Sequence, @unchecked Sendable {
    // @unchecked: `next` is only touched under `lock`.
    private let lock = NSLock()
    private var next = 0
    let count: Int
    let chunk: Int

    init(count: Int, chunk: Int) {
        precondition(chunk > 0)
        self.count = count; self.chunk = chunk
    }

    /// The next chunk, nil when all are handed out.
    func take() -> Range<Int>? {
        lock.withLock {
            guard next < count else { return nil }
            let range = next..<Swift.min(next + chunk, count)
            next = range.upperBound
            return range
        }
    }

    struct Iterator: IteratorProtocol {
        let feed: ChunkFeed
        var current = 0..<0

        mutating func next() -> Int? {
            if current.isEmpty {
                guard let range = feed.take() else { return nil }
                current = range
            }
            return current.popFirst()
        }
    }

    /// One worker's share; every iterator draws from the same feed.
    func makeIterator() -> Iterator { Iterator(feed: self) }
}
