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

    @Test func prepareTightensAnExistingDirectory() throws {
        try withTempDir { root in
            let dir = root.appendingPathComponent("open")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: false)
            chmod(dir.path, 0o755)
            #expect(permissions(dir) == 0o755)
            try DataDirectory.prepare(dir)
            #expect(permissions(dir) == 0o700)
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
