import Foundation
import Testing
@testable import WijkModel

/// The home screen's compact listing: the same rows as the full listing, whatever the folder holds.
@Suite struct InterviewListTests {
    static let today = "2026-05-03"

    /// The full listing turned into entries, each percentage from a new engine on the response: what
    /// the home screen showed before the listing was compact.
    static func expected(_ store: ResponseStore, lang: Lang) -> [InterviewList.Entry] {
        store.list(lang: lang).map { listing in
            guard let response = listing.response else {
                return InterviewList.Entry(id: listing.id, problem: listing.problem!, modified: listing.updatedAt)
            }
            let questionnaire = BundledQuestionnaires.all.first { $0.id == response.questionnaire.id }
                ?? BundledQuestionnaires.all.first { $0.variant == response.variant }
            let percent = questionnaire.map { q in
                Int((InterviewEngine(questionnaire: q, response: response, today: today).progress.fraction * 100).rounded(.down))
            }
            return InterviewList.Entry(id: listing.id, response: response, percent: percent)
        }
    }

    /// Drafts and completed interviews (more than one worker's chunk of 256), equal times, broken and
    /// invalid files, an oversize file, an unknown questionnaire, a link inside the folder and one
    /// out of it, a name that breaks the id rule, a conflict copy, hidden and other files.
    @Test func compactListingGivesTheSameRowsAsTheFullListing() throws {
        try withTempDir { dir in
            let store = ResponseStore(directory: dir)
            let write = { (response: Response, name: String) in
                try response.encoded().write(to: dir.appendingPathComponent(name))
            }
            let generated = SampleData.generate(count: 300, seed: 11)
            for response in generated { try write(response, response.id + ".json") }
            var tie = generated[0]
            tie.id = "tie-b"
            try write(tie, "tie-b.json")
            tie.id = "tie-a"
            try write(tie, "tie-a.json")
            var unknown = generated[1]
            unknown.id = "unknown"
            unknown.questionnaire = QuestionnaireRef(id: "elders", version: "1")
            unknown.variant = "elders"
            try write(unknown, "unknown.json")
            try Data("{\"format\": \"wijk-response\", kapot".utf8).write(to: dir.appendingPathComponent("kapot.json"))
            try Data("{}".utf8).write(to: dir.appendingPathComponent("leeg.json"))
            let huge = dir.appendingPathComponent("huge.json")
            #expect(FileManager.default.createFile(atPath: huge.path, contents: nil))
            #expect(truncate(huge.path, off_t(CorpusReader.maxFileSize + 1)) == 0)   // sparse
            try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("inside.json").path,
                                                       withDestinationPath: "tie-a.json")
            let outside = FileManager.default.temporaryDirectory.appendingPathComponent("wijk-outside-\(UUID().uuidString).json")
            try generated[2].encoded().write(to: outside)
            defer { try? FileManager.default.removeItem(at: outside) }
            try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("elsewhere.json").path,
                                                       withDestinationPath: outside.path)
            try write(generated[3], "a b.json")
            try write(generated[4], generated[4].id + ".conflict-0badc0de.json")
            try write(generated[5], ".verborgen.json")
            try Data("x".utf8).write(to: dir.appendingPathComponent("notes.txt"))

