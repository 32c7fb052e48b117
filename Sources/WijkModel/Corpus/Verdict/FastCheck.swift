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
        var warnings = record.questionnaire.version == questionnaire.version ? 0 : 1
        let complete = record.status == .complete
        for i in questions.indices where slots[i] == i {
            // Tested without binding: a bound answer is a copy, a reference count or two.
            if record.values[i] != nil {
                // The scanner checked the answers as it read them; a decoded response is checked here.
                if !record.answersChecked {
                    let fits = questions.withUnsafeBufferPointer {
                        AnswerValidation.messages(for: record.values[i]!, question: $0[i], choices: choiceLists[i],
                                                  lang: .en).isEmpty
                    }
                    if !fits { return fail }
                }
                if complete && !record.relevance[i] { return fail }
            }
            // "q.other": the scanner only maps it for questions offering "other"; it must hold
            // text and (complete) its question must select "other".
            if let other = record.others[i] {
                guard case .text = other, let code = otherCodes[i] else { return fail }
                if complete && !(record.values[i]?.selects(code) ?? false) { return fail }
            }
        }
        let memo = record.memo(self)
        for i in questions.indices where record.relevance[i] && kinds[i] != .note {
            // A coded answer is a choice made (see `ResponseRecord.coded`), never empty.
            guard record.coded[slots[i]] != 0 || record.values[slots[i]]?.isEmpty == false else {
                if complete {
                    switch requirements[i] {
                    case .always(let required): if required { return fail }
                    case .when(let e):
                        let required = ConditionMemo.value(requiredPlans[i], &memo.required[i], record) {
                            e.isTrue(in: context(record, today: today))
                        }
                        if required { return fail }
                    }
                }
                continue
            }
            if constrained[i], let value = record.values[slots[i]], !value.isSpecial {
                let holds = ConditionMemo.value(constraintPlans[i], &memo.constraint[i], record) {
                    constraints[i]!.isTrue(in: context(record, current: value, today: today))
                }
                if !holds {
                    if hardConstraints[i] { return fail }
                    warnings += 1
                }
            }
        }
        return Check(certainlyValid: true, warnings: warnings)
    }
}
