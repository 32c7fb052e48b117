import Foundation
import WijkModel

/// Reopening a completed interview, in two steps: the dialog's "yes" asks the shell for
/// the lock (`InterviewEffect.reopen`); only with the lock does the screen become editable.
/// Refused, it stays read-only, so nothing typed here can overwrite the holder's work.
extension InterviewScreen {
    /// The lock is ours: reopen (audited) and save.
    mutating func reopened(now: Date) -> [InterviewEffect] {
        guard engine.reopen(at: now) || engine.response.status == .draft else { return [] }
        readOnly = false
        loadWidget()
        // Answers cleared at finishing come back with the reopen (audited as `restore`).
        let restored = engine.response.audit.reversed().prefix { $0.event != "reopen" }.count
        message = ScreenMessage(lang.t("Interview heropend: wijzigingen worden weer opgeslagen.",
                                       "Interview reopened: changes are saved again.")
            + (restored == 0 ? "" : " " + lang.count(restored, ("gewist antwoord", "gewiste antwoorden"),
                                                     ("cleared answer", "cleared answers"))
                                    + lang.t(" teruggezet.", " put back.")), .info)
        return [.save(engine.response)]
    }

    /// Someone else has it open (`reason` names them): stay read-only and say so.
    mutating func reopenRefused(_ reason: String) {
        readOnly = true
        message = ScreenMessage(reason + lang.t(". Het interview blijft alleen-lezen.",
                                                ". The interview stays read-only."), .error)
    }
}
