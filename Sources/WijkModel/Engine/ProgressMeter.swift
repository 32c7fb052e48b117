/// How far interviews are, as the interview screen shows it, for many
/// responses in a row (the home screen's lists work it out for every file):
/// one engine per questionnaire is built once and given each response, where
/// a new engine per response built its question tables again every time.
public struct ProgressMeter: Sendable {
    private let questionnaires: [Questionnaire]
    /// One per questionnaire, same order, on an empty response.
    private let engines: [InterviewEngine]
    private let today: String

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
        guard let index = questionnaires.firstIndex(where: { $0.id == response.questionnaire.id })
                ?? questionnaires.firstIndex(where: { $0.variant == response.variant }) else { return nil }
        let progress = engines[index].progress(of: response)
        return Int((progress.fraction * 100).rounded(.down))
    }

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
