import Foundation
import Testing
@testable import WijkModel

@Suite struct ResponseStoreTests {
    static func response(_ id: String, updated: TimeInterval, answers: [String: AnswerValue] = [:],
                         status: ResponseStatus = .draft) -> Response {
        Response(id: id, questionnaire: QuestionnaireRef(id: "wijk", version: "1"), variant: "wijkteam",
                 status: status, interviewer: "Fatma", device: "laptop-3",
                 createdAt: Date(timeIntervalSince1970: 1_700_000_000),
                 updatedAt: Date(timeIntervalSince1970: updated), answers: answers)
    }

    @Test(arguments: ["../etc/passwd", "a/b", ".hidden", "", "r1.json", "a b", "r\u{0}1", "é",
                      String(repeating: "a", count: 201)])
    func unsafeIDsAreRejected(id: String) throws {
        let store = ResponseStore(directory: URL(fileURLWithPath: "/tmp/x"))
        #expect(throws: StoreError.invalidID(id)) { try store.url(for: id) }
        #expect(throws: StoreError.invalidID(id)) { try store.load(id: id) }
        #expect(throws: StoreError.invalidID(id)) { try store.lock(id: id, holder: .current(interviewer: "F")) }
    }

    @Test func invalidIDMessageIsBoundedAndSafe() {
        let huge = "\u{1B}]0;x\u{07}" + String(repeating: "a", count: 1_000_000)
        let message = StoreError.invalidID(huge).message(.en)
        #expect(message.count < 200)
        #expect(!message.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(message.contains("1 to 200 characters"))
    }

    @Test func safeIDsMapToJSONFiles() throws {
        let store = ResponseStore(directory: URL(fileURLWithPath: "/data"))
        #expect(try store.url(for: "r1_A-9").path == "/data/r1_A-9.json")
        #expect(try store.lockURL(for: "r1").path == "/data/.r1.lock")
        #expect(try store.url(for: UUID().uuidString).lastPathComponent.hasSuffix(".json"))
    }

    @Test func saveLoadRoundTripWithPrivatePermissions() throws {
        try withTempDir { root in
            let store = ResponseStore(directory: root.appendingPathComponent("responses"))
            try store.prepare()
            let r = Self.response("r1", updated: 1_700_000_100,
                                  answers: [MetadataID.organisation: .text("Buurtkracht"), "q1": .number(3),
                                            "q2": .dontKnow, "q3": .choices(["a", "b"]), "q4": .bool(true)])
            try store.save(r)
            #expect(try store.load(id: "r1") == r)
            #expect(permissions(try store.url(for: "r1")) == 0o600)
            #expect(permissions(store.directory) == 0o700)
            #expect(try entries(store.directory) == ["r1.json"])
        }
    }

