/// No control characters in what a questionnaire shows or names: ids, codes,
/// labels and titles are printed in terminals, written into SPSS syntax and
/// CSV headers, so a line break or an ESC there is refused at the source.
/// Hints, intros and messages may hold line breaks and tabs (layout), nothing else.
extension QuestionnaireLinter {
    static func textProblems(_ q: Questionnaire, lang: Lang) -> [Problem] {
        var problems: [Problem] = []
        func name(_ path: String, _ s: String) { check(path, s, keepLayout: false, lang, &problems) }
        func label(_ path: String, _ t: LocalizedText?, layout: Bool = false) {
            guard let t else { return }
            for (language, text) in t.values.sorted(by: { $0.key < $1.key }) {
                name(path, language)
                check("\(path).\(language)", text, keepLayout: layout, lang, &problems)
            }
        }
        name("$.id", q.id); name("$.version", q.version); name("$.variant", q.variant)
        label("$.title", q.title)
        for (s, section) in q.sections.enumerated() {
            let sp = "$.sections[\(s)]"
            name("\(sp).id", section.id)
            label("\(sp).title", section.title)
            label("\(sp).intro", section.intro, layout: true)
            for (i, question) in section.questions.enumerated() {
                let path = "\(sp).questions[\(i)]"
                label("\(path).label", question.label)
                label("\(path).hint", question.hint, layout: true)
                label("\(path).requiredMessage", question.requiredMessage, layout: true)
                label("\(path).constraintMessage", question.constraintMessage, layout: true)
                if let other = question.other {
                    name("\(path).other.value", other.value)
                    label("\(path).other.label", other.label)
                }
                if let scale = question.scale {
                    label("\(path).scale.minLabel", scale.minLabel)
                    label("\(path).scale.maxLabel", scale.maxLabel)
                    for (point, text) in scale.pointLabels.sorted(by: { $0.key < $1.key }) {
                        label("\(path).scale.labels.\(point)", text)
                    }
                }
            }
        }
        for (listName, list) in q.choiceLists.sorted(by: { $0.key < $1.key }) {
            name("$.choiceLists", listName)
            for (i, choice) in list.choices.enumerated() {
                name("$.choiceLists.\(DisplayText.line(listName))[\(i)].value", choice.value)
                label("$.choiceLists.\(DisplayText.line(listName))[\(i)].label", choice.label)
            }
        }
        return problems
    }

    private static func check(_ path: String, _ s: String, keepLayout: Bool, _ lang: Lang, _ problems: inout [Problem]) {
        guard let bad = s.unicodeScalars.first(where: { DisplayText.isUnsafe($0.value, keepLayout: keepLayout) }) else {
            return
        }
        let code = "U+" + String(bad.value, radix: 16, uppercase: true).leftPadded(to: 4)
        problems.append(Problem(path: path, message: lang.t(
            "bevat een stuurteken (\(code)); niet toegestaan in ids, codes, labels en titels",
            "contains a control character (\(code)); not allowed in ids, codes, labels and titles")))
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
