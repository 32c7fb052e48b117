import Foundation
import Testing
@testable import WijkModel

/// Generated data looks like fieldwork: skewed counts, variants and gemeenten
/// that differ, related answers that move together, soft checks respected and
/// open texts that fit their question. Counts of the generated data, seed 42.
@Suite struct SampleFieldworkTests {
    static let run = SampleData.generate(count: 2_000, seed: 42).filter { $0.status == .complete }

    static func numbers(_ id: String, variant: String? = nil) -> [Double] {
        run.filter { variant == nil || $0.variant == variant }.compactMap {
            if case .number(let d)? = $0.answers[id] { return d } else { return nil }
        }
    }

    static func mean(_ xs: [Double]) -> Double { xs.reduce(0, +) / Double(max(1, xs.count)) }

    @Test func countsAreSkewedNotUniform() throws {
        let organisations = Self.numbers("aantal_organisaties")
        #expect(organisations.count > 300)
        let stats = try #require(Statistics(values: organisations))
        #expect(stats.mean > 3 && stats.mean < 9, "mean \(stats.mean)")       // was 51.5 (uniform 1…100)
        #expect(stats.median < stats.mean)                                     // right-skewed
        let volunteers = try #require(Statistics(values: Self.numbers("vrijwilligers")))
        #expect(volunteers.median < volunteers.mean && volunteers.max > 3 * volunteers.q3)
    }

    @Test func softChecksAreRespected() {
        let validator = ResponseValidator(questionnaires: BundledQuestionnaires.all, today: SampleData.today)
        let soft = Self.run.prefix(600).flatMap { validator.validate($0) }.filter { $0.severity == .soft }
        #expect(soft.isEmpty, "\(soft.prefix(3))")
        for r in Self.run {
            if case .number(let staff)? = r.answers["medewerkers_migratie"], case .number(let team)? = r.answers["teamgrootte"] {
                #expect(staff <= team)
            }
        }
    }

    @Test func variantsAndGemeentenDiffer() {
        // Teams rate their own reach higher than organisations do.
        let teams = Self.mean(Self.numbers("bereik", variant: "wijkteam"))
        let organisations = Self.mean(Self.numbers("bereik", variant: "migrantenorganisatie"))
        #expect(teams - organisations > 0.4, "\(teams) vs \(organisations)")
        // Gemeenten differ in how diverse their wijken are.
        var shares: [String: [Double]] = [:]
        for r in Self.run {
            if case .text(let g)? = r.answers[MetadataID.gemeente], case .number(let p)? = r.answers["aandeel_bewoners_migratie"] {
                shares[g, default: []].append(p)
            }
        }
        let means = shares.values.map(Self.mean)
        #expect((means.max() ?? 0) - (means.min() ?? 0) > 20)
    }

    @Test func relatedAnswersCorrelate() {
        var pairs: [(Double, Double)] = []
        for r in Self.run {
            if case .number(let a)? = r.answers["kwaliteit_samenwerking"], case .number(let b)? = r.answers["wederzijds_vertrouwen"] {
                pairs.append((a, b))
            }
        }
        let ma = Self.mean(pairs.map(\.0)), mb = Self.mean(pairs.map(\.1))
        let cov = pairs.reduce(0) { $0 + ($1.0 - ma) * ($1.1 - mb) }
        let va = pairs.reduce(0) { $0 + ($1.0 - ma) * ($1.0 - ma) }, vb = pairs.reduce(0) { $0 + ($1.1 - mb) * ($1.1 - mb) }
        let r = cov / (va * vb).squareRoot()
        #expect(r > 0.15, "r = \(r)")
    }

    @Test func otherTextsFitTheirQuestion() {
        let questionnaires = BundledQuestionnaires.all
        var checked = 0
        for r in Self.run {
            let q = questionnaires.first { $0.id == r.questionnaire.id }!
            for (key, value) in r.answers where key.hasSuffix(".other") {
                guard case .text(let text) = value, let question = q.question(String(key.dropLast(6))) else { continue }
                let fitting = SampleOpenTexts.other(list: question.choices ?? "", organisation: r.variant == "migrantenorganisatie")
                #expect(fitting.contains(text), "\(key): \(text)")
                checked += 1
            }
        }
        #expect(checked > 100)
        // Organisations' constituency follows their name.
        let anadolu = Self.run.filter { $0.answers[MetadataID.organisation] == .text("Turks Cultureel Centrum Anadolu") }
        #expect(!anadolu.isEmpty)
        for r in anadolu {
            if case .choices(let groups)? = r.answers["achterban"] { #expect(groups.contains("turks")) }
        }
    }
}