    @Test func loadMissingAndBrokenFiles() throws {
        try withTempDir { dir in
            let store = ResponseStore(directory: dir)
            #expect(throws: StoreError.notFound(path: try store.url(for: "nope").path)) {
                try store.load(id: "nope")
            }
            try Data("{kapot".utf8).write(to: store.url(for: "bad"))
            do {
                _ = try store.load(id: "bad")
                Issue.record("expected invalidFile")
            } catch let StoreError.invalidFile(path, _) {
                #expect(path.hasSuffix("/bad.json"))
            }
        }
    }

    @Test func listingSkipsHiddenAndOtherFilesAndKeepsBrokenOnes() throws {
        try withTempDir { dir in
            let store = ResponseStore(directory: dir)
            try store.save(Self.response("old", updated: 1_700_000_000, status: .complete))
            try store.save(Self.response("new", updated: 1_700_009_000,
                                         answers: [MetadataID.organisation: .text("Buurtkracht"),
                                                   MetadataID.gemeente: .text("Utrecht"),
                                                   "q1": .text(""), "q2": .refused, "q3": .number(1)]))
            try Data("{\"format\": \"wijk-response\", kapot".utf8).write(to: store.url(for: "broken"))
            // A crash leftover and a lock: hidden, never listed.
            try Self.response("old", updated: 1_800_000_000).encoded()
                .write(to: dir.appendingPathComponent(".old.json.0123456789abcdef.tmp"))
            let lock = try store.lock(id: "new", holder: .current(interviewer: "Fatma"))
            try Data("x".utf8).write(to: dir.appendingPathComponent("notes.txt"))
            try FileManager.default.createDirectory(at: dir.appendingPathComponent("dir.json"),
                                                    withIntermediateDirectories: false)

            let listing = store.list()
            let ids = listing.map(\.id)
            #expect(Set(ids) == ["old", "new", "broken"])
            // The broken file's date is its mtime (now), so it sorts first; the rest newest first.
            #expect(ids == ["broken", "new", "old"])

            let broken = try #require(listing.first { $0.id == "broken" })
            #expect(broken.isBroken && broken.response == nil)
            #expect(broken.problem?.isEmpty == false)

            let new = try #require(listing.first { $0.id == "new" })
            #expect(!new.isBroken && new.problem == nil)
            #expect(new.organisation == "Buurtkracht" && new.gemeente == "Utrecht")
            #expect(new.variant == "wijkteam" && new.status == .draft)
            #expect(new.answeredCount == 4) // organisation, gemeente, refused, number; not the empty text

            // The home screen's compact listing: the same rows, no response kept.
            let light = store.interviews(lang: .nl, progress: nil)
            #expect(light.map(\.id) == ids)
            #expect(light.first { $0.id == "new" }?.organisation == "Buurtkracht")
            #expect(light.first { $0.id == "new" }?.isBroken == false)
            #expect(light.first { $0.id == "broken" }?.problem == broken.problem)
            #expect(light.first { $0.id == "new" }?.status == .draft)
            #expect(new.url.lastPathComponent == "new.json")

            let old = try #require(listing.first { $0.id == "old" })
            #expect(old.status == .complete && old.organisation == nil && old.answeredCount == 0)
            withExtendedLifetime(lock) {}
        }
    }

    /// The home screen and resume read through the corpus's reader: a file over
    /// the size cap is listed as broken and refused by resume, never loaded;
    /// conflict copies and links leading out of the folder are not listed.
    @Test func oversizeFilesConflictCopiesAndOutsideLinks() throws {
        try withTempDir { dir in
            let store = ResponseStore(directory: dir)
            try store.save(Self.response("kept", updated: 1_700_000_000))
            let huge = try store.url(for: "huge")
            #expect(FileManager.default.createFile(atPath: huge.path, contents: nil))
            #expect(truncate(huge.path, off_t(CorpusReader.maxFileSize + 1)) == 0)   // sparse: nothing written
            try Self.response("kept", updated: 1_800_000_000).encoded()
                .write(to: dir.appendingPathComponent("kept.conflict-0badc0de.json"))
            let outside = FileManager.default.temporaryDirectory.appendingPathComponent("wijk-outside-\(UUID().uuidString).json")
            try Self.response("elsewhere", updated: 1_700_000_000).encoded().write(to: outside)
            defer { try? FileManager.default.removeItem(at: outside) }
            try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("elsewhere.json").path,
                                                       withDestinationPath: outside.path)
            let listing = store.list(lang: .en)
            #expect(listing.map(\.id).sorted() == ["huge", "kept"])
            let broken = try #require(listing.first { $0.id == "huge" })
            #expect(broken.isBroken && broken.problem?.contains("too large") == true)
            #expect(throws: StoreError.tooLarge(path: huge.path, size: CorpusReader.maxFileSize + 1)) {
                try store.load(id: "huge")
            }
        }
    }

    @Test func missingDirectoryListsEmpty() {
        #expect(ResponseStore(directory: URL(fileURLWithPath: "/nonexistent/wijk")).list().isEmpty)
    }

    @Test func storeLockReportsHolder() throws {
        try withTempDir { dir in
            let store = ResponseStore(directory: dir)
            let fatma = LockHolder(interviewer: "Fatma", host: "laptop-3", pid: 1234,
                                   since: Date(timeIntervalSince1970: 1_715_000_000))
            let lock = try store.lock(id: "r1", holder: fatma)
            #expect(throws: StoreError.locked(holder: fatma)) {
                try store.lock(id: "r1", holder: .current(interviewer: "Ali"))
            }
            lock.release()
            _ = try store.lock(id: "r1", holder: .current(interviewer: "Ali"))
        }
    }
}
