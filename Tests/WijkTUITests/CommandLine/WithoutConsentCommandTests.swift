import Foundation
import Testing

/// Interviews that ended without consent count like any other (the counts stay
/// as they are), and every place that gives the count says how many of them
/// there are, per variant: the summary's header and JSON, the fieldwork
/// progress and the report's fieldwork table.
@Suite struct WithoutConsentCommandTests {
    /// Twelve generated interviews; the first two wijkteam and the first
    /// migrantenorganisatie interview turned into refusals as the interview
    /// screen writes them, and one more wijkteam interview into a draft whose
    /// consent is refused but which was never completed.
    static func fixture(_ data: URL) throws -> (wijkteam: Int, organisations: Int, complete: Int) {
        let gen = try WijkBinary.run(["generate", "--count", "12", "--seed", "21", "--out", data.path])
        #expect(gen.status == 0, "\(gen.stderr)")
        var turned: [String: Int] = [:], draft = false
        var refusals: [String: Int] = [:], complete = 0
        let kept: Set = ["datum", "gemeente", "organisatie", "rol", "wijk"]
        for name in try FileManager.default.contentsOfDirectory(atPath: data.path).sorted() where name.hasSuffix(".json") {
            let url = data.appendingPathComponent(name)
            var json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
            let variant = json["variant"] as! String
            guard json["status"] as? String == "complete" else { continue }
            var answers = json["answers"] as! [String: Any]
            if turned[variant, default: 0] < (variant == "wijkteam" ? 2 : 1) {
                turned[variant, default: 0] += 1
                answers = answers.filter { kept.contains($0.key) }
                answers["toestemming"] = false
                var audit = json["audit"] as? [[String: Any]] ?? []
                audit.append(["at": json["updatedAt"]!, "event": "complete", "question": "toestemming", "new": "noConsent"])
                json["audit"] = audit
            } else if variant == "wijkteam", !draft {
                draft = true
                answers = answers.filter { kept.contains($0.key) }
                answers["toestemming"] = false
                json["status"] = "draft"
                json.removeValue(forKey: "completedAt")
            }
            json["answers"] = answers
            try JSONSerialization.data(withJSONObject: json).write(to: url)
            if json["status"] as? String == "complete" {
                complete += 1
                if answers["toestemming"] as? Bool == false { refusals[variant, default: 0] += 1 }
            }
        }
        #expect(draft && turned == ["wijkteam": 2, "migrantenorganisatie": 1])
        return (refusals["wijkteam"] ?? 0, refusals["migrantenorganisatie"] ?? 0, complete)
    }

    @Test func summaryProgressAndReportSayHowManyEndedWithoutConsent() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wijk-consent-\(UUID().uuidString)")
        let data = dir.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let (wijkteam, organisations, complete) = try Self.fixture(data)
        #expect(wijkteam >= 2 && organisations >= 1)

        let json = try WijkBinary.run(["summary", data.path, "--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let top = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any] ?? [:]
        // The counts themselves do not change: every completed interview counts, refusals included.
        #expect(top["counted"] as? Int == complete)
        let group = (top["groups"] as? [[String: Any]])?.first ?? [:]
        let expected = ["wijkteam": wijkteam, "migrantenorganisatie": organisations]
        #expect(group["withoutConsent"] as? [String: Int] == expected)
        let progress = top["progress"] as? [String: Any] ?? [:]
        #expect(progress["withoutConsent"] as? [String: Int] == expected)
        // The draft is counted with --include-drafts, but it did not end: not "without consent".
        let drafts = try WijkBinary.run(["summary", data.path, "--format", "json", "--include-drafts"])
        let withDrafts = try JSONSerialization.jsonObject(with: Data(drafts.stdout.utf8)) as? [String: Any] ?? [:]
        #expect(withDrafts["counted"] as? Int == 12 && complete < 12)
        #expect(((withDrafts["groups"] as? [[String: Any]])?.first?["withoutConsent"] as? [String: Int]) == expected)

        let total = wijkteam + organisations
        let text = try WijkBinary.run(["summary", data.path]).stdout
        let line = "waarvan zonder toestemming: \(total) (wijkteam \(wijkteam), migrantenorganisatie \(organisations))"
        #expect(text.components(separatedBy: "\n").dropFirst().first == line, "\(text.prefix(300))")
        #expect(text.contains("Afgerond, " + line))
        let en = try WijkBinary.run(["summary", data.path, "--format", "markdown", "--lang", "en"]).stdout
        #expect(en.contains("\nof which without consent: \(total) (wijkteam \(wijkteam), migrantenorganisatie \(organisations))\n"))

        let html = try WijkBinary.run(["report", data.path]).stdout
        #expect(html.contains("<th scope=\"row\">\u{2003}\u{2003}waarvan zonder toestemming</th><td class=\"n\">\(wijkteam)</td>"))
        #expect(html.contains("<th scope=\"row\">\u{2003}\u{2003}waarvan zonder toestemming</th><td class=\"n\">\(organisations)</td>"))
        let md = try WijkBinary.run(["report", data.path, "--format", "markdown", "--lang", "en"]).stdout
        let teams = (group["variants"] as? [String: Int])?["wijkteam"] ?? -1
        #expect(md.contains("| Neighbourhood teams | \(teams) |\n| – of which without consent | \(wijkteam) |"), "\(md.prefix(600))")
    }
}
