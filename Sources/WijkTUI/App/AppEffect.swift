import WijkModel

/// Work for the shell: the only side effects the app asks for. `App.handle` returns
/// them in the order they must run (e.g. save before quit).
enum AppEffect: Equatable {
    /// List the data directory; answered with `.listingsLoaded`.
    case loadListings
    /// Create a new draft for the questionnaire and lock it; answered with `.interviewOpened`.
    case startInterview(questionnaireID: String, interviewer: String)
    /// Load and lock a draft for editing; answered with `.interviewOpened` or `.failed`
    /// (e.g. someone else has it open).
    case openDraft(id: String)
    /// Load a completed interview to view it; answered with `.interviewOpened` or `.failed`.
    case openCompleted(id: String)
    /// Save the response durably (atomic write). Answered with `.saveFailed` only on error.
    case save(Response)
    /// The interview is left: save `response` if given, then release its lock. Answered
    /// with `.closed`, or `.saveFailed` (the lock is kept: the interview stays open).
    case close(Response?)
    /// Save the response in another folder (the data folder's disk failed), then release
    /// the lock. Answered with `.savedElsewhere` or `.saveFailed`.
    case saveElsewhere(Response, folder: String)
    /// Lock interview `id` for editing and read it again; answered with `.reopenLocked`
    /// or `.reopenRefused` (someone else has it open).
    case lockForReopen(id: String)
    /// Remember the interviewer's name in the config file.
    case rememberInterviewer(String)
    /// Run the results browser on the data directory on the same terminal; when it is
    /// left, answered with `.resize` (back to the home screen) or `.signal`.
    case browseResults
    /// Restore the terminal and exit with this status.
    case quit(Int32)
}
