/// The checks of `ResponseValidator` for the common case, without building an
/// `InterviewEngine` per file (which dominated the profile: ~60 % of the time).
///
/// It only has to decide "certainly valid": whenever it finds anything that
/// may be a hard problem it answers false, and the caller runs the full
/// validator for the verdict and the messages. So the summary's notion of an
/// invalid file stays exactly the validator's.
extension QuestionLayout {
    struct Check {
        var certainlyValid: Bool
        /// Soft problems seen (version mismatch, soft constraints).
        var warnings: Int
        var relevance: [Bool]
    }

    func check(_ response: Response, today: String) -> Check {
        var fail = Check(certainlyValid: false, warnings: 0, relevance: [])
        guard !hasForwardReferences, response.variant == questionnaire.variant else { return fail }
        let (relevance, relevantAnswers) = relevanceAndAnswers(of: response, today: today)
        fail.relevance = relevance
        var warnings = response.questionnaire.version == questionnaire.version ? 0 : 1
        let complete = response.status == .complete
        for (id, value) in response.answers {
            guard let i = indexByID[id] else {
                // "q.other": its question must offer "other", hold text, and (complete) select it.
                guard id.hasSuffix(".other"), let b = indexByID[String(id.dropLast(6))],
                      let other = questions[b].other, case .text = value else { return fail }
                if complete {
                    switch response.answers[questions[b].id] {
                    case .text(let c)? where c == other.value: break
                    case .choices(let cs)? where cs.contains(other.value): break
                    default: return fail
                    }
                }
                continue
            }
            if !AnswerValidation.messages(for: value, question: questions[i], choices: choiceLists[i],
                                          lang: .en).isEmpty { return fail }
            if complete && !relevance[i] { return fail }
        }
        for id in response.remarks.keys where indexByID[id] == nil { return fail }
        for i in questions.indices where relevance[i] && kinds[i] != .note {
            guard let value = response.answers[ids[i]], !value.isEmpty else {
                if complete {
                    switch questions[i].required {
                    case .always(let required): if required { return fail }
                    case .when(let e):
                        if e.isTrue(in: AnswerContext(answers: relevantAnswers, current: nil, today: today)) { return fail }
                    }
                }
                continue
            }
            if let c = questions[i].constraint, !value.isSpecial,
               !c.isTrue(in: AnswerContext(answers: relevantAnswers, current: value, today: today)) {
                if questions[i].constraintSeverity == .hard { return fail }
                warnings += 1
            }
        }
        return Check(certainlyValid: true, warnings: warnings, relevance: relevance)
    }
}
