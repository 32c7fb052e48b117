import Foundation

/// One synthetic interview. It walks the questionnaire in order, asking only
/// relevant questions (section and question `relevant`, evaluated on the
/// answers so far) and checking every answer as the engine does
/// (`AnswerValidation` and the constraint; a hard failure is retried with
/// another value), then hands the result to the real `InterviewEngine` to
/// complete, which re-checks everything and builds the completed record.
///
/// Why not `InterviewEngine.setAnswer` per answer: each call re-evaluates all
/// relevance (copying every `Question`), which made 100,000 interviews take
/// minutes. The in-order walk is equivalent for questionnaires without
/// forward references in `relevant`, which the bundled ones are; the engine's
/// `complete` catches anything else (the interview then stays a draft).
///
/// The audit trail records when each question was answered (event "answer"
/// with the question id) but not the values, which keeps files near the
/// ~3–4 KB of the measured corpus (performance.md) instead of ~11 KB.
struct SampleInterview {
    var rng: SplitMix64
    let questionnaire: Questionnaire
    let today: String
    var now: Date
    var response: Response
    let profile: SampleProfile
    let gemeente: String
    let wijk: String
    let interviewDate: String

    /// Share of drafts (stopped partway), don't-know and refused answers.
    static let draftShare = 0.08
    static let dontKnowShare = 0.025
    static let refusedShare = 0.015

    init(questionnaire: Questionnaire, rng: SplitMix64, today: String) {
        self.rng = rng
        self.questionnaire = questionnaire
        self.today = today
        let profile = SampleProfile(variant: questionnaire.variant, rng: &self.rng)
        self.profile = profile
        gemeente = profile.place.gemeente
        wijk = profile.wijk
        // Each gemeente is covered by three interviewers, as fieldwork is split by region.
        let home = SamplePlace.all.firstIndex { $0.gemeente == profile.place.gemeente } ?? 0
        let interviewer = PhraseBank.interviewers[(home + self.rng.int(in: 0...2)) % PhraseBank.interviewers.count]
        let day = Self.fieldworkDay(organisation: profile.isOrganisation, rng: &self.rng)
        let (y, m, d) = Timestamp.civil(fromDays: day)
        interviewDate = "\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
        // Organisations run on volunteers: a third of their interviews are in the evening.
        let evening = self.rng.chance(0.3) && profile.isOrganisation
        let hours = evening ? 17 * 3600...(20 * 3600 - 1) : 8 * 3600...(17 * 3600 - 1)
        let seconds = day * 86_400 + self.rng.int(in: hours)
        now = Date(timeIntervalSince1970: Double(seconds))
        response = Response(
            id: self.rng.uuidString(),
            questionnaire: QuestionnaireRef(id: questionnaire.id, version: questionnaire.version),
            variant: questionnaire.variant, status: .draft,
            interviewer: interviewer.name, device: interviewer.device,
            createdAt: now, updatedAt: now)
    }

    /// A day between 12 January and 20 November 2026: working days (an
    /// organisation now and then on a Saturday or Sunday), fewer in the
    /// summer holidays.
    static func fieldworkDay(organisation: Bool, rng: inout SplitMix64) -> Int {
        let first = Timestamp.daysFromCivil(year: 2026, month: 1, day: 12)
        var day = first
        for _ in 0..<4 {
            day = first + rng.int(in: 0...312)
            let weekday = (day + 4) % 7                      // 1970-01-01 was a Thursday; 0 = Sunday
            let weekend = weekday == 0 || weekday == 6
            let month = Timestamp.civil(fromDays: day).1
            if weekend && !(organisation && rng.chance(0.3)) { continue }
            if (month == 7 || month == 8) && rng.chance(0.6) { continue }
            break
        }
        return day
    }

