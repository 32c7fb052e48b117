import Foundation
import WijkModel
@testable import WijkTUI

/// A small, hand-made data set on the bundled questionnaires: seven draft
/// interviews (four wijkteams, three migrantenorganisaties) with don't know,
/// refused, unanswered answers and Turkish and Arabic open answers.
enum ResultsFixture {
    struct Interview {
        var id: String
        var variant: String
        var organisation: String
        var gemeente: String
        var kent: AnswerValue?
        var bereik: AnswerValue?
        var buitenBeeld: [String]
        var beeld: String?
        var contact: Bool
    }

    static let interviews: [Interview] = [
        Interview(id: "wt-1", variant: "wijkteam", organisation: "Wijkteam Noord", gemeente: "Utrecht",
                  kent: .number(4), bereik: .number(3), buitenBeeld: ["turks", "syrisch"],
                  beeld: "Bewoners zoeken hulp via de moskee.", contact: true),
        Interview(id: "wt-2", variant: "wijkteam", organisation: "Wijkteam Zuid", gemeente: "Utrecht",
                  kent: .number(2), bereik: .number(2), buitenBeeld: ["syrisch"],
                  beeld: "Taal is vaak een drempel voor hulp.", contact: true),
        Interview(id: "wt-3", variant: "wijkteam", organisation: "Sociaal Team Oost", gemeente: "Amersfoort",
                  kent: .number(4), bereik: .dontKnow, buitenBeeld: ["marokkaans"], beeld: nil, contact: false),
        Interview(id: "wt-4", variant: "wijkteam", organisation: "Wijkteam West", gemeente: "Amersfoort",
                  kent: .number(5), bereik: nil, buitenBeeld: [],
                  beeld: "We kennen de sleutelfiguren niet.", contact: true),
        Interview(id: "mo-1", variant: "migrantenorganisatie", organisation: "Türk Kadınlar Derneği", gemeente: "Utrecht",
                  kent: .number(2), bereik: .number(2), buitenBeeld: ["turks"],
                  beeld: "Kadınlar wijkteam'i tanımıyor; hulp komt te laat.", contact: true),
        Interview(id: "mo-2", variant: "migrantenorganisatie", organisation: "جمعية الجالية السورية", gemeente: "Amersfoort",
                  kent: .number(1), bereik: .number(1), buitenBeeld: ["syrisch", "turks"],
                  beeld: "العائلات لا تعرف أين تطلب المساعدة", contact: false),
        Interview(id: "mo-3", variant: "migrantenorganisatie", organisation: "Marokkaanse Vrouwen Vereniging", gemeente: "Utrecht",
                  kent: .refused, bereik: .number(3), buitenBeeld: ["marokkaans"],
                  beeld: "Het wijkteam komt pas bij grote problemen; hulp is laat.", contact: true),
    ]

    static func response(_ i: Interview) -> Response {
        let questionnaire = i.variant == "wijkteam" ? BundledQuestionnaires.wijkteam : BundledQuestionnaires.migrantenorganisatie
        var answers: [String: AnswerValue] = [
            MetadataID.organisation: .text(i.organisation),
            MetadataID.gemeente: .text(i.gemeente),
            MetadataID.consent: .bool(true),
            MetadataID.date: .text("2025-03-01"),
            "contact": .bool(i.contact),
        ]
        if let kent = i.kent { answers["kent_leefwereld"] = kent }
        if let bereik = i.bereik { answers["bereik"] = bereik }
        if !i.buitenBeeld.isEmpty { answers["buiten_beeld"] = .choices(i.buitenBeeld) }
        if let beeld = i.beeld { answers["beeld"] = .text(beeld) }
        let date = Date(timeIntervalSince1970: 1_740_000_000)
        return Response(id: i.id, questionnaire: QuestionnaireRef(id: questionnaire.id, version: questionnaire.version),
                        variant: i.variant, status: .draft, interviewer: "anna", device: "test",
                        createdAt: date, updatedAt: date, answers: answers)
    }

    /// Writes the interviews to a new temporary folder and returns its path.
    static func writeDirectory() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wijk-results-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for i in interviews {
            try response(i).encoded().write(to: dir.appendingPathComponent("\(i.id).json"))
        }
        return dir.path
    }

    static let query = ResultsQuery(filter: ResponseFilter(includeDrafts: true))

    /// The summary of the fixture (drafts included), via the real aggregator.
    static func summary(_ query: ResultsQuery = query, directory: String? = nil) throws -> Summary {
        let dir = try directory ?? writeDirectory()
        var options = AggregationOptions(filter: query.filter, crossTabs: query.crossTabs, workers: 1, today: "2025-06-01")
        options.grouping = query.grouping
        return Aggregator(questionnaires: BundledQuestionnaires.all, options: options).summarize(paths: [dir])
    }

    /// The drill-down loader on `directory`, as the runner makes it.
    static func loader(_ directory: String) -> ResponseLoader {
        ResponseLoader(paths: [directory], questionnaires: BundledQuestionnaires.all, lang: .nl, today: "2025-06-01")
    }

    static func browser(width: Int = 80, height: Int = 24) throws -> ResultsBrowser {
        var browser = ResultsBrowser(summary: try summary(), questionnaires: BundledQuestionnaires.all, lang: .nl, query: query)
        browser.resize(Size(width: width, height: height))
        return browser
    }

    static func render(_ browser: ResultsBrowser) -> Grid {
        var grid = Grid(size: browser.size)
        _ = browser.render(into: &grid)
        return grid
    }
}
