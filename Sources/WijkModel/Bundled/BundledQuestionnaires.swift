/// The two questionnaires of the study, compiled into the binary rather than
/// shipped as resource files (SwiftPM's `Bundle.module` traps on Linux when the
/// executable is copied elsewhere).
public enum BundledQuestionnaires {
    /// The interview with a sociale wijkteam.
    public static let wijkteam = assemble(
        WijkteamQuestionnaire.name, WijkteamQuestionnaire.title, WijkteamQuestionnaire.sections)

    /// The interview with a migrantenorganisatie.
    public static let migrantenorganisatie = assemble(
        MigrantenorganisatieQuestionnaire.name, MigrantenorganisatieQuestionnaire.title,
        MigrantenorganisatieQuestionnaire.sections)

    /// Both questionnaires, wijkteam first.
    public static var all: [Questionnaire] { [wijkteam, migrantenorganisatie] }

    /// The questionnaire for a variant name ("wijkteam", "migrantenorganisatie"),
    /// ignoring case and surrounding spaces; nil for an unknown name.
    public static func variant(_ name: String) -> Questionnaire? {
        let key = name.trimmingWhitespace().lowercased()
        return all.first { $0.variant == key }
    }

    /// A questionnaire carries exactly the choice lists its questions use.
    private static func assemble(_ name: String, _ title: LocalizedText,
                                 _ sections: [Section]) -> Questionnaire {
        let used = Set(sections.flatMap(\.questions).compactMap(\.choices))
        let lists = ChoiceLists.all.filter { used.contains($0.key) }
        return Questionnaire(id: name, version: "1.0", title: title, languages: ["nl", "en"],
                             variant: name, choiceLists: lists, sections: sections)
    }
}

private extension String {
    /// Trims spaces, tabs and newlines without needing Foundation.
    func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0.isWhitespace }
        guard let start = firstIndex(where: { !isSpace($0) }),
              let end = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[start...end])
    }
}
