/// What the byte scanner checks of one answer while reading it: the checks of
/// `AnswerValidation.messages` compiled into plain values, so an answer is
/// checked without copying its `Question`, searching its choice list or
/// building sets. The rule may be stricter than the validator, never more
/// lenient: whatever it cannot decide this way is a doubt, and the full path
/// decides (and words the problem). A class, so handing one over per answer
/// is one retain rather than one per table.
final class AnswerRule: Sendable {
    enum Shape: Sendable { case single, multiple, yesNo, number, text, date, none }

    let shape: Shape
    /// Numbers: whole numbers only (scale, integer).
    let integral: Bool
    let low: Double, high: Double
    /// Texts with more UTF-8 bytes than this may be over `maxLength` (which
    /// counts characters): those are left to the full path.
    let maxBytes: Int
    let maxSelections: Int
    let allowDontKnow: Bool, allowRefused: Bool
    /// Choice codes, and the "other" code, → their index in `codes`.
    let codeTable: ByteTable
    /// The codes as `String`s, so a scanned answer shares them instead of making new ones.
    let codes: [String]
    /// What a summary counts an answer under, by bit of `ResponseRecord.coded`:
    /// the choice codes, "true"/"false", or a scale's points. Empty when there
    /// are more than 64 (those answers are counted by their text).
    let countCodes: [String]

    init(_ question: Question, choices: ChoiceList?) {
        switch question.type {
        case .single: shape = .single
        case .multiple: shape = .multiple
        case .yesNo: shape = .yesNo
        case .scale, .integer, .decimal: shape = .number
        case .text, .longText: shape = .text
        case .date: shape = .date
        case .note: shape = .none
        }
        integral = question.type != .decimal
        let (low, high) = AnswerValidation.range(of: question)
        self.low = low ?? -.infinity
        self.high = high ?? .infinity
        maxBytes = question.maxLength ?? .max
        maxSelections = question.maxSelections ?? .max
        allowDontKnow = question.allowDontKnow
        allowRefused = question.allowRefused
        var codes = choices?.choices.map(\.value) ?? []
        if let other = question.other?.value { codes.append(other) }
        var table = ByteTable(capacity: codes.count)
        for (i, code) in codes.enumerated() { table.insert(code, i) }
        self.codes = codes
        codeTable = table
        switch question.type {
        case .single, .multiple: countCodes = codes.count <= 64 ? codes : []
        case .yesNo: countCodes = ["true", "false"]
        case .scale where self.low.isFinite && self.high.isFinite && self.low <= self.high && self.high - self.low < 64:
            countCodes = (Int(self.low)...Int(self.high)).map { String($0) }
        default: countCodes = []
        }
    }
}
