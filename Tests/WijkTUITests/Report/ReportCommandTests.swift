import Foundation
import Testing

/// `wijk report`: one self-contained HTML file whose charts carry the same
/// numbers as `wijk summary --format json`, hostile answers shown as text,
/// and (with Debian's `chromium`) a real browser that renders it to PNG and PDF.
@Suite(.serialized) struct ReportCommandTests {
    /// Generated interviews, a report and the summary JSON of the same folder.
    static func fixture(_ dir: URL, count: Int = 300, extra: [String] = []) throws -> (html: String, summary: [String: Any]) {
        let data = dir.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        let gen = try WijkBinary.run(["generate", "--count", "\(count)", "--seed", "7", "--out", data.path])
        #expect(gen.status == 0, "\(gen.stderr)")
        return try report(dir, data: data, extra: extra)
    }

    static func report(_ dir: URL, data: URL, extra: [String] = []) throws -> (html: String, summary: [String: Any]) {
        let out = dir.appendingPathComponent("report.html")
        let r = try WijkBinary.run(["report", data.path, "-o", out.path] + extra)
        #expect(r.status == 0, "\(r.stderr)")
        let s = try WijkBinary.run(["summary", data.path, "--format", "json"])
        let json = try JSONSerialization.jsonObject(with: Data(s.stdout.utf8)) as? [String: Any] ?? [:]
        return (try String(contentsOf: out, encoding: .utf8), json)
    }

    /// data-question → variant → code → (count, base), read off the charts.
    static func bars(_ html: String) -> [String: [String: [String: (Int, Int)]]] {
        var out: [String: [String: [String: (Int, Int)]]] = [:]
        for figure in html.components(separatedBy: "<figure class=\"bars\" data-question=\"").dropFirst() {
            let id = String(figure.prefix { $0 != "\"" })
            var variants: [String: [String: (Int, Int)]] = [:]
            let body = figure.components(separatedBy: "</figure>")[0]
            for rect in body.components(separatedBy: "<rect class=\"bar").dropFirst() {
                func attr(_ name: String) -> String {
                    guard let r = rect.range(of: "data-\(name)=\"") else { return "" }
                    return String(rect[r.upperBound...].prefix { $0 != "\"" })
                }
                variants[attr("variant"), default: [:]][attr("code")] = (Int(attr("count")) ?? -1, Int(attr("base")) ?? -1)
            }
            out[id] = variants
        }
        return out
    }

