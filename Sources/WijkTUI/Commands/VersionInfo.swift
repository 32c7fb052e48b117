import WijkModel

/// What `wijk --version` prints: the program's version, the versions of the
/// questionnaires built into it and the file formats it writes — what a
/// coordinator needs to say which interviews were taken with what.
enum VersionInfo {
    /// The program's version; raise it with every release handed to interviewers.
    static let number = "0.16.0"

    static func text(_ lang: Lang) -> String {
        let questionnaires = BundledQuestionnaires.all.map { "\($0.id) \($0.version)" }.joined(separator: ", ")
        return "wijk \(number)\n"
            + lang.t("vragenlijsten: ", "questionnaires: ") + questionnaires + "\n"
            + lang.t("bestandsformaten: ", "file formats: ")
            + "wijk-response \(Response.formatVersion), wijk-summary \(SummaryJSON.formatVersion)\n"
    }
}
