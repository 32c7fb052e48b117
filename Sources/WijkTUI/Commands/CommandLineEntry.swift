import ArgumentParser
import Foundation
import WijkModel

/// Runs the root command. swift-argument-parser exits 64 on a usage error;
/// Wijk promises 2, like most Unix tools, so the mapping happens here.
enum CommandLineEntry {
    static func run(arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> Never {
        if let text = SubcommandCheck.version(arguments) {
            Console.out(text)
            exit(0)
        }
        if let message = SubcommandCheck.unknownSubcommand(arguments) {
            Console.error(message)
            exit(2)
        }
        do {
            let names = Set(WijkCommand.configuration.subcommands.compactMap { $0.configuration.commandName })
            var command = try WijkCommand.parseAsRoot(GlobalOptions.normalized(arguments, subcommands: names))
            do {
                try command.run()
            } catch let error as ValidationError {
                // Raised while running (a filter checked against the questionnaires): the
                // message says it all, in the interface language; the parser would add the
                // root command's English usage, which is not the command that was given.
                Console.error(error.message)
                exit(2)
            }
            exit(0)
        } catch let error as UserFacingError {
            Console.error(error.description)
            exit(error.exitCode)
        } catch {
            let code = WijkCommand.exitCode(for: error)
            let message = plain(WijkCommand.fullMessage(for: error))
            if code == .success {
                if !message.isEmpty { Console.out(message + "\n") }
                exit(0)
            }
            if !message.isEmpty { Console.error(message) }
            exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }

    /// The message without the parser's English "Error: " in front: Wijk's own messages
    /// are Dutch by default and say what is wrong by themselves.
    static func plain(_ message: String) -> String {
        message.hasPrefix("Error: ") ? String(message.dropFirst("Error: ".count)) : message
    }
}

/// Writing to the standard streams; errors go to stderr so stdout stays data.
///
/// Text for a human (`error`, `out`) goes through `DisplayText.block`: data
/// from other people's files must not drive the terminal. Only `data` and
/// `out(bytes:)` write exactly what they are given — for JSON and CSV.
enum Console {
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((DisplayText.block(text) + "\n").utf8))
    }

    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(DisplayText.block(text).utf8))
    }

    /// Machine-readable output (JSON, CSV), byte for byte into a pipe or file;
    /// on a terminal a person reads it, so it is made safe like `out`.
    static func data(_ text: String) {
        FileHandle.standardOutput.write(Data((isatty(STDOUT_FILENO) == 1 ? DisplayText.block(text) : text).utf8))
    }

    /// Writes bytes to stdout with `write(2)`, no `Data` copy; stops quietly on
    /// an error (a closed pipe), as `FileHandle` would not.
    static func out(bytes: UnsafeBufferPointer<UInt8>) {
        guard var p = bytes.baseAddress.map(UnsafeRawPointer.init) else { return }
        var left = bytes.count
        while left > 0 {
            let n = write(STDOUT_FILENO, p, left)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return }
            p += n; left -= n
        }
    }
}

/// A failure with a message for the user and an exit code (1 unless said otherwise).
struct UserFacingError: Error, CustomStringConvertible {
    var description: String
    var exitCode: Int32 = 1
}
