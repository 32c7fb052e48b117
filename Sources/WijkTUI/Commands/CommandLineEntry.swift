import ArgumentParser
import Foundation

/// Runs the root command. swift-argument-parser exits 64 on a usage error;
/// Wijk promises 2, like most Unix tools, so the mapping happens here.
enum CommandLineEntry {
    static func run(arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> Never {
        do {
            var command = try WijkCommand.parseAsRoot(arguments)
            try command.run()
            exit(0)
        } catch {
            let code = WijkCommand.exitCode(for: error)
            let message = WijkCommand.fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { print(message) }
                exit(0)
            }
            if !message.isEmpty { Console.error(message) }
            exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}

/// Writing to the standard streams; errors go to stderr so stdout stays data.
enum Console {
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

/// A failure with a message for the user and an exit code (1 unless said otherwise).
struct UserFacingError: Error, CustomStringConvertible {
    var description: String
    var exitCode: Int32 = 1
}