    /// Walks the interview and returns the response: complete, or a draft
    /// that stopped after a few questions.
    mutating func run() -> Response {
        let stopAfter: Int? = rng.chance(Self.draftShare) ? rng.int(in: 1...30) : nil
        var answered = 0
        walk: for section in questionnaire.sections {
            guard section.relevant.map({ $0.isTrue(in: context()) }) ?? true else { continue }
            for question in section.questions where question.type != .note {
                guard question.relevant.map({ $0.isTrue(in: context()) }) ?? true else { continue }
                if let stopAfter, answered >= stopAfter { break walk }
                answer(question)
                answered += 1
            }
        }
        if stopAfter != nil {
            tick(5...60)
            response.updatedAt = now
            response.audit.append(AuditEntry(at: now, event: "leave"))
            return response
        }
        tick(30...300)
        var engine = InterviewEngine(questionnaire: questionnaire, response: response, today: today)
        do { try engine.complete(at: now, lang: .nl) } catch {
            // Not for the bundled questionnaires (tests validate every file); a
            // user's questionnaire may leave a draft here.
        }
        return engine.response
    }

    private func context(current: AnswerValue? = nil) -> AnswerContext {
        AnswerContext(answers: response.answers, current: current, today: today)
    }

    private mutating func tick(_ seconds: ClosedRange<Int>) {
        now = now.addingTimeInterval(Double(rng.int(in: seconds)))
    }

    private var isRequired: (Question) -> Bool {
        { q in if case .always(false) = q.required { return false } else { return true } }
    }

    /// Stores `value` when it passes the checks the engine applies; with
    /// `strict`, soft checks too (a careful interviewer corrects an answer the
    /// questionnaire calls unusual, so generated data rarely trips them).
    private mutating func set(_ value: AnswerValue, _ q: Question, strict: Bool = false) -> Bool {
        if !value.isSpecial {
            let messages = AnswerValidation.messages(for: value, question: q,
                                                     choices: questionnaire.choiceList(for: q), lang: .nl)
            guard messages.isEmpty else { return false }
            if let constraint = q.constraint, strict || q.constraintSeverity == .hard,
               !constraint.isTrue(in: context(current: value)) { return false }
        }
        response.answers[q.id] = value
        response.audit.append(AuditEntry(at: now, event: "answer", question: q.id))
        response.updatedAt = now
        return true
    }

    private mutating func answer(_ question: Question) {
        tick(question.type == .longText ? 60...420 : 8...90)
        let required = isRequired(question)
        if !required && rng.chance(0.06) { return }            // skipped
        if question.allowDontKnow && rng.chance(Self.dontKnowShare) { _ = set(.dontKnow, question); return }
        if question.allowRefused && rng.chance(Self.refusedShare) { _ = set(.refused, question); return }
        var stored = false
        // The profile's answer first; the generic one (any questionnaire) if it keeps failing.
        for attempt in 0..<8 where !stored {
            guard let value = (attempt < 5 ? modelled(question) : nil) ?? value(for: question) else { return }
            stored = set(value, question, strict: attempt < 6)
        }
        if !stored, let fallback = fallback(for: question) { stored = set(fallback, question) }
        if stored, let other = question.other, selected(other.value, in: question.id) {
            response.answers[question.otherKey] = .text(SampleText.otherAnswer(list: question.choices, profile: profile, &rng))
        }
        if stored && rng.chance(0.03) {
            response.remarks[question.id] = rng.pick(PhraseBank.remarks)
        }
    }

    private func selected(_ code: String, in id: String) -> Bool {
        switch response.answers[id] {
        case .text(let c)?: return c == code
        case .choices(let cs)?: return cs.contains(code)
        default: return false
        }
    }

    /// An answer drawn from the interview's profile, for the bundled
    /// questionnaires' questions; nil where the profile has no rule.
    private mutating func modelled(_ q: Question) -> AnswerValue? {
        let codes = questionnaire.choiceList(for: q)?.choices.map(\.value) ?? []
        switch q.type {
        case .scale: return SampleNumbers(profile: profile).scale(q, rng: &rng)
        case .yesNo: return SampleNumbers(profile: profile).yesNo(q, rng: &rng)
        case .integer: return SampleNumbers(profile: profile).integer(q, answers: response.answers, rng: &rng)
        case .single: return SampleChoices(profile: profile).single(q, codes: codes, rng: &rng)
        case .multiple: return SampleChoices(profile: profile).multiple(q, codes: codes, rng: &rng)
        case .longText: return SampleText.longAnswer(for: q.id, profile: profile, &rng).map(AnswerValue.text)
        case .text where q.id == MetadataID.organisation: return profile.organisation.map { .text($0.name) }
        default: return nil
        }
    }

