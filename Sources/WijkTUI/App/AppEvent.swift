import Foundation
import WijkModel

/// Everything the app reacts to: terminal input, and the results of effects the shell ran.
///
/// Effects that touch the disk (listing, loading, locking) report back as events, so
/// `App.handle` stays pure and every outcome can be tested by sending the event.
enum AppEvent: Equatable {
    case key(Key)
    case resize(Size)
    /// SIGTERM or SIGHUP (SIGINT too, should it arrive as a signal): save and leave.
    case signal(Int32)
    /// No key came before `AppState.nextDeadline`: time for the autosave.
    case tick
    /// The response files in the data directory (after `.loadListings`).
    case listingsLoaded(InterviewList)
    /// An interview is ready to be shown (after `.startInterview`, `.openDraft`, `.openCompleted`).
    case interviewOpened(OpenedInterview)
    /// An effect failed; the message is shown in a dialog.
    case failed(title: String, message: String)
    /// A save (or the save when closing) failed; the answers are still in memory.
    case saveFailed(message: String)
    /// The lock for reopening is ours; the file as it is now (someone may have changed it).
    case reopenLocked(Response)
    /// Reopening was refused (the message names who has the interview open).
    case reopenRefused(message: String)
    /// The interview being left is written and unlocked.
    case closed
    /// The interview being left was written to this file in another folder, and unlocked.
    case savedElsewhere(path: String)
}

/// A response ready to be interviewed or viewed, with its questionnaire.
struct OpenedInterview: Equatable {
    var questionnaire: Questionnaire
    var response: Response
    /// A completed interview, shown without editing.
    var readOnly: Bool
    /// An existing draft that is taken up again (recorded as "resume" in the audit trail).
    var resumed: Bool
}
