import Foundation
import Testing
@testable import WijkModel

/// Reference values: printed tables (t, chi-square) and closed forms, each to
/// at least 10 significant digits (checked against R and SciPy).
@Suite struct DistributionTests {
    func close(_ a: Double, _ b: Double, _ relative: Double = 1e-9) -> Bool {
        abs(a - b) <= relative * max(1, abs(b))
    }

    @Test(arguments: [
        (1.0, 12.706204736174694), (2.0, 4.302652729749462), (5.0, 2.5705818356363146),
        (10.0, 2.228138851986274), (30.0, 2.0422724563012378), (100.0, 1.9839715185235518),
        (1000.0, 1.9623390808264083), (2.5, 3.5746548420036817),
    ])
    func tQuantile975(df: Double, expected: Double) {
        #expect(close(StudentT.quantile(0.975, df: df), expected))
        #expect(close(StudentT.quantile(0.025, df: df), -expected))
    }

    @Test func tQuantileClosedForms() {
        // df = 1 is the Cauchy distribution: tan(π(p − ½)); df = 2: (2p − 1)/√(2p(1 − p)).
        for p in [0.6, 0.9, 0.99, 0.999] {
            #expect(close(StudentT.quantile(p, df: 1), tan(Double.pi * (p - 0.5)), 1e-8))
            #expect(close(StudentT.quantile(p, df: 2), (2 * p - 1) / (2 * p * (1 - p)).squareRoot(), 1e-8))
        }
        #expect(StudentT.quantile(0.5, df: 7) == 0)
    }

    @Test func tDistribution() {
        #expect(close(StudentT.cdf(-2, df: 7), 0.042809664281488025))
        #expect(close(StudentT.cdf(0, df: 3), 0.5))
        #expect(close(StudentT.twoSidedP(2.5, df: 3.7), 0.07182202291182678))
        #expect(close(StudentT.twoSidedP(0, df: 10), 1))
        // Round trip.
        #expect(close(StudentT.cdf(StudentT.quantile(0.9, df: 4.2), df: 4.2), 0.9))
    }

    @Test(arguments: [
        (3.841458820694124, 1.0, 0.05), (5.991464547107979, 2.0, 0.05), (10.0, 3.0, 0.01856613546304325),
        (0.5, 1.0, 0.47950012218695337), (50.0, 4.0, 3.610865404890647e-10),
        (200.0, 10.0, 1.6139305336977317e-37),
    ])
    func chiSquareUpperTail(x: Double, df: Double, p: Double) {
        #expect(close(ChiSquareDistribution.upperTail(x, df: df), p, 1e-8))
    }

    @Test func chiSquareClosedForms() {
        // df = 2 is the exponential distribution with mean 2: P(X ≥ x) = e^(−x/2).
        for x in [0.1, 1, 4, 13.8] { #expect(close(ChiSquareDistribution.upperTail(x, df: 2), exp(-x / 2))) }
        #expect(ChiSquareDistribution.upperTail(0, df: 3) == 1)
    }

    @Test func normalQuantile() {
        #expect(close(StandardNormal.quantile(0.975), 1.959963984540054, 1e-12))
        #expect(close(StandardNormal.quantile(0.975), ConfidenceInterval.z95, 1e-12))
        #expect(close(StandardNormal.quantile(0.5), 0, 1e-12))
        #expect(close(StandardNormal.quantile(0.001), -3.090232306167813, 1e-10))
        #expect(close(StandardNormal.cdf(1.959963984540054), 0.975, 1e-12))
    }
}