    /// A generic answer that fits the question's type and range.
    private mutating func value(for q: Question) -> AnswerValue? {
        let codes = questionnaire.choiceList(for: q)?.choices.map(\.value) ?? []
        switch q.type {
        case .note: return nil
        case .single:
            guard !codes.isEmpty else { return nil }
            // "anders" now and then, not as often as a real choice.
            let plain = codes.filter { $0 != q.other?.value }
            return .text(rng.chance(0.08) || plain.isEmpty ? rng.pick(codes) : rng.pick(plain))
        case .multiple:
            guard !codes.isEmpty else { return nil }
            if codes.contains("geen") && rng.chance(0.07) { return .choices(["geen"]) }
            let pool = codes.filter { $0 != "geen" && (rng.chance(0.3) || $0 != q.other?.value) }
            let limit = min(q.maxSelections ?? 4, 4, pool.count)
            guard limit > 0 else { return .choices([rng.pick(codes)]) }
            return .choices(rng.sample(pool, count: rng.int(in: 1...limit)))
        case .scale:
            let s = q.scale ?? ScaleSpec(min: 1, max: 5, minLabel: .init([:]), maxLabel: .init([:]))
            // Two draws averaged: answers cluster around the middle, as they do.
            return .number(Double((rng.int(in: s.min...s.max) + rng.int(in: s.min...s.max) + 1) / 2))
        case .integer:
            return .number(Double(integer(q)))
        case .decimal:
            return .number(Double(integer(q) * 10 + rng.int(in: 0...9)) / 10)
        case .date:
            return .text(interviewDate)
        case .yesNo:
            return .bool(rng.chance(q.id == MetadataID.consent ? 0.97 : 0.62))
        case .text:
            switch q.id {
            case MetadataID.organisation:
                return .text(questionnaire.variant == "wijkteam"
                             ? rng.pick(PhraseBank.teamPrefixes) + " " + (wijk.isEmpty ? gemeente : wijk)
                             : rng.pick(SampleOrganisation.all).name)
            case MetadataID.gemeente: return .text(gemeente)
            case MetadataID.wijk: return wijk.isEmpty ? nil : .text(wijk)
            default: return .text(SampleText.shortAnswer(&rng))
            }
        case .longText:
            var text = SampleText.longAnswer(&rng)
            if let limit = q.maxLength, text.count > limit { text = String(text.prefix(limit)) }
            return .text(text)
        }
    }

    /// A plausible whole number within the question's range; team-like counts
    /// stay small so soft checks ("more than 60 is unusual") rarely fire.
    private mutating func integer(_ q: Question) -> Int {
        // Clamped: a questionnaire file may say 1e300, and Int(1e300) traps.
        func whole(_ d: Double) -> Int { d.isNaN ? 0 : Int(Swift.min(Swift.max(d.rounded(), -1e12), 1e12)) }
        let lo = whole(q.min ?? 0)
        let hi = whole(q.max ?? Double(lo + 50))
        let upper = hi <= 100 ? hi : min(hi, lo + rng.pick([12, 25, 40, 60]))
        return rng.int(in: lo...max(lo, upper))
    }

    /// When random values keep failing a check: the smallest plain answer.
    private func fallback(for q: Question) -> AnswerValue? {
        let codes = questionnaire.choiceList(for: q)?.choices.map(\.value) ?? []
        switch q.type {
        case .single: return codes.first.map(AnswerValue.text)
        case .multiple: return codes.first { $0 != "geen" }.map { .choices([$0]) }
        case .integer, .decimal: return .number(q.min ?? 0)
        default: return nil
        }
    }
}
