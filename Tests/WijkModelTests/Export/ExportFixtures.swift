import Foundation
@testable import WijkModel

/// Responses with the quoting edge cases the CSV must survive.
enum ExportFixtures {
    static let nasty = [
        "komma, en \"aanhalingstekens\"",
        "puntkomma; tab\tbinnenin",
        "regel één\nregel twee\r\nregel drie",
        "العربية: فريق الحي يساعد العائلات",
        "Ayşe zegt: ‘Oğuz weet het’ — ı, ğ, ş, é, ë",
        "\"begint met een aanhalingsteken",
        " spaties rondom ",
    ]

    /// Complete wijkteam interviews whose open answers are the nasty strings.
    static func responses() -> [Response] {
        var out: [Response] = []
        for (i, text) in nasty.enumerated() {
            var r = SampleData.generate(count: 1, seed: UInt64(100 + i), variant: "wijkteam")[0]
            r.status = .complete
            r.completedAt = r.updatedAt
            r.answers["aanbeveling"] = .text(text)
            r.answers[MetadataID.wijk] = .text(text)
            out.append(r)
        }
        return out
    }
}
