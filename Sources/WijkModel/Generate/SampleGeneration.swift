import Foundation

/// Generates and writes a run of sample interviews, on all cores.
public enum SampleGeneration {
    /// Writes interviews 0..<count of the run with `seed` into `directory`.
    ///
    /// Work is split into chunks over the processors; every interview depends
    /// only on (seed, index), so the files are identical however it is split.
    public static func write(count: Int, seed: UInt64, questionnaire: Questionnaire?,
                             to directory: URL, mode: SampleWriter.Mode = .bulk) throws {
        let writer = SampleWriter(directory: directory, mode: mode)
        let chunk = 500
        let chunks = (count + chunk - 1) / chunk
        let failures = FirstError()
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            guard !failures.isSet else { return }
            for index in (c * chunk)..<min(count, (c + 1) * chunk) {
                do {
                    try writer.write(SampleData.response(index: index, seed: seed, questionnaire: questionnaire))
                } catch {
                    failures.set(error)
                    return
                }
            }
        }
        if let error = failures.error { throw error }
        try writer.finish()
    }
}

/// The first error of a concurrent run.
private final class FirstError: @unchecked Sendable {
    // @unchecked: every access goes through `lock`.
    private let lock = NSLock()
    private var stored: (any Error)?

    var isSet: Bool { lock.withLock { stored != nil } }
    var error: (any Error)? { lock.withLock { stored } }
    func set(_ error: any Error) { lock.withLock { if stored == nil { stored = error } } }
}
