import Foundation

/// `wijk code auto`: a regular expression (NSRegularExpression, case-insensitive)
/// that picks the answers to give a code — a first pass a person reviews.
public struct CodingRule: Sendable {
    public let pattern: String
    private let regex: NSRegularExpression

    public init(_ pattern: String) throws(CodingError) {
        do {
            regex = try NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
        } catch {
            throw .invalidPattern(pattern)
        }
        self.pattern = pattern
    }

    public func matches(_ text: String) -> Bool {
        regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