            for lang in [Lang.nl, .en] {
                let expected = Self.expected(store, lang: lang)
                #expect(expected.count == 300 + 7)   // generated, two ties, unknown, kapot, leeg, huge, inside
                #expect(Set(expected.map(\.id)).isDisjoint(with: ["elsewhere", "a b", "verborgen"]))
                #expect(expected.contains { $0.id == "huge" && $0.problem?.contains(lang == .en ? "too large" : "te groot") == true })
                #expect(expected.contains { $0.id == "unknown" && $0.percent == nil && !$0.isBroken })
                #expect(expected.filter(\.isBroken).count == 3)
                let meter = ProgressMeter(questionnaires: BundledQuestionnaires.all, today: Self.today)
                for workers in [1, 2, 3] {
                    let compact = store.interviews(lang: lang, progress: meter, workers: workers)
                    #expect(Array(compact) == expected, "workers: \(workers)")
                }
                let ties = expected.filter { $0.id.hasPrefix("tie-") || $0.id == "inside" }.map(\.id)
                #expect(ties == ["inside", "tie-a", "tie-b"])   // same time: by id
            }
            // Without a meter: no percentages, the same rows otherwise.
            let plain = store.interviews(lang: .nl, progress: nil)
            #expect(plain.map(\.id) == Self.expected(store, lang: .nl).map(\.id))
            #expect(plain.allSatisfy { $0.percent == nil })
        }
    }

    /// The fast route is taken (most generated files are listed from the judge's record) and gives
    /// the entry the decode and a new engine give.
    @Test func validFilesAreListedFromTheirRecordAsDecoded() {
        let meter = ProgressMeter(questionnaires: BundledQuestionnaires.all, today: Self.today)
        let judge = FileJudge(questionnaires: BundledQuestionnaires.all, lang: .nl, today: Self.today)
        var record = ResponseRecord()
        var fast = 0
        let responses = SampleData.generate(count: 200, seed: 5)
        for response in responses {
            let entry = response.encoded().withUnsafeBytes { bytes in
                ResponseStore.judged(response.id, "/x/\(response.id).json", bytes, judge: judge, progress: meter, record: &record)
            }
            guard let entry else { continue }
            fast += 1
            let questionnaire = BundledQuestionnaires.all.first { $0.id == response.questionnaire.id }!
            let percent = Int((InterviewEngine(questionnaire: questionnaire, response: response, today: Self.today)
                .progress.fraction * 100).rounded(.down))
            #expect(entry == InterviewList.Entry(id: response.id, response: response, percent: percent))
        }
        #expect(fast > responses.count * 9 / 10, "\(fast) of \(responses.count) from the record")
    }

    /// Damaged files (seeded byte flips and truncations): whatever the judge makes of them, the
    /// compact listing shows what the full listing shows.
    @Test func damagedFilesListAsTheFullListingLists() throws {
        try withTempDir { dir in
            let store = ResponseStore(directory: dir)
            var rng = SplitMix64(seed: 2026)
            for response in SampleData.generate(count: 240, seed: 9) {
                var bytes = [UInt8](response.encoded())
                switch rng.int(in: 0...3) {
                case 0: bytes = Array(bytes.prefix(rng.int(in: 0...bytes.count)))
                case 1, 2:
                    // Mostly in the header, where the listed columns are.
                    let end = rng.chance(0.7) ? min(bytes.count, 600) : bytes.count
                    bytes[rng.int(in: 0...(end - 1))] = rng.pick(Array("0123456789\"{}[],:.-Tfnt ".utf8))
                default: break
                }
                try Data(bytes).write(to: dir.appendingPathComponent(response.id + ".json"))
            }
            let expected = Self.expected(store, lang: .nl)
            #expect(expected.contains(where: \.isBroken) && expected.contains { !$0.isBroken })
            let meter = ProgressMeter(questionnaires: BundledQuestionnaires.all, today: Self.today)
            #expect(Array(store.interviews(lang: .nl, progress: meter)) == expected)
        }
    }

    @Test func listedIDsKeepTheIdRule() {
        #expect(ResponseStore.listedID("/data/r1_A-9.json") == "r1_A-9")
        #expect(ResponseStore.listedID("r1.json") == "r1")
        for path in ["/data/.json", "/data/x.JSON", "/data/a b.json", "/data/é.json", "/data/x.json.tmp", "/data/",
                     "/data/" + String(repeating: "a", count: 201) + ".json", "/data/x.conflict-0b.json"] {
            #expect(ResponseStore.listedID(path) == nil, "\(path)")
        }
        #expect(ResponseStore.listedID("/data/" + String(repeating: "a", count: 200) + ".json")?.count == 200)
    }

    @Test func entriesReadBackExactly() {
        let entries = [
            InterviewList.Entry(id: "a", variant: "wijkteam", organisation: "Türk Kadınlar Derneği", gemeente: "Utrecht",
                                status: .draft, updatedAt: Date(timeIntervalSince1970: 1_777_800_000.123_456_7),
                                percent: 0, problem: nil),
            InterviewList.Entry(id: "b", variant: "wijkteam", organisation: nil, gemeente: "Utrecht",
                                status: .complete, updatedAt: Date(timeIntervalSinceReferenceDate: -1.5), percent: 100,
                                problem: nil),
            InterviewList.Entry(id: "kapot", problem: "ongeldige JSON", modified: Date(timeIntervalSince1970: 0)),
            InterviewList.Entry(id: "c", variant: "migrantenorganisatie", organisation: "", gemeente: nil,
                                status: .draft, updatedAt: .distantFuture, percent: nil, problem: nil),
        ]
        let list = InterviewList(entries)
        #expect(Array(list) == entries)
        #expect(list.map { list.status(at: list.firstIndex(of: $0)!) } == [.draft, .complete, nil, .draft])
        #expect(list.id(at: 2, is: "kapot") && !list.id(at: 2, is: "kapo") && !list.id(at: 0, is: "b"))
    }

    @Test func sortsNewestFirstThenById() {
        let t = Date(timeIntervalSince1970: 1_700_000_000)
        func entry(_ id: String, _ time: Date) -> InterviewList.Entry {
            InterviewList.Entry(id: id, variant: nil, organisation: nil, gemeente: nil, status: .draft, updatedAt: time,
                                percent: nil, problem: nil)
        }
        var list = InterviewList([entry("b", t), entry("old", t - 60), entry("a-2", t), entry("new", t + 60), entry("a", t)])
        list.sortNewestFirst()
        #expect(list.map(\.id) == ["new", "a", "a-2", "b", "old"])
    }

    /// Workers' lists joined: the same entries as one list built in that order, texts pooled.
    @Test func appendingAnotherListKeepsEveryEntry() {
        func entry(_ id: String, _ gemeente: String?, _ problem: String? = nil) -> InterviewList.Entry {
            problem.map { InterviewList.Entry(id: id, problem: $0, modified: Date(timeIntervalSince1970: 5)) }
                ?? InterviewList.Entry(id: id, variant: "wijkteam", organisation: "Org \(id)", gemeente: gemeente,
                                       status: .complete, updatedAt: Date(timeIntervalSince1970: 9), percent: 50, problem: nil)
        }
        let first = [entry("a", "Utrecht"), entry("b", "Zaanstad"), entry("x", nil, "kapot")]
        let second = [entry("c", "Zaanstad"), entry("d", "Den Haag"), entry("y", nil, "kapot"), entry("z", nil, "leeg")]
        var joined = InterviewList(first)
        joined.append(contentsOf: InterviewList(second))
        #expect(Array(joined) == first + second)
        #expect(joined == InterviewList(first + second))
        #expect(joined != InterviewList(second + first))
    }
}
