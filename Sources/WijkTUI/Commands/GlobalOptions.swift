/// `--data`, `--lang` and `--questionnaire` work before the subcommand as well as after it
/// (`wijk --data D resume` as `wijk resume --data D`). swift-argument-parser only takes a
/// subcommand's options after its name, so they are moved there before parsing.
enum GlobalOptions {
    /// The options every command takes, each with one value.
    static let names: Set<String> = ["--data", "--lang", "--questionnaire"]

    /// `arguments` with leading global options moved to the end (before a `--`), when what
    /// follows them is a subcommand; otherwise unchanged (the home screen takes them as they are).
    static func normalized(_ arguments: [String], subcommands: Set<String>) -> [String] {
        var leading: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if names.contains(argument), index + 1 < arguments.count {
                leading += [argument, arguments[index + 1]]
                index += 2
            } else if let equals = argument.firstIndex(of: "="), names.contains(String(argument[..<equals])) {
                leading.append(argument)
                index += 1
            } else {
                break
            }
        }
        // `wijk --data D help [command]`: help needs no data folder (as an argument of the
        // home screen, "help" was refused as unexpected).
        if !leading.isEmpty, index < arguments.count, arguments[index] == "help" { return Array(arguments[index...]) }
        guard !leading.isEmpty, index < arguments.count, subcommands.contains(arguments[index]) else { return arguments }
        var rest = Array(arguments[index...])
        let end = rest.firstIndex(of: "--") ?? rest.endIndex
        rest.insert(contentsOf: leading, at: end)
        return rest
    }
}