    @Test func chartsCarryTheSummaryNumbersAndNothingIsFetched() throws {
        try withTempDirectory { dir in
            let (html, summary) = try Self.fixture(dir)
            let group = (summary["groups"] as? [[String: Any]])?.first ?? [:]
            let questions = group["questions"] as? [String: [String: Any]] ?? [:]
            let closed = questions.filter { ["single", "multiple", "yesNo", "scale"].contains($0.value["type"] as? String ?? "") }
            #expect(closed.count > 20)
            let charts = Self.bars(html)
            #expect(Set(charts.keys) == Set(closed.keys))            // one chart per closed question, no more
            for (id, question) in closed {
                let variants = question["variants"] as? [String: [String: Any]] ?? [:]
                for (variant, result) in variants {
                    let counts = result["counts"] as? [String: Int] ?? [:]
                    let n = result["n"] as? Int ?? -1
                    for (code, count) in counts {
                        let bar = charts[id]?[variant]?[code]
                        #expect(bar?.0 == count, "\(id) \(variant) \(code)")
                        #expect(bar?.1 == n, "\(id) \(variant) base")
                    }
                    #expect(charts[id]?[variant]?.count == counts.count, "\(id) \(variant)")
                }
            }
            // Self-contained: no script, no external resource, no link out.
            #expect(!html.lowercased().contains("<script"))
            #expect(!html.contains("src=") && !html.contains("href=\"http") && !html.contains("url(http"))
            #expect(!html.contains("@import"))
            // Accessible structure: headings, captions, charts with text equivalents.
            #expect(html.contains("<h1>") && html.contains("<caption>"))
            #expect(html.components(separatedBy: "role=\"img\"").count - 1 == closed.count)
            #expect(html.components(separatedBy: "aria-describedby=\"t-").count - 1 == closed.count)
            let mode = try FileManager.default.attributesOfItem(atPath: dir.appendingPathComponent("report.html").path)[.posixPermissions] as? Int
            #expect(mode == 0o600)
            // The interviewer's own notes are in the summary, never in a report handed to others.
            let perVariant = questions["notities_interviewer"]?["variants"] as? [String: [String: Any]] ?? [:]
            let notes = perVariant.values.flatMap { ($0["answers"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String } }
            #expect(!notes.isEmpty)
            #expect(!html.contains("notities_interviewer") && !html.contains("Notities van de interviewer"))
            // Long, distinctive notes only: a short phrase may also be another question's answer.
            let distinctive = notes.filter { $0.count > 60 && !$0.contains("&") && !$0.contains("'") && !$0.contains("\"") }
            #expect(!distinctive.isEmpty)
            #expect(!distinctive.contains { html.contains(String($0.prefix(60))) })
        }
    }

    @Test func markdownAndEnglishFollowTheOptions() throws {
        try withTempDirectory { dir in
            let data = dir.appendingPathComponent("data")
            try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
            _ = try WijkBinary.run(["generate", "--count", "200", "--seed", "3", "--out", data.path])
            let md = try WijkBinary.run(["report", data.path, "--format", "markdown", "--quotes", "2"])
            #expect(md.status == 0)
            #expect(md.stdout.hasPrefix("# Sociale wijkteams en diversiteit"))
            #expect(md.stdout.contains("## Veldwerk") && md.stdout.contains("| Antwoord |"))
            // Capped quotes: at most 2 per variant per open question, not every answer.
            let full = try WijkBinary.run(["summary", data.path, "--format", "markdown"])
            #expect(md.stdout.utf8.count * 3 < full.stdout.utf8.count)
            let en = try WijkBinary.run(["report", data.path, "--lang", "en"])
            #expect(en.stdout.contains("<html lang=\"en\">") && en.stdout.contains("Fieldwork"))
            #expect(en.stdout.contains("Neighbourhood teams"))
        }
    }

    @Test func refusesSpecialTargetsLikeTheExports() throws {
        try withTempDirectory { dir in
            let r = try WijkBinary.run(["report", dir.path, "-o", dir.path])
            #expect(r.status == 2)
            #expect(r.stderr.contains("map"))
            let link = dir.appendingPathComponent("link.html")
            try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "/tmp/elsewhere.html")
            let l = try WijkBinary.run(["report", dir.path, "-o", link.path])
            #expect(l.status == 2)
        }
    }

    @Test func hostileAnswersAppearAsText() throws {
        try withTempDirectory { dir in
            let data = dir.appendingPathComponent("data")
            try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
            _ = try WijkBinary.run(["generate", "--count", "12", "--seed", "5", "--out", data.path])
            let hostile = "<script>alert('x')</script> \"><img src=x onerror=alert(1)> </blockquote><h2>Nep</h2> <!-- &amp; \u{1B}[31m \u{202E}"
            for name in try FileManager.default.contentsOfDirectory(atPath: data.path) {
                let url = data.appendingPathComponent(name)
                var json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
                var answers = json["answers"] as! [String: Any]
                guard answers["aanbeveling"] != nil else { continue }
                answers["aanbeveling"] = hostile
                answers["gemeente"] = "Gouda<svg onload=alert(1)>"
                json["answers"] = answers
                try JSONSerialization.data(withJSONObject: json).write(to: url)
            }
            let (html, _) = try Self.report(dir, data: data, extra: ["--quotes", "50"])
            #expect(!html.contains("<script") && !html.contains("<img") && !html.contains("<h2>Nep") && !html.contains("<!--"))
            #expect(!html.contains("<svg onload"))
            #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
            #expect(html.contains("Gouda&lt;svg onload=alert(1)&gt;"))
            #expect(html.contains("&amp;amp;"))
            #expect(html.contains("\\u{1B}[31m") && html.contains("\\u{202E}") && !html.contains("\u{1B}"))
            if Chromium.path != nil {
                let dom = try Chromium.run(["--dump-dom", dir.appendingPathComponent("report.html").absoluteString], in: dir)
                #expect(!dom.contains("<script") && !dom.contains("<img"), "the browser built no element from an answer")
                #expect(dom.contains("&lt;script&gt;"))
            }
        }
    }

