/// How far interviews are, as the interview screen shows it, for many
/// responses in a row (the home screen's lists work it out for every file):
/// one engine per questionnaire is built once and given each response, where
/// a new engine per response built its question tables again every time.
public struct ProgressMeter: Sendable {
    let questionnaires: [Questionnaire]
    /// One per questionnaire, same order, on an empty response.
    private let engines: [InterviewEngine]
    let today: String

    public init(questionnaires: [Questionnaire], today: String) {
        self.questionnaires = questionnaires
        self.today = today
        engines = questionnaires.map { q in
            InterviewEngine(questionnaire: q, response: Response(id: "", questionnaire: QuestionnaireRef(id: q.id, version: q.version),
                                                                 variant: q.variant),
                            today: today)
        }
    }

    /// Answered out of visible questions, in whole percent rounded down (0...100);
    /// nil when no questionnaire is the response's (by id, else by variant).
    public func percent(_ response: Response) -> Int? {
        guard let index = questionnaire(id: response.questionnaire.id, variant: response.variant) else { return nil }
        return Self.percent(engines[index].progress(of: response))
    }

    /// Which questionnaire a response is measured on: the first with its id, else the first of its variant.
    func questionnaire(id: String, variant: String) -> Int? {
        questionnaires.firstIndex { $0.id == id } ?? questionnaires.firstIndex { $0.variant == variant }
    }

    /// As `percent`, from a record the corpus's judge found valid on `layout` (its relevance is
    /// the engine's, see `QuestionLayout.relevance`), when that layout is this meter's
    /// questionnaire `questionnaire(id:variant:)`: no decode, no engine.
    func percent(_ record: ResponseRecord, layout: QuestionLayout) -> Int {
        var progress = InterviewProgress(answered: 0, total: 0)
        for i in layout.questions.indices where record.relevance[i] && layout.kinds[i] != .note {
            progress.total += 1
            if let value = record.values[layout.slots[i]], !value.isEmpty { progress.answered += 1 }
        }
        return Self.percent(progress)
    }

    private static func percent(_ progress: InterviewProgress) -> Int { Int((progress.fraction * 100).rounded(.down)) }

    /// The same meter on its own copy of the questionnaires, for another
    /// thread (see `FileJudge.privateCopy`: threads sharing the objects wait
    /// on each other's reference counts); this one if a copy does not read back equal.
    func privateCopy() -> ProgressMeter {
        guard let copies = FileJudge.privateCopies(questionnaires) else { return self }
        return ProgressMeter(questionnaires: copies, today: today)
    }
}

extension InterviewEngine {
    /// The progress a new engine on `response` would show, from this one's
    /// question tables: the relevance `init` starts from, then the relevance
    /// part of `refresh` (the visible questions themselves are not needed).
    func progress(of response: Response) -> InterviewProgress {
        var engine = self
        engine.response = response
        engine.relevant = Array(repeating: true, count: questions.count)
        engine.settleRelevance()
        return engine.progress
    }
}
