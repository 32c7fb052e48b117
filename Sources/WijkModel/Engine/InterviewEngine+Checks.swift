/// Checking the whole interview before completing ("check for errors").
extension InterviewEngine {
    /// Problems of the visible questions, in questionnaire order: a missing
    /// required answer, a stored answer that no longer fits, and constraint
    /// failures (re-checked, since constraints can depend on other answers).
    public func problems(lang: Lang) -> [EngineProblem] {
        visibleIndices.flatMap { problems(of: questions[$0], lang: lang) }
    }

    /// The problems of one question (empty when it is not visible).
    public func problems(for id: String, lang: Lang) -> [EngineProblem] {
        guard let index = indexByID[id], relevant[index] else { return [] }
        return problems(of: questions[index], lang: lang)
    }

    /// The first problem in questionnaire order, to jump to.
    public func firstProblem(lang: Lang) -> EngineProblem? {
        for index in visibleIndices {
            if let first = problems(of: questions[index], lang: lang).first { return first }
        }
        return nil
    }

    /// Whether the interview can be completed: no hard problems.
    public var canComplete: Bool {
        !problems(lang: .nl).contains { $0.severity == .hard }
    }

    /// Whether question `id` needs an answer now: required `always(true)`, or
    /// `when(expr)` with the expression true. Not-visible questions never do.
    public func isRequired(_ id: String) -> Bool {
        guard let index = indexByID[id], relevant[index] else { return false }
        return isRequired(questions[index])
    }

    func isRequired(_ question: Question) -> Bool {
        guard question.type != .note else { return false }
        switch question.required {
        case .always(let required):
            return required
        case .when(let expression):
            return expression.isTrue(in: context(for: question.id, value: response.answers[question.id]))
        }
    }

    private func problems(of question: Question, lang: Lang) -> [EngineProblem] {
        guard question.type != .note else { return [] }
        guard let value = response.answers[question.id], !value.isEmpty else {
            guard isRequired(question) else { return [] }
            let message = question.requiredMessage?.resolve(lang.rawValue)
                ?? lang.t("Deze vraag moet beantwoord worden.", "This question needs an answer.")
            return [EngineProblem(questionId: question.id, message: message, severity: .hard,
                                  kind: .missingRequired)]
        }
        let messages = AnswerValidation.messages(for: value, question: question,
                                                 choices: questionnaire.choiceList(for: question),
                                                 lang: lang)
        if !messages.isEmpty {
            return messages.map {
                EngineProblem(questionId: question.id, message: $0, severity: .hard, kind: .invalidAnswer)
            }
        }
        guard let failure = constraintFailure(question, value: value, lang: lang) else { return [] }
        return [EngineProblem(questionId: question.id, message: failure,
                              severity: question.constraintSeverity, kind: .constraint)]
    }
}