    @Test func codesAndQuotesPerCodeWhenCoded() throws {
        try withTempDirectory { dir in
            let data = dir.appendingPathComponent("data").path
            let env = ["HOME": dir.path]
            func wijk(_ args: [String]) throws -> WijkBinary.Result {
                let r = try WijkBinary.run(args, environment: env)
                #expect(r.status == 0, "\(args): \(r.stderr)")
                return r
            }
            _ = try wijk(["generate", "--count", "150", "--seed", "4", "--out", data])
            let before = try wijk(["report", data])
            #expect(!before.stdout.contains("<table class=\"codes\"") && before.stdout.contains("--coder NAAM"))
            _ = try wijk(["codes", "add", "Angst voor jeugdbescherming", "--data", data])
            let auto = try wijk(["code", "auto", data, "--coder", "anna", "--question", "beeld_wijkteam",
                                 "--code", "Angst voor jeugdbescherming", "--match", "jeugdbescherming|weggehaald"])
            let matched = Int(auto.stdout.prefix { $0.isNumber }) ?? -1
            #expect(matched > 0)
            let html = try wijk(["report", data, "--coder", "anna"]).stdout
            let table = html.components(separatedBy: "<table class=\"codes\" data-question=\"beeld_wijkteam\">").dropFirst().first ?? ""
            #expect(table.contains("data-variant=\"migrantenorganisatie\" data-count=\"\(matched)\""))
            #expect(!table.components(separatedBy: "</table>")[0].contains("data-variant=\"wijkteam\""))   // not asked there
            #expect(html.contains("<p class=\"code-quotes\"><strong>Angst voor jeugdbescherming:</strong>"))
            #expect(html.contains("gecodeerd door anna"))
        }
    }

    /// A scale whose means clearly differ while its chi-square cannot be trusted (a
    /// lone "3": an expected count below 1): the report gives the means test beside
    /// the distribution test, with n, as `wijk summary` does — not "niet te beoordelen" alone.
    @Test func scaleShowsTheMeansTestLikeTheSummary() throws {
        try withTempDirectory { dir in
            let data = dir.appendingPathComponent("data")
            try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
            _ = try WijkBinary.run(["generate", "--count", "60", "--seed", "11", "--out", data.path])
            var seen: [String: Int] = [:]
            for name in try FileManager.default.contentsOfDirectory(atPath: data.path).sorted() where name.hasSuffix(".json") {
                let url = data.appendingPathComponent(name)
                var json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
                var answers = json["answers"] as! [String: Any]
                guard answers["kwaliteit_samenwerking"] is NSNumber, let variant = json["variant"] as? String else { continue }
                let i = seen[variant, default: 0]
                seen[variant] = i + 1
                // Wijkteams poor (1, 2), organisations good (4, 5), one organisation in the middle.
                answers["kwaliteit_samenwerking"] = variant == "wijkteam" ? 1 + i % 2 : (i == 0 ? 3 : 4 + i % 2)
                json["answers"] = answers
                try JSONSerialization.data(withJSONObject: json).write(to: url)
            }
            #expect(seen.count == 2 && seen.values.allSatisfy { $0 >= 4 }, "\(seen)")
            let (html, summary) = try Self.report(dir, data: data)
            let core = ((summary["groups"] as? [[String: Any]])?.first?["core"] as? [[String: Any]]) ?? []
            let comparison = core.first { $0["question"] as? String == "kwaliteit_samenwerking" } ?? [:]
            let test = comparison["test"] as? [String: Any] ?? [:], mean = comparison["meanTest"] as? [String: Any] ?? [:]
            // The fixture is what it claims: an unreliable chi-square, a significant Welch test.
            #expect(test["method"] as? String == "chiSquare" && test["reliable"] as? Bool == false)
            #expect(mean["method"] as? String == "welchT" && mean["significant"] as? Bool == true)
            let p = mean["p"] as? Double ?? 1
            let pText = p < 0.001 ? "p < 0,001" : "p = " + String(format: "%.3f", p).replacingOccurrences(of: ".", with: ",")
            let meanText = "gemiddelden: verschil (Welch t("
            let article = html.components(separatedBy: "id=\"q-kwaliteit_samenwerking\"").dropFirst().first?
                .components(separatedBy: "</article>").first ?? ""
            let line = article.components(separatedBy: "<p class=\"test\">").dropFirst().first ?? ""
            #expect(line.contains("verdeling: niet te beoordelen (χ²("), "\(line)")
            #expect(line.contains(meanText) && line.contains(pText.replacingOccurrences(of: "<", with: "&lt;") + "; n = \(mean["n"] as? Int ?? -1))"), "\(line)")
            // The overview at the top and the markdown report say the same.
            let overview = html.components(separatedBy: "href=\"#q-kwaliteit_samenwerking\"").dropFirst().first?
                .components(separatedBy: "</tr>").first ?? ""
            #expect(overview.contains(meanText))
            let md = try WijkBinary.run(["report", data.path, "--format", "markdown"]).stdout
            let block = md.components(separatedBy: "\n### Hoe beoordeelt u de kwaliteit van de samenwerking?").dropFirst().first?
                .components(separatedBy: "\n### ").first ?? ""
            #expect(block.contains("Toets: verdeling: niet te beoordelen (χ²(") && block.contains(meanText), "\(block)")
            #expect(block.contains(pText.replacingOccurrences(of: "<", with: "\\<") + "; n = \(mean["n"] as? Int ?? -1))"), "\(block)")
        }
    }

