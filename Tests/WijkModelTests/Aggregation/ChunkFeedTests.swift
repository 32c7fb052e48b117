import Foundation
import Testing
@testable import WijkModel

@Suite struct ChunkFeedTests {
    /// Four threads drawing at once: every index exactly once, each chunk whole and in order.
    @Test(arguments: [(0, 3), (1, 1), (10, 3), (1000, 7), (1000, 256)])
    func everyIndexOnce(count: Int, chunk: Int) {
        let feed = ChunkFeed(count: count, chunk: chunk)
        let shares = ResultSlots<[Int]>(count: 4)
        DispatchQueue.concurrentPerform(iterations: 4) { w in shares.set(w, Array(feed)) }
        let all = shares.values.compactMap { $0 }
        #expect(all.flatMap { $0 }.sorted() == Array(0..<count))
        for share in all {
            // A share is whole chunks: each starts at a multiple of `chunk` and runs to its end.
            var i = 0
            while i < share.count {
                let expected = Array(share[i]..<min(share[i] + chunk, count))
                #expect(share[i] % chunk == 0)
                #expect(Array(share[i..<min(i + expected.count, share.count)]) == expected)
                i += expected.count
            }
        }
    }
}
