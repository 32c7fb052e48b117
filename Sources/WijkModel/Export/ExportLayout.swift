/// The columns of the tabular exports (CSV, SPSS): metadata first, then one
/// column per question over the union of the questionnaires in questionnaire
/// order (a question both variants share appears once, variant-only
/// questions near their place), a multiple-choice question as one 0/1 column
/// per choice (`id.code`), and `id.other` after a question with "anders, namelijk".
///
/// Where there is no answer, every column of the question says why with an
/// `ExportCode` (-6 … -9). A new kind of column is one more `Kind` here and
/// one more case where the formats read a column (`CSVExport.cell`,
/// `ExportVariable.make`). A coder's 0/1 codes (`--with-codes`) are not
/// layout columns: they depend on a codings file, so `CodeColumns` follows
/// the layout's (`CSVExport.codeColumns`, `ExportVariable.make(_:codeColumns:lang:)`).
public struct ExportLayout: Sendable {
    /// What one column holds.
    public enum Kind: Sendable, Hashable {
        case metadata(Metadata)
        /// The answer of a single, scale, integer, decimal, yesNo, text, longText or date question.
        case answer(Question)
        /// Whether `code` is among the choices of a multiple question (1/0).
        case choice(Question, Choice)
        /// The "anders, namelijk" text of a question.
        case other(Question)
    }

    public enum Metadata: String, Sendable, CaseIterable {
        case id, variant, status, interviewer, device, createdAt, updatedAt, completedAt
    }

    /// One column: header name and content.
    public struct Column: Sendable, Hashable {
        public var name: String
        public var kind: Kind
    }

    public let columns: [Column]
    /// The questionnaires by id, for labels and relevance.
    public let questionnaires: [Questionnaire]

    public init(questionnaires: [Questionnaire]) {
        self.questionnaires = questionnaires
        var columns = Metadata.allCases.map { Column(name: $0.rawValue, kind: .metadata($0)) }
        for question in Self.unionOfQuestions(questionnaires) where question.type != .note {
            let owner = questionnaires.first { $0.question(question.id) != nil }
            if question.type == .multiple, let list = owner?.choiceList(for: question) {
                for choice in list.choices {
                    columns.append(Column(name: question.id + "." + choice.value, kind: .choice(question, choice)))
                }
            } else {
                columns.append(Column(name: question.id, kind: .answer(question)))
            }
            if question.other != nil {
                columns.append(Column(name: question.otherKey, kind: .other(question)))
            }
        }
        self.columns = columns
    }

    /// The questions of all questionnaires once each, in order: each later
    /// questionnaire's own questions are inserted after the last question
    /// before them that is already in the list.
    static func unionOfQuestions(_ questionnaires: [Questionnaire]) -> [Question] {
        var result: [Question] = []
        var index: [String: Int] = [:]
        for questionnaire in questionnaires {
            var insertAt = 0
            for question in questionnaire.questions {
                if let at = index[question.id] { insertAt = at + 1; continue }
                result.insert(question, at: insertAt)
                insertAt += 1
                index = Dictionary(uniqueKeysWithValues: result.enumerated().map { ($1.id, $0) })
            }
        }
        return result
    }

    /// The choice list of a question, from the questionnaire that has it.
    public func choiceList(for question: Question) -> ChoiceList? {
        for q in questionnaires where q.question(question.id) != nil {
            if let list = q.choiceList(for: question) { return list }
        }
        return nil
    }
}
