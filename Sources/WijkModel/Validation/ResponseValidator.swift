import Foundation

/// Checks one response against the questionnaire it names: structure, answer
/// types, choices, ranges, selections, constraints, and — for completed
/// interviews — relevance and required answers.
public struct ResponseValidator: Sendable {
    public let questionnaires: [Questionnaire]
    public let lang: Lang
    public let today: String

    public init(questionnaires: [Questionnaire], lang: Lang = .nl, today: String) {
        self.questionnaires = questionnaires; self.lang = lang; self.today = today
    }

    /// The questionnaire a response names (by id; a different version is used with a warning).
    public func questionnaire(for ref: QuestionnaireRef) -> Questionnaire? {
        questionnaires.first { $0.id == ref.id && $0.version == ref.version }
            ?? questionnaires.first { $0.id == ref.id }
    }

    /// Every problem of a parsed file; the response is nil when its structure is unusable.
    public func validate(_ json: JSONValue) -> (response: Response?, problems: [Problem]) {
        let (decoded, structural) = ResponseDecoder.decode(json, lang: lang)
        guard let response = decoded else { return (nil, structural) }
        return (response, structural + validate(response))
    }

    /// Problems of the answers of a decoded response.
    public func validate(_ response: Response) -> [Problem] {
        var problems: [Problem] = []
        func report(_ path: String, _ message: String, _ severity: Severity = .hard) {
            problems.append(Problem(path: path, message: message, severity: severity))
        }
        if !ResponseID.isValid(response.id) { problems.append(ResponseID.problem(lang)) }
        guard let q = questionnaire(for: response.questionnaire) else {
            let known = questionnaires.map(\.id).joined(separator: ", ")
            report("$.questionnaire.id", lang.t(
                "onbekende vragenlijst '\(response.questionnaire.id)' (bekend: \(known); geef een eigen vragenlijst met --questionnaire)",
                "unknown questionnaire '\(response.questionnaire.id)' (known: \(known); give your own with --questionnaire)"))
            return problems
        }
        if q.version != response.questionnaire.version {
            report("$.questionnaire.version", lang.t(
                "versie \(response.questionnaire.version) onbekend; gecontroleerd met versie \(q.version)",
                "version \(response.questionnaire.version) unknown; checked against version \(q.version)"), .soft)
        }
        if response.variant != q.variant {
            report("$.variant", lang.t("variant '\(response.variant)' hoort niet bij vragenlijst '\(q.id)' (\(q.variant))",
                                       "variant '\(response.variant)' does not belong to questionnaire '\(q.id)' (\(q.variant))"))
        }

        let engine = InterviewEngine(questionnaire: q, response: response, today: today)
        for id in response.answers.keys.sorted() {
            let value = response.answers[id]!
            let path = "$.answers.\(id)"
            if id.hasSuffix(".other") {
                let base = String(id.dropLast(".other".count))
                guard let question = q.question(base), let other = question.other else {
                    report(path, lang.t("onbekende 'anders, namelijk'-sleutel", "unknown 'other, namely' key"))
                    continue
                }
                guard case .text = value else {
                    report(path, lang.t("moet tekst zijn", "must be text")); continue
                }
                if response.status == .complete, !(response.answers[base]?.selects(other.value) ?? false) {
                    report(path, lang.t("'anders'-tekst terwijl '\(other.value)' niet is gekozen",
                                        "'other' text while '\(other.value)' is not chosen"))
                }
                continue
            }
            guard let question = q.question(id) else {
                report(path, lang.t("onbekende vraag-id '\(id)'", "unknown question id '\(id)'")); continue
            }
            for message in AnswerValidation.messages(for: value, question: question,
                                                     choices: q.choiceList(for: question), lang: lang) {
                report(path, message)
            }
            if response.status == .complete, !engine.isRelevant(id) {
                report(path, lang.t("antwoord op een vraag die niet van toepassing is (relevant is onwaar)",
                                    "answer to a question that is not relevant"))
            }
        }
        for id in response.remarks.keys.sorted() where q.question(id) == nil {
            report("$.remarks.\(id)", lang.t("opmerking bij onbekende vraag '\(id)'", "remark on unknown question '\(id)'"))
        }
        for problem in engine.problems(lang: lang) {
            switch problem.kind {
            case .constraint:
                report("$.answers.\(problem.questionId)", problem.message, problem.severity)
            case .missingRequired where response.status == .complete:
                report("$.answers.\(problem.questionId)", lang.t("verplicht antwoord ontbreekt", "required answer is missing")
                       + " (\(problem.message))")
            case .missingRequired, .invalidAnswer:
                break // invalid answers were reported above; drafts may be incomplete
            }
        }
        return problems
    }
}

extension ResponseValidator {
    /// The same validator over its own copy of the questionnaires (see
    /// `FileJudge.privateCopy`: threads sharing one copy wait on each other).
    func privateCopy() -> ResponseValidator {
        guard let copies = FileJudge.privateCopies(questionnaires) else { return self }
        return ResponseValidator(questionnaires: copies, lang: lang, today: today)
    }
}
