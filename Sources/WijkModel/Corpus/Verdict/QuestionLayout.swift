/// A questionnaire prepared for folding many responses into tallies: the
/// questions in order with their section, and how each is counted.
/// A class: the hot path hands it around for every file, and copying a struct
/// of two dozen arrays cost a retain and release of each.
final class QuestionLayout: Sendable {
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
    /// Per question, cached so the hot path does not copy whole `Question`s.
    let ids: [String]
    let otherKeys: [String?]
    let choiceLists: [ChoiceList?]
    /// Some relevance expression looks at a later question: then relevance is
    /// left to `InterviewEngine`, which settles such references in passes.
    let hasForwardReferences: Bool
    /// Per question, the slot its answer lives in (`indexByID[ids[i]]`).
    let slots: [Int]
    /// Answer keys as bytes → slot, for the byte scanner.
    let keyTable: AnswerKeyTable
    /// No question or section has a relevance condition: everything is relevant.
    let relevanceFree: Bool
    /// Per question, what the fast path needs of it, cached so that no
    /// `Question` is copied per file (a dozen retains and releases each).
    let rules: [AnswerRule]
    /// The same rules unretained, for the scanner's loop over answers: a rule
    /// fetched from `rules` was retained and released around every answer.
    /// `rules` keeps them alive as long as the layout lives.
    let unretainedRules: [Unmanaged<AnswerRule>]
    let relevants: [Expression?]
    let sectionRelevants: [Expression?]
    let requirements: [Requirement]
    let constraints: [Expression?]
    /// `constraints[i] != nil`, read without copying the expression (a retain per part).
    let constrained: [Bool]
    let hardConstraints: [Bool]
    let otherCodes: [String?]
    /// Every question id some expression of the questionnaire reads.
    let referencedIDs: Set<String>
    /// Per question and per section, which distinct relevance condition
    /// applies (-1: none). Without forward references a condition has one
    /// value throughout a response, so `relevance(of:)` evaluates each once
    /// (eight questions may hang on `${contact} = true()`).
    let relevanceKeys: [Int]
    let sectionRelevanceKeys: [Int]
    let distinctRelevance: Int
    /// How each condition's value can be remembered across responses (see
    /// `ConditionMemo`): by relevance key, and by question for constraints
    /// and requirements.
    let relevancePlans: [ConditionPlan?]
    let constraintPlans: [ConditionPlan?]
    let requiredPlans: [ConditionPlan?]
    /// This layout's place among a pass's layouts: where a record keeps its memo.
    let number: Int
    /// The slot of the consent question (`toestemming`), if the questionnaire has one.
    let consentSlot: Int?

    /// Text questions that name who or where rather than what was said.
    static let countedTextIDs: Set<String> = [MetadataID.organisation, MetadataID.gemeente, MetadataID.wijk]

    init(_ questionnaire: Questionnaire, number: Int = 0) {
        self.number = number
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
        self.consentSlot = index[MetadataID.consent]
        self.ids = questions.map(\.id)
        self.otherKeys = questions.map { $0.other == nil ? nil : $0.otherKey }
        self.choiceLists = questions.map { questionnaire.choiceList(for: $0) }
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
        self.slots = ids.map { index[$0]! }
        self.keyTable = AnswerKeyTable(ids: ids, indexByID: index, otherKeys: otherKeys)
        self.relevanceFree = questions.allSatisfy { $0.relevant == nil }
            && questionnaire.sections.allSatisfy { $0.relevant == nil }
        let lists = self.choiceLists
        self.rules = zip(questions, lists).map { AnswerRule($0, choices: $1) }
        unretainedRules = rules.map(Unmanaged.passUnretained)
        self.relevants = questions.map(\.relevant)
        self.sectionRelevants = questionnaire.sections.map(\.relevant)
        self.requirements = questions.map(\.required)
        self.constraints = questions.map(\.constraint)
        self.constrained = questions.map { $0.constraint != nil }
        self.hardConstraints = questions.map { $0.constraintSeverity == .hard }
        self.otherCodes = questions.map { $0.other?.value }
        var referenced = Set<String>()
        for q in questions {
            for e in [q.relevant, q.constraint] { referenced.formUnion(e?.references ?? []) }
            if case .when(let e) = q.required { referenced.formUnion(e.references) }
        }
        for section in questionnaire.sections { referenced.formUnion(section.relevant?.references ?? []) }
        self.referencedIDs = referenced
        var distinct: [Expression: Int] = [:]
        self.relevanceKeys = Self.keys(relevants, &distinct)
        self.sectionRelevanceKeys = Self.keys(sectionRelevants, &distinct)
        self.distinctRelevance = distinct.count
        let kinds = self.kinds, slots = self.slots
        var byKey = [Expression?](repeating: nil, count: distinct.count)
        for (e, k) in distinct { byKey[k] = e }
        self.relevancePlans = byKey.map { ConditionPlan($0, currentSlot: nil, indexByID: index, kinds: kinds) }
        self.constraintPlans = questions.indices.map {
            ConditionPlan(questions[$0].constraint, currentSlot: slots[$0], indexByID: index, kinds: kinds)
        }
        self.requiredPlans = questions.indices.map { i -> ConditionPlan? in
            // Evaluated when the question has no answer: `.` is none.
            guard case .when(let e) = questions[i].required else { return nil }
            return ConditionPlan(e, currentSlot: nil, indexByID: index, kinds: kinds)
        }
    }

