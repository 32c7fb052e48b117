/// A named list of choices, shared by questions that refer to it by name.
public struct ChoiceList: Sendable, Hashable {
    public var name: String
    public var choices: [Choice]

    public init(name: String, choices: [Choice]) { self.name = name; self.choices = choices }

    public func choice(_ value: String) -> Choice? { choices.first { $0.value == value } }
}

/// One choice: a stable code (`value`) and its label per language.
public struct Choice: Sendable, Hashable {
    public var value: String
    public var label: LocalizedText

    public init(value: String, label: LocalizedText) { self.value = value; self.label = label }
}

/// A titled group of questions; a section's `relevant` applies to all its questions.
public struct Section: Sendable, Hashable, Identifiable {
    public var id: String
    public var title: LocalizedText
    public var intro: LocalizedText?
    public var relevant: Expression?
    public var questions: [Question]

    public init(id: String, title: LocalizedText, intro: LocalizedText? = nil,
                relevant: Expression? = nil, questions: [Question]) {
        self.id = id; self.title = title; self.intro = intro
        self.relevant = relevant; self.questions = questions
    }
}

/// A complete questionnaire definition. See docs/questionnaire-format.md.
public struct Questionnaire: Sendable, Hashable {
    public var id: String
    public var version: String
    public var title: LocalizedText
    /// Languages the texts are given in; the first is the default.
    public var languages: [String]
    /// Respondent variant this questionnaire is for ("wijkteam", "migrantenorganisatie").
    public var variant: String
    public var choiceLists: [String: ChoiceList]
    public var sections: [Section]

    public init(id: String, version: String, title: LocalizedText, languages: [String] = ["nl", "en"],
                variant: String, choiceLists: [String: ChoiceList], sections: [Section]) {
        self.id = id; self.version = version; self.title = title
        self.languages = languages; self.variant = variant
        self.choiceLists = choiceLists; self.sections = sections
    }

    public var defaultLanguage: String { languages.first ?? "nl" }

    /// All questions in questionnaire order.
    public var questions: [Question] { sections.flatMap(\.questions) }

    /// The question with `id`, if any.
    public func question(_ id: String) -> Question? {
        for section in sections {
            if let q = section.questions.first(where: { $0.id == id }) { return q }
        }
        return nil
    }

    /// The section holding question `id`.
    public func section(containing id: String) -> Section? {
        sections.first { $0.questions.contains { $0.id == id } }
    }

    /// The choice list of a single or multiple question.
    public func choiceList(for question: Question) -> ChoiceList? {
        question.choices.flatMap { choiceLists[$0] }
    }
}

/// Question ids with a fixed meaning: listings and summaries show and filter on them.
public enum MetadataID {
    public static let organisation = "organisatie"
    public static let gemeente = "gemeente"
    public static let wijk = "wijk"
    public static let role = "rol"
    public static let date = "datum"
    public static let consent = "toestemming"
}
