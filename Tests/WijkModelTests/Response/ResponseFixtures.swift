import Foundation
@testable import WijkModel

/// Sample responses shared by the response tests.
enum ResponseFixtures {
    static func date(_ ms: Int64) -> Date { Date(timeIntervalSince1970: Double(ms) / 1000) }

    /// A complete interview with every answer kind, remarks and an audit trail.
    static let complete = Response(
        id: "3F2504E0-4F89-11D3-9A0C-0305E82C3301",
        questionnaire: QuestionnaireRef(id: "wijkteams-2026", version: "1.2"),
        variant: "wijkteam", status: .complete, interviewer: "Sanne de Vries", device: "laptop-07",
        createdAt: date(1_796_058_691_123), updatedAt: date(1_796_062_291_456),
        completedAt: date(1_796_062_291_456),
        answers: [
            "q1": .text("Rotterdam-Zuid"), "q2": .number(42), "q3": .number(3.75), "q4": .bool(true),
            "q5": .choices(["taal", "werk"]), "q6": .choices([]), "q7": .dontKnow, "q8": .refused,
            "q9": .text("Een lange tekst met \"aanhalingstekens\",\nregels en é ü ë 😀."),
        ],
        remarks: ["q2": "schatting", "q9": "respondent twijfelde"],
        audit: [
            AuditEntry(at: date(1_796_058_700_000), event: "answer", question: "q2", old: nil, new: .number(40)),
            AuditEntry(at: date(1_796_058_800_500), event: "answer", question: "q2", old: .number(40), new: .number(42)),
            AuditEntry(at: date(1_796_058_900_000), event: "answer", question: "q7", old: .text("x"), new: .dontKnow),
            AuditEntry(at: date(1_796_059_000_000), event: "leave"),
            AuditEntry(at: date(1_796_062_291_456), event: "complete"),
        ])

    /// A realistic ~3.3 KB file: 40 answers, 4 long Dutch texts.
    static func typical(seed: Int = 0) -> Response {
        var answers: [String: AnswerValue] = [:]
        let long = "De bewoners in deze buurt weten vaak niet waar ze terecht kunnen met vragen over "
            + "schulden, zorg en huisvesting; het wijkteam probeert dat op te lossen met spreekuren. "
            + "Sleutelfiguren uit migrantenorganisaties zijn daarbij onmisbaar, maar hun werk wordt zelden "
            + "betaald en het vertrouwen moet telkens opnieuw worden opgebouwd. Volgens de respondent "
            + "helpt een vaste contactpersoon per straat, omdat bewoners dan weten bij wie ze kunnen aankloppen."
        for i in 1...40 {
            switch i % 8 {
            case 0 where i <= 32: answers["q\(i)"] = .text(long + " (\(i + seed))")
            case 1, 2: answers["q\(i)"] = .number(Double(i + seed))
            case 3: answers["q\(i)"] = .bool(i % 2 == 0)
            case 4: answers["q\(i)"] = .choices(["taal", "werk", "zorg"])
            case 5: answers["q\(i)"] = .text("optie_\(i % 3)")
            case 6: answers["q\(i)"] = i % 3 == 0 ? .dontKnow : .number(3.5)
            default: answers["q\(i)"] = .text("ja")
            }
        }
        return Response(id: "id-\(seed)", questionnaire: QuestionnaireRef(id: "wijkteams-2026", version: "1"),
                        variant: "wijkteam", status: .complete, interviewer: "Sanne", device: "laptop-07",
                        createdAt: date(1_796_058_691_123), updatedAt: date(1_796_062_291_456),
                        completedAt: date(1_796_062_291_456), answers: answers)
    }

    /// The encoded form of `complete` as a mutable JSON object.
    static func completeObject() throws -> JSONObject {
        guard case .object(let o) = try JSONParser.parse(complete.encoded()) else { throw FixtureError.notObject }
        return o
    }

    enum FixtureError: Error { case notObject }
}
