/// The answers an export shows for one response: a complete response as
/// stored; a draft through the engine's completed record, so answers to
/// questions that are no longer relevant are left out there too.
enum ExportRecord {
    static func answers(_ response: Response, questionnaires: [Questionnaire],
                        today: String) -> [String: AnswerValue] {
        guard response.status == .draft,
              let q = questionnaires.first(where: { $0.id == response.questionnaire.id }) else {
            return response.answers
        }
        return InterviewEngine(questionnaire: q, response: response, today: today)
            .completedRecord().answers
    }
}
