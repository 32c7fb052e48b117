import Foundation
import Testing
@testable import WijkModel

@Suite struct ConfidenceIntervalTests {
    @Test func wilsonTextbookValues() {
        // 5/10: centre ½, half-width z/(1 + z²/n)·√(p(1−p)/n + z²/4n²).
        let half = ConfidenceInterval.wilson(successes: 5, n: 10)
        #expect(close(half?.lower, 0.236593090512564))
        #expect(close(half?.upper, 0.7634069094874361))
        let i = ConfidenceInterval.wilson(successes: 33, n: 63)
        #expect(close(i?.lower, 0.4027035643673724))
        #expect(close(i?.upper, 0.6421787594617299))
        #expect(i?.level == 0.95)
    }

    @Test func wilsonAtTheEdges() {
        // 0/n: [0, z²/(n + z²)]; n/n: [n/(n + z²), 1], exactly 0 and 1 at the closed ends.
        let z2 = 1.959963984540054 * 1.959963984540054
        let none = ConfidenceInterval.wilson(successes: 0, n: 10)
        #expect(none?.lower == 0)
        #expect(close(none?.upper, z2 / (10 + z2)))
        let all = ConfidenceInterval.wilson(successes: 10, n: 10)
        #expect(close(all?.lower, 10 / (10 + z2)))
        #expect(all?.upper == 1)
        let one = ConfidenceInterval.wilson(successes: 1, n: 1)
        #expect(close(one?.lower, 0.20654931437723745))
        #expect(one?.upper == 1)
    }

    @Test func wilsonRefusesWhatIsNotAProportion() {
        #expect(ConfidenceInterval.wilson(successes: 0, n: 0) == nil)
        #expect(ConfidenceInterval.wilson(successes: 3, n: 2) == nil)
        #expect(ConfidenceInterval.wilson(successes: -1, n: 2) == nil)
    }

    @Test func meanInterval() {
        // 3,5,4,4,2,5,3,4: mean 3.75, sd 1.0350983, t(0.975; 7) = 2.364624.
        let s = Statistics(values: [3, 5, 4, 4, 2, 5, 3, 4])!
        #expect(close(s.meanInterval?.lower, 2.8846361326405243))
        #expect(close(s.meanInterval?.upper, 4.615363867359475))
        // n = 16, sd 2: 10 ± t(0.975; 15) · 0.5.
        let i = ConfidenceInterval.mean(10, sd: 2, n: 16)
        #expect(close(i?.lower, 10 - 2.131449545559323 * 0.5))
        // No spread: the interval is the mean itself.
        #expect(ConfidenceInterval.mean(4, sd: 0, n: 5) == ConfidenceInterval(lower: 4, upper: 4))
    }

    @Test func meanIntervalNeedsTwoValues() {
        #expect(Statistics(values: [7])!.meanInterval == nil)
        #expect(ConfidenceInterval.mean(1, sd: 1, n: 1) == nil)
        #expect(ConfidenceInterval.mean(1, sd: 1, n: 0) == nil)
    }

    @Test func choicePercentInterval() {
        let c = ChoiceCount(code: "a", label: nil, count: 5, base: 10)
        #expect(close(c.percentInterval?.lower, 23.6593090512564, 1e-7))
        #expect(close(c.percentInterval?.upper, 76.34069094874361, 1e-7))
        #expect(ChoiceCount(code: "a", label: nil, count: 0, base: 0).percentInterval == nil)
    }
}
