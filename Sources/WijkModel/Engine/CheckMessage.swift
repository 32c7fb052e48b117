/// A check's message with the answers it is about: `${.}` is the answer being checked and
/// `${id}` the answer to question `id`, so a warning across two questions ("more staff with
/// a migration background than the team has members?") shows both answers side by side.
extension InterviewEngine {
    func filled(_ message: String, value: AnswerValue, lang: Lang, question: Question) -> String {
        guard message.contains("${") else { return message }
        var out = ""
        var rest = Substring(message)
        while let open = rest.range(of: "${"), let close = rest[open.upperBound...].firstIndex(of: "}") {
            out += rest[..<open.lowerBound]
            let id = String(rest[open.upperBound..<close])
            if id == "." {
                out += display(value, of: question, lang: lang)
            } else if let other = self.question(id) {
                out += response.answers[id].map { display($0, of: other, lang: lang) } ?? lang.t("geen antwoord", "no answer")
            } else {
                out += rest[open.lowerBound...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    /// An answer as the interviewer reads it: numbers plain, scale points with their
    /// label, choices by label, yes/no, don't know and refused in words.
    func display(_ value: AnswerValue, of question: Question, lang: Lang) -> String {
        let code = lang.rawValue
        switch value {
        case .text(let text):
            return questionnaire.choiceList(for: question)?.choices.first { $0.value == text }?.label.resolve(code) ?? text
        case .number(let n):
            let plain = n == n.rounded() && abs(n) < 1e15 ? String(Int(n)) : String(n)
            if question.type == .scale, n == n.rounded(), let label = question.scale?.label(for: Int(n)) {
                return "\(plain) (\(label.resolve(code)))"
            }
            return plain
        case .bool(let flag): return flag ? lang.t("ja", "yes") : lang.t("nee", "no")
        case .choices(let codes):
            let list = questionnaire.choiceList(for: question)
            return codes.map { c in list?.choices.first { $0.value == c }?.label.resolve(code) ?? c }.joined(separator: ", ")
        case .dontKnow: return lang.t("weet niet", "don't know")
        case .refused: return lang.t("wil niet zeggen", "refused")
        }
    }
}
