import Foundation

/// Answering: immediate checks, storing, audit.
extension InterviewEngine {
    /// Sets (or with nil or an empty value, clears) the answer to `id`.
    ///
    /// Checked at once: shape, range, choices, selections, length, date,
    /// don't know/refused, then the constraint (non-empty, non-special values
    /// only, `.` = the value). A failing check or hard constraint rejects the
    /// answer, which is then not stored; a soft constraint stores it with a
    /// warning. Setting the stored value again changes nothing (no audit entry)
    /// but still returns its warnings. A complete response must be reopened
    /// first. Answers to questions that are not visible are stored too (they
    /// are kept in the draft, left out of the record).
    @discardableResult
    public mutating func setAnswer(_ value: AnswerValue?, for id: String, at now: Date,
                                   lang: Lang) -> AnswerOutcome {
        guard let question = question(id) else { return .rejected([unknownQuestion(id, lang)]) }
        if let refusal = editRefusal(lang) { return .rejected([refusal]) }
        let old = response.answers[id]
        guard let value, !value.isEmpty else {
            guard let old else { return .accepted(warnings: []) }
            response.answers.removeValue(forKey: id)
            record(AuditEntry(at: now, event: "clear", question: id, old: old, new: nil), now)
            return .accepted(warnings: [])
        }
        let messages = AnswerValidation.messages(for: value, question: question,
                                                 choices: questionnaire.choiceList(for: question),
                                                 lang: lang)
        if !messages.isEmpty { return .rejected(messages) }
        var warnings: [String] = []
        if let failure = constraintFailure(question, value: value, lang: lang) {
            if question.constraintSeverity == .hard { return .rejected([failure]) }
            warnings.append(failure)
        }
        guard old != value else { return .accepted(warnings: warnings) }
        response.answers[id] = value
        record(AuditEntry(at: now, event: "answer", question: id, old: old, new: value), now)
        return .accepted(warnings: warnings)
    }

    /// Sets (or with nil or "", clears) the "other, namely …" text of `id`,
    /// stored under `<id>.other`; audited like an answer under that key.
    /// Rejected for a question without an "other" choice.
    @discardableResult
    public mutating func setOtherText(_ text: String?, for id: String, at now: Date,
                                      lang: Lang = .nl) -> AnswerOutcome {
        guard let question = question(id) else { return .rejected([unknownQuestion(id, lang)]) }
        if let refusal = editRefusal(lang) { return .rejected([refusal]) }
        guard question.other != nil else {
            return .rejected([lang.t("Deze vraag heeft geen keuze 'anders'.",
                                     "This question has no 'other' choice.")])
        }
        let key = question.otherKey
        let old = response.answers[key]
        let new = text.flatMap { $0.isEmpty ? nil : AnswerValue.text($0) }
        guard old != new else { return .accepted(warnings: []) }
        response.answers[key] = new
        record(AuditEntry(at: now, event: new == nil ? "clear" : "answer", question: key,
                          old: old, new: new), now)
        return .accepted(warnings: [])
    }

    /// Sets (or with nil or "", clears) the interviewer's remark on `id`;
    /// audited as "remark" with the old and new text.
    @discardableResult
    public mutating func setRemark(_ text: String?, for id: String, at now: Date,
                                   lang: Lang = .nl) -> AnswerOutcome {
        guard question(id) != nil else { return .rejected([unknownQuestion(id, lang)]) }
        if let refusal = editRefusal(lang) { return .rejected([refusal]) }
        let old = response.remarks[id]
        let new = text.flatMap { $0.isEmpty ? nil : $0 }
        guard old != new else { return .accepted(warnings: []) }
        response.remarks[id] = new
        record(AuditEntry(at: now, event: "remark", question: id,
                          old: old.map(AnswerValue.text), new: new.map(AnswerValue.text)), now)
        return .accepted(warnings: [])
    }

    /// The constraint message when `value` fails the question's constraint.
    /// Empty, don't-know and refused values are not checked.
    func constraintFailure(_ question: Question, value: AnswerValue, lang: Lang) -> String? {
        guard let constraint = question.constraint, !value.isEmpty, !value.isSpecial,
              !constraint.isTrue(in: context(for: question.id, value: value)) else { return nil }
        return question.constraintMessage.map { filled($0.resolve(lang.rawValue), value: value, lang: lang, question: question) }
            ?? lang.t("Dit antwoord voldoet niet aan de controle: \(constraint.source)",
                      "This answer fails the check: \(constraint.source)")
    }

    /// Appends an audit entry, marks the response changed and re-evaluates
    /// relevance (every change may switch questions on or off).
    mutating func record(_ entry: AuditEntry, _ now: Date) {
        response.audit.append(entry)
        response.touch(now)
        refresh()
    }

    private func editRefusal(_ lang: Lang) -> String? {
        response.status == .draft ? nil
            : lang.t("Dit interview is afgerond; heropen het om te wijzigen.",
                     "This interview is complete; reopen it to make changes.")
    }

    private func unknownQuestion(_ id: String, _ lang: Lang) -> String {
        lang.t("Onbekende vraag '\(id)'.", "Unknown question '\(id)'.")
    }
}
