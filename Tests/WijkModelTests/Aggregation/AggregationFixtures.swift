import Foundation
@testable import WijkModel

/// A small data set with hand-computed results: two "laptops" (folders a and b)
/// with complete interviews of both variants, a draft, an identical copy, an
/// older revision, a conflict and invalid files.
enum AggregationFixtures {
    static let today = "2026-11-30"

    /// A valid response: the given answers, plus a default for every other
    /// required question the engine still reports missing.
    static func response(_ id: String, variant: String, gemeente: String, status: ResponseStatus = .complete,
                         updated: Double = 1_000, interviewer: String = "Sanne",
                         date: String = "2026-03-01", _ answers: [String: AnswerValue]) -> Response {
        let q = BundledQuestionnaires.variant(variant)!
        var all: [String: AnswerValue] = [
            MetadataID.organisation: .text("Org \(id)"), MetadataID.gemeente: .text(gemeente),
            MetadataID.role: .text(q.choiceList(for: q.question(MetadataID.role)!)!.choices[0].value),
            MetadataID.date: .text(date), MetadataID.consent: .bool(true), "contact": .bool(false),
        ]
        for (k, v) in answers { all[k] = v }
        var response = Response(id: id, questionnaire: QuestionnaireRef(id: q.id, version: q.version),
                                variant: variant, status: status, interviewer: interviewer, device: "test",
                                createdAt: Date(timeIntervalSince1970: 500), updatedAt: Date(timeIntervalSince1970: updated),
                                answers: all)
        for _ in 0..<80 {
            let engine = InterviewEngine(questionnaire: q, response: response, today: today)
            guard let missing = engine.problems(lang: .en).first(where: { $0.kind == .missingRequired }),
                  let question = q.question(missing.questionId) else { break }
            response.answers[question.id] = defaultAnswer(question, q)
        }
        return response
    }

    static func defaultAnswer(_ question: Question, _ q: Questionnaire) -> AnswerValue {
        switch question.type {
        case .single: return .text(q.choiceList(for: question)!.choices[0].value)
        case .multiple: return .choices([q.choiceList(for: question)!.choices[0].value])
        case .scale: return .number(Double(question.scale!.min))
        case .integer, .decimal: return .number(max(question.min ?? 1, 1))
        case .yesNo: return .bool(false)
        case .date: return .text("2026-03-01")
        default: return .text("x")
        }
    }

    static func wijkteam(_ id: String, _ gemeente: String, updated: Double = 1_000, status: ResponseStatus = .complete,
                         _ answers: [String: AnswerValue]) -> Response {
        response(id, variant: "wijkteam", gemeente: gemeente, status: status, updated: updated, answers)
    }

    static func migranten(_ id: String, _ gemeente: String, _ answers: [String: AnswerValue]) -> Response {
        response(id, variant: "migrantenorganisatie", gemeente: gemeente, answers)
    }

    static let w1Old = wijkteam("W1", "Utrecht", updated: 900, [
        "kent_leefwereld": .number(1), "teamgrootte": .number(99), "contact": .bool(true),
        "kwaliteit_samenwerking": .number(1), "drempels": .choices(["schaamte"])])
    static let w1 = wijkteam("W1", "Utrecht", updated: 1_000, [
        "kent_leefwereld": .number(4), "teamgrootte": .number(10), "contact": .bool(true),
        "kwaliteit_samenwerking": .number(3), "drempels": .choices(["taal", "schaamte"])])
    static let w2 = wijkteam("W2", "Utrecht", [
        "kent_leefwereld": .number(5), "teamgrootte": .number(20), "contact": .bool(true),
        "kwaliteit_samenwerking": .refused, "drempels": .choices(["taal"])])
    static let w3 = wijkteam("W3", " utrecht", [
        "kent_leefwereld": .number(2), "teamgrootte": .number(30), "contact": .bool(false),
        "geen_contact_reden": .text("Geen tijd"), "drempels": .choices(["taal", "schaamte", "wantrouwen"])])
    /// Same id and updatedAt as W3, different content.
    static let w3Conflict = wijkteam("W3", "Utrecht", ["kent_leefwereld": .number(5), "teamgrootte": .number(30)])
    static let w4 = wijkteam("W4", "Amsterdam", [
        "kent_leefwereld": .dontKnow, "teamgrootte": .number(40), "contact": .bool(false),
        "geen_contact_reden": .text("Onbekend")])
    static let w5 = wijkteam("W5", "Amsterdam", [
        "contact": .bool(false), "drempels": .dontKnow])
    static let draft = wijkteam("D1", "Utrecht", status: .draft, ["kent_leefwereld": .number(1)])
    static let m1 = migranten("M1", "Utrecht", ["kent_leefwereld": .number(1), "contact": .bool(true)])
    static let m2 = migranten("M2", "Amsterdam", ["kent_leefwereld": .number(2)])
    static let m3 = migranten("M3", "Amsterdam", ["kent_leefwereld": .number(3)])

    /// Writes the data set; returns the two folders.
    static func write(to root: URL) throws -> [String] {
        let a = root.appendingPathComponent("a"), b = root.appendingPathComponent("b")
        try FileManager.default.createDirectory(at: a, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: b, withIntermediateDirectories: true)
        func put(_ dir: URL, _ name: String, _ r: Response) throws {
            try r.encoded().write(to: dir.appendingPathComponent(name))
        }
        try put(a, "w1.json", w1Old)
        try put(b, "w1.json", w1)
        try put(a, "w2.json", w2)
        try put(b, "w2-copy.json", w2)
        try put(a, "w3.json", w3)
        try put(b, "w3.json", w3Conflict)
        try put(a, "w4.json", w4)
        try put(a, "w5.json", w5)
        try put(a, "d1.json", draft)
        try put(b, "m1.json", m1)
        try put(b, "m2.json", m2)
        try put(b, "m3.json", m3)
        try Data("{not json".utf8).write(to: a.appendingPathComponent("broken.json"))
        var bad = w4
        bad.id = "BAD"
        bad.answers["rol"] = .text("astronaut")
        try put(b, "bad-choice.json", bad)
        try Data("{}".utf8).write(to: a.appendingPathComponent(".hidden-temp.json"))
        return [a.path, b.path]
    }

    static func temporaryRoot() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("wijk-agg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        return root
    }

    static func summarize(_ filter: ResponseFilter = ResponseFilter(), workers: Int = 2, chunk: Int = 256,
                          groupByGemeente: Bool = false, crossTabs: [CrossTabRequest] = []) throws -> Summary {
        let root = try temporaryRoot()
        defer { try? FileManager.default.removeItem(at: root) }
        let dirs = try write(to: root)
        let options = AggregationOptions(filter: filter, groupByGemeente: groupByGemeente, crossTabs: crossTabs,
                                         workers: workers, lang: .en, today: today)
        var aggregator = Aggregator(questionnaires: BundledQuestionnaires.all, options: options)
        aggregator.chunk = chunk
        return aggregator.summarize(paths: dirs)
    }
}
