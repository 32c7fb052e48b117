import WijkModel

/// A painted frame: the grid and where the text cursor goes (nil hides it).
struct Frame {
    var grid: Grid
    var cursor: (x: Int, y: Int)?
}

extension App {
    /// Draws `state` at `size`. Pure: same state, same grid.
    static func frame(_ state: AppState, size: Size) -> Frame {
        var grid = Grid(size: size)
        if size.isBelowMinimum {
            TooSmallView.render(into: &grid, lang: state.lang, hint: state.lang.t("Ctrl-C: stoppen", "Ctrl-C: quit"))
            return Frame(grid: grid, cursor: nil)
        }
        var cursor: (x: Int, y: Int)?
        switch state.screen {
        case .home:
            state.home.render(into: &grid, lang: state.lang, dataPath: state.dataPath)
        case .chooseVariant(let chooser):
            chooser.render(into: &grid, questionnaires: state.questionnaires, lang: state.lang)
        case .interviewerName(let prompt):
            let title = state.questionnaire(id: prompt.questionnaireID)?.title.resolve(state.lang.rawValue)
                ?? prompt.questionnaireID
            cursor = prompt.render(into: &grid, questionnaire: title, lang: state.lang)
        case .interview(let session):
            cursor = session.screen.render(into: &grid)
        }
        if let failure = state.saveFailure {
            failure.render(into: &grid, lang: state.lang)
            cursor = nil
        } else if let dialog = state.dialog {
            DialogView.render(dialog, into: &grid, lang: state.lang)
            cursor = nil
        }
        return Frame(grid: grid, cursor: cursor)
    }

    /// The grid of `frame(state, size:)`.
    static func render(_ state: AppState, size: Size) -> Grid {
        frame(state, size: size).grid
    }
}
