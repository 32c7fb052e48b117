@testable import WijkModel

/// Walks a questionnaire for the bundled-content tests.
enum Walk {
    /// Every localized text with a description of where it sits.
    static func texts(_ q: Questionnaire) -> [(String, LocalizedText)] {
        var out: [(String, LocalizedText)] = [("title", q.title)]
        for section in q.sections {
            out.append(("\(section.id).title", section.title))
            if let intro = section.intro { out.append(("\(section.id).intro", intro)) }
            for question in section.questions {
                let id = question.id
                out.append(("\(id).label", question.label))
                if let t = question.hint { out.append(("\(id).hint", t)) }
                if let t = question.requiredMessage { out.append(("\(id).requiredMessage", t)) }
                if let t = question.constraintMessage { out.append(("\(id).constraintMessage", t)) }
                if let other = question.other { out.append(("\(id).other", other.label)) }
                if let scale = question.scale {
                    out.append(("\(id).minLabel", scale.minLabel))
                    out.append(("\(id).maxLabel", scale.maxLabel))
                    for (point, label) in scale.pointLabels { out.append(("\(id).point\(point)", label)) }
                }
            }
        }
        for list in q.choiceLists.values {
            for choice in list.choices { out.append(("\(list.name).\(choice.value)", choice.label)) }
        }
        return out
    }

    /// Every expression with the question (or section) it belongs to.
    static func expressions(_ q: Questionnaire) -> [(owner: String, expression: Expression)] {
        var out: [(owner: String, expression: Expression)] = []
        for section in q.sections {
            if let e = section.relevant { out.append((section.id, e)) }
            for question in section.questions {
                if let e = question.relevant { out.append((question.id, e)) }
                if let e = question.constraint { out.append((question.id, e)) }
                if case .when(let e) = question.required { out.append((question.id, e)) }
            }
        }
        return out
    }

    /// `${id}` references: the parser's own, plus an independent plain scan of the
    /// source, so a parser that missed a reference cannot hide a dangling one.
    static func references(_ e: Expression) -> Set<String> {
        var ids = e.references
        var rest = Substring(e.source)
        while let open = rest.range(of: "${") {
            rest = rest[open.upperBound...]
            guard let close = rest.firstIndex(of: "}") else { break }
            ids.insert(String(rest[..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return ids
    }
}
