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
