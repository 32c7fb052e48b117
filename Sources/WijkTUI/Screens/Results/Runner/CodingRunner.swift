import Foundation
import WijkModel

/// Performs the coding screen's requests on the coder's `CodingProject`: each
/// change takes the coding folder's lock, is saved atomically, and the project
/// as it now is goes back to the browser. Used by `ResultsSession` and by tests.
struct CodingRunner: Sendable {
    private(set) var project: CodingProject
    var lang: Lang

    init(project: CodingProject, lang: Lang) {
        self.project = project
        self.lang = lang
    }

    /// Applies `change`; on failure returns the message for the footer (nothing half-done is hidden:
    /// what was saved before the failure is in `project`).
    mutating func apply(_ change: CodingChange) -> String? {
        do {
            switch change {
            case .assign(let code, let answers):
                try project.assign(code, to: answers, origin: .manual)
            case .remove(let code, let answers):
                for a in answers { try project.remove(code, from: a) }
            case .create(let name, let answers):
                let code = try project.createCode(name: name)
                if !answers.isEmpty { try project.assign(code.id, to: answers, origin: .manual) }
            case .rename(let code, let name):
                try project.renameCode(code, to: name)
            case .merge(let code, let into):
                try project.mergeCode(code, into: into)
            case .delete(let code):
                try project.deleteCode(code)
            case .confirm(let answers):
                for a in answers { try project.confirm(a) }
            case .discardStale(let answers):
                for a in answers { try project.discardStale(a) }
            }
            return nil
        } catch {
            return Self.message(error, lang: lang)
        }
    }

    /// Another coder's codings, or the message why they cannot be read.
    func load(coder: String) -> Result<CoderCodings, CodingRunnerError> {
        do { return .success(try project.folder.loadCodings(coder)) } catch {
            return .failure(CodingRunnerError(message: Self.message(error, lang: lang)))
        }
    }

    /// Coders with a codings file.
    var coders: [String] { project.folder.coders() }

    static func message(_ error: any Error, lang: Lang) -> String {
        if let e = error as? CodingError { return lang.t("Niet gelukt: ", "Failed: ") + e.message(lang) }
        if let e = error as? StoreError { return lang.t("Niet opgeslagen: ", "Not saved: ") + e.message(lang) }
        return lang.t("Niet gelukt: ", "Failed: ") + String(describing: error)
    }

    /// Runs one effect of the browser if it is a coding effect; false otherwise.
    mutating func perform(_ effect: ResultsEffect, on browser: inout ResultsBrowser) -> Bool {
        switch effect {
        case .coding(let change):
            let problem = apply(change)
            browser.update(coding: project)
            if let problem { browser.fail(problem) }
            return true
        case .loadCodings(let coder):
            switch load(coder: coder) {
            case .success(let codings): browser.compare(with: codings)
            case .failure(let problem): browser.fail(problem.message)
            }
            return true
        default:
            return false
        }
    }
}

struct CodingRunnerError: Error, Sendable { var message: String }
