/// A questionnaire prepared for folding many responses into tallies: the
/// questions in order with their section, and how each is counted.
struct QuestionLayout: Sendable {
    enum Kind: Sendable {
        case choice          // single
        case multiple
        case yesNo
        case scale
        case number          // integer, decimal
        case openText        // text, longText: the answers are kept
        case countedText     // organisation, gemeente, wijk: counted per value
        case date
        case note
    }

    let questionnaire: Questionnaire
    let questions: [Question]
    let kinds: [Kind]
    let sectionIndex: [Int]
    let indexByID: [String: Int]
    /// Some relevance expression looks at a later question: then relevance is
    /// left to `InterviewEngine`, which settles such references in passes.
    let hasForwardReferences: Bool

    /// Text questions that name who or where rather than what was said.
    static let countedTextIDs: Set<String> = [MetadataID.organisation, MetadataID.gemeente, MetadataID.wijk]

    init(_ questionnaire: Questionnaire) {
        self.questionnaire = questionnaire
        var questions: [Question] = [], sections: [Int] = [], index: [String: Int] = [:]
        for (s, section) in questionnaire.sections.enumerated() {
            for q in section.questions {
                if index[q.id] == nil { index[q.id] = questions.count }
                questions.append(q); sections.append(s)
            }
        }
        self.questions = questions
        self.sectionIndex = sections
        self.indexByID = index
        self.kinds = questions.map { q in
            switch q.type {
            case .single: return .choice
            case .multiple: return .multiple
            case .yesNo: return .yesNo
            case .scale: return .scale
            case .integer, .decimal: return .number
            case .text, .longText: return Self.countedTextIDs.contains(q.id) ? .countedText : .openText
            case .date: return .date
            case .note: return .note
            }
        }
        var forward = false
        for (i, q) in questions.enumerated() {
            let refs = (q.relevant?.references ?? []).union(
                questionnaire.sections[sections[i]].relevant?.references ?? [])
            if refs.contains(where: { (index[$0] ?? -1) >= i }) { forward = true }
        }
        self.hasForwardReferences = forward
    }

    /// Relevance per question, as `InterviewEngine` defines it: in order, a
    /// question in a non-relevant section is not relevant, and the answer of a
    /// non-relevant question is hidden from later expressions.
    func relevance(of response: Response, today: String) -> [Bool] {
        if hasForwardReferences {
            let engine = InterviewEngine(questionnaire: questionnaire, response: response, today: today)
            return questions.map { engine.isRelevant($0.id) }
        }
        var answers = response.answers
        var result = Array(repeating: true, count: questions.count)
        var lastSection = -1
        var sectionRelevant = true
        for i in questions.indices {
            if sectionIndex[i] != lastSection {
                lastSection = sectionIndex[i]
                sectionRelevant = questionnaire.sections[lastSection].relevant.map {
                    $0.isTrue(in: AnswerContext(answers: answers, today: today))
                } ?? true
            }
            let q = questions[i]
            let relevant = sectionRelevant && (q.relevant.map {
                $0.isTrue(in: AnswerContext(answers: answers, today: today))
            } ?? true)
            if !relevant {
                result[i] = false
                answers.removeValue(forKey: q.id)
                answers.removeValue(forKey: q.otherKey)
            }
        }
        return result
    }
}
