/// Relevance: which questions are asked, recomputed after every change.
extension InterviewEngine {
    /// The most passes made when relevance expressions look forward; a cycle
    /// that keeps flipping settles on the last pass rather than looping.
    static let maxRelevancePasses = 4

    /// Recomputes relevance, the visible questions and the answers expressions
    /// see, then keeps `position` on the same question if it is still visible,
    /// else on the nearest following visible one.
    mutating func refresh() {
        let currentIndex = visibleIndices.indices.contains(position) ? visibleIndices[position] : nil
        settleRelevance()
        visibleQuestions = visibleIndices.map { questions[$0] }
        guard let currentIndex else {
            position = 0
            return
        }
        position = visibleIndices.firstIndex { $0 >= currentIndex } ?? max(visibleIndices.count - 1, 0)
    }

    /// Relevance and the visible questions' indices (what `progress` reads).
    mutating func settleRelevance() {
        computeRelevance()
        visibleIndices = relevant.indices.filter { relevant[$0] }
    }

    /// In questionnaire order: a question in a non-relevant section is not
    /// relevant, and an irrelevant question's answer is hidden from later
    /// expressions, so chains cascade in a single pass. Forward references see
    /// the previous pass; extra passes run only when such references exist.
    private mutating func computeRelevance() {
        var answers = response.answers
        if hasForwardReferences {
            // Forward references start from the last settled relevance.
            for index in questions.indices where !relevant[index] {
                answers.removeValue(forKey: questions[index].id)
                answers.removeValue(forKey: questions[index].otherKey)
            }
        }
        var newRelevant = relevant
        var pass = 0
        var changed = true
        while changed && pass < Self.maxRelevancePasses {
            changed = false
            pass += 1
            var lastSection = -1
            var sectionRelevant = true
            for index in questions.indices {
                let section = sectionIndex[index]
                if section != lastSection {
                    lastSection = section
                    sectionRelevant = questionnaire.sections[section].relevant.map {
                        $0.isTrue(in: AnswerContext(answers: answers, current: nil, today: today))
                    } ?? true
                }
                let question = questions[index]
                let isRelevant = sectionRelevant && (question.relevant.map {
                    $0.isTrue(in: AnswerContext(answers: answers, current: nil, today: today))
                } ?? true)
                if isRelevant != newRelevant[index] { changed = true }
                newRelevant[index] = isRelevant
                if isRelevant {
                    if answers[question.id] == nil, let stored = response.answers[question.id] {
                        answers[question.id] = stored
                    }
                    if answers[question.otherKey] == nil, let stored = response.answers[question.otherKey] {
                        answers[question.otherKey] = stored
                    }
                } else {
                    answers.removeValue(forKey: question.id)
                    answers.removeValue(forKey: question.otherKey)
                }
            }
            // In order, only a forward reference can make another pass differ.
            if !hasForwardReferences { break }
        }
        relevant = newRelevant
        relevantAnswers = answers
    }

    /// The context for checking question `id` with `value` as `.`: the relevant
    /// answers, with `value` in place of the stored one.
    func context(for id: String, value: AnswerValue?) -> AnswerContext {
        // Copy only when the value differs: problems() checks every question.
        guard relevantAnswers[id] != value else {
            return AnswerContext(answers: relevantAnswers, current: value, today: today)
        }
        var answers = relevantAnswers
        answers[id] = value
        return AnswerContext(answers: answers, current: value, today: today)
    }
}
