// Small builders that keep the bundled questionnaires readable: one line per
// question plus modifiers, instead of the full memberwise initialiser each time.
// Internal on purpose: questionnaire files are the public way to define forms.

extension LocalizedText {
    /// Dutch first, then English: the order every bundled text is written in.
    static func t(_ nl: String, _ en: String) -> LocalizedText { LocalizedText(nl: nl, en: en) }
}

extension Expression {
    /// Parses a constant expression of the bundled questionnaires and traps when it
    /// does not parse.
    ///
    /// Trapping is acceptable here only because the sources are compile-time
    /// constants and `BundledQuestionnaireTests` builds both questionnaires and
    /// re-parses every expression in them: a typo fails the test run, never a
    /// user's start-up. Never use this for expressions read from files.
    static func bundled(_ source: String) -> Expression {
        do {
            return try Expression.parse(source)
        } catch {
            preconditionFailure("Bundled expression \"\(source)\" does not parse: \(error)")
        }
    }
}

extension Section {
    /// The condition every section after the metadata carries: without consent
    /// the interview ends after section 0.
    static let consentGiven = "${\(MetadataID.consent)} = true()"

    /// A section that is only shown once consent was given.
    static func afterConsent(_ id: String, _ title: LocalizedText, intro: LocalizedText,
                             _ questions: [Question]) -> Section {
        Section(id: id, title: title, intro: intro,
                relevant: .bundled(consentGiven), questions: questions)
    }
}

// MARK: - Question factories

extension Question {
    /// A 1–5 scale item; "weet niet" and "wil niet zeggen" are always allowed
    /// because they are answers, not blanks.
    static func scaleItem(_ id: String, _ scale: ScaleSpec, _ nl: String, _ en: String) -> Question {
        Question(id: id, type: .scale, label: .t(nl, en), scale: scale,
                 allowDontKnow: true, allowRefused: true)
    }

    /// Agreement with a statement (helemaal oneens … helemaal eens).
    static func agree(_ id: String, _ nl: String, _ en: String) -> Question {
        scaleItem(id, Scales.agreement, nl, en)
    }

    /// Extent (helemaal niet … in hoge mate).
    static func extent(_ id: String, _ nl: String, _ en: String) -> Question {
        scaleItem(id, Scales.extent, nl, en)
    }

    /// Quality (zeer slecht … zeer goed).
    static func quality(_ id: String, _ nl: String, _ en: String) -> Question {
        scaleItem(id, Scales.quality, nl, en)
    }

    static func single(_ id: String, list: String, _ nl: String, _ en: String) -> Question {
        Question(id: id, type: .single, label: .t(nl, en), choices: list)
    }

    /// A multiple choice; with `max`, both the selection limit and a hard
    /// `count-selected(.)` check, so a file-edited answer is caught as well.
    static func multiple(_ id: String, list: String, _ nl: String, _ en: String,
                         max: Int? = nil) -> Question {
        var q = Question(id: id, type: .multiple, label: .t(nl, en), choices: list)
        if let max {
            q.maxSelections = max
            q = q.check("count-selected(.) <= \(max)",
                        "Kies maximaal \(max) antwoorden.", "Choose at most \(max) answers.")
        }
        return q
    }

    static func yesNo(_ id: String, _ nl: String, _ en: String) -> Question {
        Question(id: id, type: .yesNo, label: .t(nl, en))
    }

    /// A whole number within `range` (a hard range check).
    static func integer(_ id: String, _ nl: String, _ en: String, range: ClosedRange<Int>) -> Question {
        Question(id: id, type: .integer, label: .t(nl, en),
                 min: Double(range.lowerBound), max: Double(range.upperBound))
    }

    static func text(_ id: String, _ nl: String, _ en: String) -> Question {
        Question(id: id, type: .text, label: .t(nl, en), maxLength: 200)
    }

    static func longText(_ id: String, _ nl: String, _ en: String) -> Question {
        Question(id: id, type: .longText, label: .t(nl, en))
    }

    static func date(_ id: String, _ nl: String, _ en: String) -> Question {
        Question(id: id, type: .date, label: .t(nl, en))
    }

    static func note(_ id: String, _ nl: String, _ en: String) -> Question {
        Question(id: id, type: .note, label: .t(nl, en))
    }
}

// MARK: - Modifiers

extension Question {
    /// Adds a hint for the interviewer.
    func hint(_ nl: String, _ en: String) -> Question {
        var q = self
        q.hint = .t(nl, en)
        return q
    }

    /// Makes the question required, with the message shown when it is left empty.
    func requiring(_ nl: String, _ en: String) -> Question {
        var q = self
        q.required = .always(true)
        q.requiredMessage = .t(nl, en)
        return q
    }

    /// Shows the question only when `source` holds.
    func onlyIf(_ source: String) -> Question {
        var q = self
        q.relevant = .bundled(source)
        return q
    }

    /// Adds a check on the answer; `severity` decides whether it blocks or warns.
    func check(_ source: String, _ nl: String, _ en: String,
               severity: Severity = .hard) -> Question {
        var q = self
        q.constraint = .bundled(source)
        q.constraintMessage = .t(nl, en)
        q.constraintSeverity = severity
        return q
    }

    /// For a multiple choice whose list has a "none" option: none excludes the rest.
    func exclusive(_ none: String = "geen") -> Question {
        check("not(selected(${\(id)}, '\(none)') and count-selected(.) > 1)",
              "‘Geen’ kan niet samen met een ander antwoord worden gekozen.",
              "‘None’ cannot be combined with another answer.")
    }

    /// Opens an "anders, namelijk …" field when the choice `anders` is picked.
    func withOther() -> Question {
        var q = self
        q.other = OtherSpec(value: "anders", label: .t("Anders, namelijk:", "Other, namely:"))
        return q
    }

    /// Allows "weet niet" and "wil niet zeggen" on a non-scale question.
    func allowingSpecial(dontKnow: Bool = true, refused: Bool = true) -> Question {
        var q = self
        q.allowDontKnow = dontKnow
        q.allowRefused = refused
        return q
    }

    /// The same question (id, type, list, scale: still comparable) asked in a variant's own
    /// words; its hint is dropped unless given again.
    func worded(_ nl: String, _ en: String) -> Question {
        var q = self
        q.label = .t(nl, en)
        q.hint = nil
        return q
    }

    /// Marks the question as part of the shared core of both variants.
    func shared() -> Question {
        var q = self
        q.core = true
        return q
    }

    /// Marks the question as the interviewer's own: never in a handed-over report.
    func forInterviewerOnly() -> Question {
        var q = self
        q.interviewerOnly = true
        return q
    }
}
