import WijkModel

/// The results browser's side of coding: opening the coding screen on a
/// question's open answers, passing it keys, and taking back what the runner
/// did with its requests.
extension ResultsBrowser {
    /// Coding is possible: `wijk results --coder NAME` opened the coder's project.
    /// - Parameter coders: coders with a codings file, for the comparison.
    public mutating func attach(coding project: CodingProject, coders: [String]) {
        codingProject = project
        self.coders = coders
    }

    /// The project after the runner applied a `.coding` change (saved).
    public mutating func update(coding project: CodingProject) {
        codingProject = project
        coding?.update(project: project)
    }

    /// Another coder's codings arrived (after `.loadCodings`).
    public mutating func compare(with codings: CoderCodings) {
        coding?.compare(with: codings)
    }

    /// The open answers of the question under the current filter, as codable answers
    /// (the summary's own, not copies: a question may have a hundred thousand).
    func codableAnswers(_ questionID: String) -> CodableAnswers {
        CodableAnswers(openAnswers: context.questionSummaries(questionID).compactMap { $0.question?.openAnswers })
    }

    mutating func startCoding(_ questionID: String) -> [ResultsEffect] {
        guard let project = codingProject else {
            message = lang.t("Coderen: start met wijk results --coder NAAM.", "Coding: start with wijk results --coder NAME.")
            return []
        }
        let answers = codableAnswers(questionID)
        guard !answers.isEmpty else {
            message = lang.t("Geen open antwoorden om te coderen.", "No open answers to code.")
            return []
        }
        coding = CodingScreen(questionID: questionID, answers: answers, project: project, coders: coders)
        push(.coding)
        return []
    }

    mutating func codingKey(_ key: Key) -> [ResultsEffect] {
        guard coding != nil else { pop(); return [] }
        var effects: [ResultsEffect] = []
        for outcome in coding!.handle(key, area: contentArea, lang: lang) {
            switch outcome {
            case .leave: pop()
            case .quit: effects.append(.quit)
            case .message(let text): message = text
            // Saving a change takes milliseconds and is done before the next frame: no "busy" state.
            case .change(let change): effects.append(.coding(change))
            case .loadCoder(let name): effects.append(.loadCodings(coder: name))
            }
        }
        return effects
    }
}
