/// Checks that an answer fits its question: shape, range, choices, length,
/// date, don't-know/refused. Pure; the constraint expression is checked by the
/// engine because it needs the other answers.
///
/// Every message is a hard one: an answer that fails here is not stored.
public enum AnswerValidation {
    /// The reasons `value` does not fit `question`, empty when it does.
    /// `choices` is the question's choice list (single and multiple).
    /// An empty value is not checked: it is no answer at all.
    public static func messages(for value: AnswerValue, question: Question,
                                choices: ChoiceList?, lang: Lang) -> [String] {
        if value.isEmpty { return [] }
        switch value {
        case .dontKnow:
            return question.allowDontKnow ? []
                : [lang.t("'Weet niet' is bij deze vraag niet toegestaan.",
                          "'Don't know' is not allowed for this question.")]
        case .refused:
            return question.allowRefused ? []
                : [lang.t("'Wil niet zeggen' is bij deze vraag niet toegestaan.",
                          "'Refused' is not allowed for this question.")]
        default:
            break
        }
        switch question.type {
        case .note:
            return [lang.t("Bij een toelichting hoort geen antwoord.", "A note takes no answer.")]
        case .single:
            guard case .text(let code) = value else { return [typeMessage(question, lang)] }
            return isChoice(code, question: question, choices: choices) ? [] : [notAChoice(code, lang)]
        case .multiple:
            guard case .choices(let codes) = value else { return [typeMessage(question, lang)] }
            return multipleMessages(codes, question: question, choices: choices, lang: lang)
        case .scale, .integer, .decimal:
            guard case .number(let number) = value, number.isFinite else {
                return [typeMessage(question, lang)]
            }
            if question.type != .decimal, number.rounded() != number {
                return [lang.t("Vul een heel getal in.", "Enter a whole number.")]
            }
            let (low, high) = range(of: question)
            return number < (low ?? -.infinity) || number > (high ?? .infinity)
                ? [rangeMessage(low, high, lang)] : []
        case .text, .longText:
            guard case .text(let text) = value else { return [typeMessage(question, lang)] }
            // Characters as people count them (grapheme clusters), not bytes; there are
            // never more of them than bytes, so most texts need no counting.
            if let limit = question.maxLength, text.utf8.count > limit, text.count > limit {
                return [lang.t("Hoogstens \(limit) tekens (nu \(text.count)).",
                               "At most \(limit) characters (now \(text.count)).")]
            }
            return []
        case .date:
            guard case .text(let text) = value else { return [typeMessage(question, lang)] }
            return isCalendarDate(text) ? []
                : [lang.t("'\(text)' is geen bestaande datum (JJJJ-MM-DD).",
                          "'\(text)' is not a real date (YYYY-MM-DD).")]
        case .yesNo:
            guard case .bool = value else { return [typeMessage(question, lang)] }
            return []
        }
    }

    /// Whether `text` is a real calendar date written as YYYY-MM-DD
    /// (so 2023-02-29 is not, 2024-02-29 is). Parsed by hand: no formatter.
    public static func isCalendarDate(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(isCalendarDate(utf8:))
    }

    /// The same check on UTF-8 bytes (the summary's scanner has no `String`).
    static func isCalendarDate(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-")
        else { return false }
        func number(_ range: Range<Int>) -> Int? {
            var result = 0
            for byte in bytes[range] {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                result = result * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return result
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              (1...12).contains(month), day >= 1 else { return false }
        return day <= Timestamp.daysIn(month: month, year: year)
    }

    /// The allowed range: the scale's points for a scale, min/max otherwise.
    static func range(of question: Question) -> (Double?, Double?) {
        if question.type == .scale, let scale = question.scale {
            return (Double(scale.min), Double(scale.max))
        }
        return (question.min, question.max)
    }

    static func isChoice(_ code: String, question: Question, choices: ChoiceList?) -> Bool {
        code == question.other?.value || choices?.choice(code) != nil
    }

    private static func multipleMessages(_ codes: [String], question: Question,
                                         choices: ChoiceList?, lang: Lang) -> [String] {
        var messages: [String] = []
        var seen: Set<String> = []
        var reported: Set<String> = []
        for code in codes {
            if !isChoice(code, question: question, choices: choices), reported.insert(code).inserted {
                messages.append(notAChoice(code, lang))
            }
            if !seen.insert(code).inserted, reported.insert(code).inserted {
                messages.append(lang.t("'\(code)' is meer dan eens gekozen.",
                                       "'\(code)' is chosen more than once."))
            }
        }
        if let limit = question.maxSelections, codes.count > limit {
            messages.append(lang.t("Kies er hoogstens \(limit) (nu \(codes.count)).",
                                   "Choose at most \(limit) (now \(codes.count))."))
        }
        return messages
    }

    private static func notAChoice(_ code: String, _ lang: Lang) -> String {
        lang.t("'\(code)' staat niet in de keuzelijst.", "'\(code)' is not one of the choices.")
    }

    private static func typeMessage(_ question: Question, _ lang: Lang) -> String {
        switch question.type {
        case .single: return lang.t("Kies één antwoord uit de lijst.", "Choose one answer from the list.")
        case .multiple: return lang.t("Kies antwoorden uit de lijst.", "Choose answers from the list.")
        case .scale: return lang.t("Kies een punt op de schaal.", "Choose a point on the scale.")
        case .integer: return lang.t("Vul een heel getal in.", "Enter a whole number.")
        case .decimal: return lang.t("Vul een getal in.", "Enter a number.")
        case .text, .longText: return lang.t("Vul tekst in.", "Enter text.")
        case .date: return lang.t("Vul een datum in (JJJJ-MM-DD).", "Enter a date (YYYY-MM-DD).")
        case .yesNo: return lang.t("Kies ja of nee.", "Choose yes or no.")
        case .note: return lang.t("Bij een toelichting hoort geen antwoord.", "A note takes no answer.")
        }
    }

    private static func rangeMessage(_ low: Double?, _ high: Double?, _ lang: Lang) -> String {
        switch (low, high) {
        case let (low?, high?):
            return lang.t("Vul een getal van \(format(low, lang)) tot en met \(format(high, lang)) in.",
                          "Enter a number from \(format(low, lang)) to \(format(high, lang)).")
        case let (low?, nil):
            return lang.t("Vul een getal van minstens \(format(low, lang)) in.",
                          "Enter a number of at least \(format(low, lang)).")
        case let (nil, high?):
            return lang.t("Vul een getal van hoogstens \(format(high, lang)) in.",
                          "Enter a number of at most \(format(high, lang)).")
        case (nil, nil):
            return lang.t("Vul een getal in.", "Enter a number.")
        }
    }

    /// 3 rather than 3.0; a decimal comma in Dutch.
    static func format(_ number: Double, _ lang: Lang) -> String {
        if number.rounded() == number, abs(number) < 1e15 { return String(Int(number)) }
        let text = String(number)
        return lang == .nl ? String(text.map { $0 == "." ? "," : $0 }) : text
    }
}
