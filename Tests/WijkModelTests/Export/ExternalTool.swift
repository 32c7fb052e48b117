import Foundation

/// Runs an independent program (python3, pspp) from a test and captures its output.
enum ExternalTool {
    struct Result { var status: Int32; var output: String }

    /// Whether `tool` is on PATH, for tests that skip cleanly without it.
    static func available(_ tool: String) -> Bool {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(tool)") }
    }

    /// Runs `arguments` through `/usr/bin/env` (so PATH finds the tool) in `directory`.
    static func run(_ arguments: [String], in directory: URL, stdin: Data? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let outURL = directory.appendingPathComponent(".tool-output-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        process.standardOutput = out
        process.standardError = out
        let input = Pipe()
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        try out.close()
        let text = String(decoding: (try? Data(contentsOf: outURL)) ?? Data(), as: UTF8.self)
        try? FileManager.default.removeItem(at: outURL)
        return Result(status: process.terminationStatus, output: text)
    }
}
