/// Whether a check blocks completion (`hard`) or only warns (`soft`).
public enum Severity: String, Sendable, Hashable {
    case hard
    case soft
}

/// One problem found in a file: where (a JSON path such as `$.answers.q3`) and what.
public struct Problem: Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var message: String
    public var severity: Severity

    public init(path: String, message: String, severity: Severity = .hard) {
        self.path = path; self.message = message; self.severity = severity
    }

    public var description: String { "\(path): \(message)" }
}

/// The result of checking one file.
public struct FileReport: Sendable {
    public var file: String
    public var responseID: String?
    public var problems: [Problem]

    public init(file: String, responseID: String? = nil, problems: [Problem]) {
        self.file = file; self.responseID = responseID; self.problems = problems
    }

    public var hardProblems: [Problem] { problems.filter { $0.severity == .hard } }
    public var isValid: Bool { hardProblems.isEmpty }
}

extension Problem {
    /// The problem as one console line, `FILE: PATH: [tag]MESSAGE`, each part
    /// made safe to show (`DisplayText.line`). A whole-file problem (path `$`)
    /// leaves the path out: "`data/x.json: $: not found`" read as noise.
    public func line(file: String, tag: String = "") -> String {
        let at = path == "$" ? "" : "\(DisplayText.line(path)): "
        return "\(DisplayText.line(file)): \(at)\(tag)\(DisplayText.line(message))"
    }
}