    /// Relevance per question, as `InterviewEngine` defines it: in order, a
    /// question in a non-relevant section is not relevant, and the answer of a
    /// non-relevant question is hidden from later expressions. Sets
    /// `record.relevance` and `record.hidden`; `response` is only needed with
    /// forward references (then `InterviewEngine` settles them in passes).
    func relevance(of record: inout ResponseRecord, response: Response?, today: String) {
        record.relevance.removeAll(keepingCapacity: true)
        record.relevance.append(contentsOf: repeatElement(true, count: questions.count))
        record.hidden.removeAll(keepingCapacity: true)
        record.hidden.append(contentsOf: repeatElement(false, count: questions.count))
        if relevanceFree { return }
        if hasForwardReferences {
            let engine = InterviewEngine(questionnaire: questionnaire, response: response!, today: today)
            for i in questions.indices where !engine.isRelevant(ids[i]) {
                record.relevance[i] = false
                record.hidden[slots[i]] = true
            }
            return
        }
        record.conditions.removeAll(keepingCapacity: true)
        record.conditions.append(contentsOf: repeatElement(nil, count: distinctRelevance))
        let memo = record.memo(self)
        var lastSection = -1
        var sectionRelevant = true
        for i in questions.indices {
            if sectionIndex[i] != lastSection {
                lastSection = sectionIndex[i]
                let key = sectionRelevanceKeys[lastSection]
                sectionRelevant = key < 0 || holds(key, sectionRelevants[lastSection]!, &record, memo, today)
            }
            let key = relevanceKeys[i]
            var relevant = sectionRelevant
            if relevant && key >= 0 {
                // The cache is looked at first: fetching the expression would retain its parts.
                if let known = record.conditions[key] { relevant = known }
                else { relevant = holds(key, relevants[i]!, &record, memo, today) }
            }
            if !relevant {
                record.relevance[i] = false
                record.hidden[slots[i]] = true
            }
        }
    }

    /// A relevance condition's value, evaluated once per record.
    private func holds(_ key: Int, _ e: Expression, _ record: inout ResponseRecord, _ memo: ConditionMemo,
                       _ today: String) -> Bool {
        if let known = record.conditions[key] { return known }   // (sections come here directly)
        let value = ConditionMemo.value(relevancePlans[key], &memo.relevance[key], record) {
            e.isTrue(in: context(record, today: today))
        }
        record.conditions[key] = value
        return value
    }

    /// Numbers the distinct expressions (-1 for none), shared through `table`.
    private static func keys(_ expressions: [Expression?], _ table: inout [Expression: Int]) -> [Int] {
        expressions.map { e in
            guard let e else { return -1 }
            if let k = table[e] { return k }
            table[e] = table.count
            return table.count - 1
        }
    }

    /// What expressions see of a record: the answers of relevant questions.
    func context(_ record: ResponseRecord, current: AnswerValue? = nil, today: String) -> RecordContext {
        RecordContext(indexByID: indexByID, values: record.values, others: record.others,
                      hidden: record.hidden, current: current, today: today)
    }
}

extension QuestionLayout {
    /// Whether a response is a completed interview that ended without consent:
    /// what `InterviewEngine.endedWithoutConsent` records, read off the consent
    /// answer already in the record (no second read of the file).
    func endedWithoutConsent(_ r: ResponseRecord) -> Bool {
        guard r.status == .complete, let c = consentSlot, r.relevance.isEmpty || r.relevance[c] else { return false }
        if case .bool(false)? = r.values[c] { return true }
        return false
    }
}
