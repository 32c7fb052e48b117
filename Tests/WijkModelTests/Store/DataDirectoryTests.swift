import Foundation
import Testing
@testable import WijkModel

@Suite struct DataDirectoryTests {
    let env = ["HOME": "/home/fatma", "WIJK_DATA": "/srv/wijk", "XDG_DATA_HOME": "/home/fatma/xdg"]

    @Test func explicitWinsOverEverything() {
        #expect(DataDirectory.resolve(explicit: "/mnt/usb/wijk", environment: env).path == "/mnt/usb/wijk")
    }

    @Test func wijkDataBeatsXDG() {
        #expect(DataDirectory.resolve(explicit: nil, environment: env).path == "/srv/wijk")
    }

    @Test func xdgDataHomeNext() {
        var env = env
        env["WIJK_DATA"] = ""
        #expect(DataDirectory.resolve(explicit: "", environment: env).path == "/home/fatma/xdg/wijk/responses")
    }

    @Test func relativeXDGIsIgnoredAndHomeIsTheFallback() {
        let env = ["HOME": "/home/fatma", "XDG_DATA_HOME": "relative/xdg"]
        #expect(DataDirectory.resolve(explicit: nil, environment: env).path
                == "/home/fatma/.local/share/wijk/responses")
        #expect(DataDirectory.resolve(explicit: nil, environment: ["HOME": "/home/ali"]).path
                == "/home/ali/.local/share/wijk/responses")
    }

    @Test func tildeExpandsWithEnvironmentHome() {
        #expect(DataDirectory.resolve(explicit: "~/veldwerk", environment: env).path == "/home/fatma/veldwerk")
        #expect(DataDirectory.resolve(explicit: nil, environment: ["HOME": "/h", "WIJK_DATA": "~/d"]).path == "/h/d")
    }

    @Test func prepareCreatesParentsWith0700() throws {
        try withTempDir { root in
            let dir = root.appendingPathComponent("a/b/responses")
            try DataDirectory.prepare(dir)
            #expect(permissions(dir) == 0o700)
            #expect(permissions(root.appendingPathComponent("a")) == 0o700)
            #expect(permissions(root.appendingPathComponent("a/b")) == 0o700)
            try DataDirectory.prepare(dir) // idempotent
            #expect(permissions(dir) == 0o700)
        }
    }

    /// An existing folder keeps its mode, also a sticky shared one reached through a
    /// symlink; the user is warned instead.
    @Test func prepareLeavesAnExistingDirectoryAsItIs() throws {
        try withTempDir { root in
            let open = root.appendingPathComponent("open"), sticky = root.appendingPathComponent("sticky")
            try FileManager.default.createDirectory(at: open, withIntermediateDirectories: false)
            try FileManager.default.createDirectory(at: sticky, withIntermediateDirectories: false)
            chmod(open.path, 0o755)
            chmod(sticky.path, 0o1777)
            let link = root.appendingPathComponent("link")
            try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: sticky.path)
            try DataDirectory.prepare(open)
            try DataDirectory.prepare(link)
            #expect(permissions(open) == 0o755)
            var st = stat()
            #expect(stat(sticky.path, &st) == 0 && st.st_mode & 0o7777 == 0o1777)
            #expect(DataDirectory.isExposed(open) && DataDirectory.isExposed(link))
            let warning = try #require(DataDirectory.exposureWarning(folder: open, exposedFiles: 0, lang: .en))
            #expect(warning.contains(open.path) && warning.contains("chmod 700"))
        }
    }

    @Test func exposureCountsOpenFilesAndIsQuietWhenPrivate() throws {
        try withTempDir { root in
            let dir = root.appendingPathComponent("private")
            try DataDirectory.prepare(dir)
            #expect(DataDirectory.exposureWarning(folder: dir, exposedFiles: DataDirectory.exposedFiles(in: dir), lang: .nl) == nil)
            try AtomicFile.write(Data("{}".utf8), to: dir.appendingPathComponent("a.json"))
            try AtomicFile.write(Data("{}".utf8), to: dir.appendingPathComponent("b.json"), mode: 0o644)
            try AtomicFile.write(Data("{}".utf8), to: dir.appendingPathComponent(".c.json"), mode: 0o644)   // hidden: not ours
            #expect(DataDirectory.exposedFiles(in: dir) == 1)
            let warning = try #require(DataDirectory.exposureWarning(folder: dir, exposedFiles: 1, lang: .nl))
            #expect(warning.contains("1 interviewbestand(en)") && warning.contains("chmod 600"))
            #expect(!warning.contains("chmod 700"))
        }
    }

    @Test func prepareRejectsAFile() throws {
        try withTempDir { root in
            let file = root.appendingPathComponent("file")
            try Data("x".utf8).write(to: file)
            #expect(throws: StoreError.notADirectory(path: file.path)) { try DataDirectory.prepare(file) }
        }
    }
}