    @Test(.enabled(if: Chromium.path != nil, "needs chromium (apt-get install chromium)"))
    func chromiumRendersThePhoneViewAndThePDF() throws {
        try withTempDirectory { dir in
            let (html, _) = try Self.fixture(dir)
            let page = dir.appendingPathComponent("report.html").absoluteString
            let png = dir.appendingPathComponent("phone.png"), pdf = dir.appendingPathComponent("report.pdf")
            _ = try Chromium.run(["--screenshot=\(png.path)", "--window-size=390,1600", "--hide-scrollbars", page], in: dir)
            _ = try Chromium.run(["--print-to-pdf=\(pdf.path)", "--no-pdf-header-footer", page], in: dir)
            let image = try Data(contentsOf: png)
            #expect(image.starts(with: [0x89, 0x50, 0x4E, 0x47]) && image.count > 20_000)
            let document = try Data(contentsOf: pdf)
            #expect(document.starts(with: Array("%PDF".utf8)))
            // Every part starts on a new page: more pages than parts.
            let text = String(decoding: document, as: UTF8.self)
            let pageObjects = text.components(separatedBy: "/Type /Page").count - 1
            let pageTrees = text.components(separatedBy: "/Type /Pages").count - 1
            let pages: Int = pageObjects - pageTrees
            let parts: Int = html.components(separatedBy: "<section class=\"part\"").count - 1
            #expect(pages >= parts, "\(pages) pages for \(parts) parts")
            // The browser's DOM has a chart per figure, each with its bars.
            let dom = try Chromium.run(["--dump-dom", page], in: dir)
            let inBrowser = Self.bars(dom), inFile = Self.bars(html)
            #expect(inBrowser.count == inFile.count)
            let browserBars: Int = inBrowser.values.reduce(0) { $0 + $1.values.reduce(0) { $0 + $1.count } }
            let fileBars: Int = inFile.values.reduce(0) { $0 + $1.values.reduce(0) { $0 + $1.count } }
            #expect(browserBars == fileBars && fileBars > 100)
            if let keep = ProcessInfo.processInfo.environment["WIJK_REPORT_SHOTS"] {
                for f in [png, pdf] { try? FileManager.default.copyItem(at: f, to: URL(fileURLWithPath: keep).appendingPathComponent(f.lastPathComponent)) }
            }
        }
    }
}

/// Debian's headless `chromium`, when installed.
enum Chromium {
    static var path: String? {
        for p in ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/local/bin/chromium"]
        where FileManager.default.isExecutableFile(atPath: p) { return p }
        return nil
    }

    /// Runs headless Chromium with a private profile; standard output as text.
    static func run(_ arguments: [String], in dir: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
        let profile = dir.appendingPathComponent("chromium-profile").path
        process.arguments = ["120", path!, "--headless", "--disable-gpu", "--no-sandbox", "--no-first-run",
                             "--user-data-dir=\(profile)", "--disable-dev-shm-usage"] + arguments
        var env = ProcessInfo.processInfo.environment
        env["HOME"] = dir.path
        process.environment = env
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}

private func withTempDirectory(_ body: (URL) throws -> Void) throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wijk-report-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    try body(dir)
}
