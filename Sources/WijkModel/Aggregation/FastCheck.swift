/// The checks of `ResponseValidator` for the common case, on a
/// `ResponseRecord`, without building an `InterviewEngine` per file.
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
    }

    /// Checks `record`; on success `record.relevance` holds each question's relevance.
    func check(_ record: inout ResponseRecord, today: String) -> Check {
        let fail = Check(certainlyValid: false, warnings: 0)
        guard !hasForwardReferences, !record.strayKeys, record.variant == questionnaire.variant else { return fail }
        relevance(of: &record, response: nil, today: today)
        // Through buffer pointers: reading `questions[i]` would copy the whole
        // `Question` (a dozen retains and releases) for every question of every file.
        return questions.withUnsafeBufferPointer { questions in
            choiceLists.withUnsafeBufferPointer { choiceLists in
                check(&record, questions, choiceLists, today: today)
            }
        }
    }

    private func check(_ record: inout ResponseRecord, _ questions: UnsafeBufferPointer<Question>,
                       _ choiceLists: UnsafeBufferPointer<ChoiceList?>, today: String) -> Check {
        let fail = Check(certainlyValid: false, warnings: 0)
        var warnings = record.questionnaire.version == questionnaire.version ? 0 : 1
        let complete = record.status == .complete
        for i in questions.indices where slots[i] == i {
            if let value = record.values[i] {
                if !AnswerValidation.messages(for: value, question: questions[i], choices: choiceLists[i],
                                              lang: .en).isEmpty { return fail }
                if complete && !record.relevance[i] { return fail }
            }
            // "q.other": the scanner only maps it for questions offering "other"; it must hold
            // text and (complete) its question must select "other".
            if let other = record.others[i] {
                guard case .text = other, let code = questions[i].other?.value else { return fail }
                if complete {
                    switch record.values[i] {
                    case .text(let c)? where c == code: break
                    case .choices(let cs)? where cs.contains(code): break
                    default: return fail
                    }
                }
            }
        }
        for i in questions.indices where record.relevance[i] && kinds[i] != .note {
            guard let value = record.values[slots[i]], !value.isEmpty else {
                if complete {
                    switch questions[i].required {
                    case .always(let required): if required { return fail }
                    case .when(let e): if e.isTrue(in: context(record, today: today)) { return fail }
                    }
                }
                continue
            }
            if let c = questions[i].constraint, !value.isSpecial,
               !c.isTrue(in: context(record, current: value, today: today)) {
                if questions[i].constraintSeverity == .hard { return fail }
                warnings += 1
            }
        }
        return Check(certainlyValid: true, warnings: warnings)
    }
}
