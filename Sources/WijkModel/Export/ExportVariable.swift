/// What a statistics package makes of one column of the coded export (the
/// CSV that `export spss` and `export r` write, single choices numbered):
/// how it is stored, its level of measurement, its value labels and which
/// `ExportCode`s may appear in it. SPSS syntax and the R script are both
/// written from this one description.
struct ExportVariable: Sendable {
    enum Storage: Equatable, Sendable {
        case string
        /// A number with this many decimals in its display format.
        case numeric(decimals: Int)
        /// A `YYYY-MM-DD` date (read as text, made a date by the syntax or script).
        case date
    }

    enum Level: String, Sendable { case nominal, ordinal, scale }

    var name: String
    var label: String
    var storage: Storage
    var level: Level
    /// Answer values with their labels, in the order the answers have (choice
    /// list order, scale points low to high). Numbers except for strings.
    var valueLabels: [(value: String, label: String)]
    /// The codes that can appear instead of an answer (none for metadata and "other" texts).
    var codes: [ExportCode]
    /// A factor (R) rather than a number: single choice, yes/no, scale.
    var isFactor: Bool { !valueLabels.isEmpty && storage != .string && !isSelection }
    /// A 0/1 column: a multiple choice's, or a code's (`--with-codes`).
    var isSelection = false

    /// The variables of `layout`'s columns, in order, labelled in `lang`, then
    /// those of a coder's `codeColumns` (`--with-codes`).
    static func make(_ layout: ExportLayout, codeColumns: CodeColumns? = nil, lang: Lang) -> [ExportVariable] {
        columns(layout, lang: lang) + (codeColumns.map { codeVariables($0, layout, lang: lang) } ?? [])
    }

    /// One 0/1 number per code column, labelled with the code's name and its
    /// question. A column is empty (system-missing, `NA`) where the answer is
    /// not coded, so no `ExportCode` is declared for it: 0 means "coded, not with this code".
    private static func codeVariables(_ codeColumns: CodeColumns, _ layout: ExportLayout, lang: Lang) -> [ExportVariable] {
        var questions: [String: String] = [:]
        for column in layout.columns {
            switch column.kind {
            case .answer(let q): questions[q.id] = q.label.resolve(lang.rawValue)
            case .other(let q): questions[q.otherKey] = lang.t("Anders, namelijk — ", "Other, namely — ") + q.label.resolve(lang.rawValue)
            default: break
            }
        }
        return zip(codeColumns.header, codeColumns.labels).map { name, label in
            var v = ExportVariable(name: name, label: label.code + " — " + (questions[label.question] ?? label.question),
                                   storage: .numeric(decimals: 0), level: .nominal,
                                   valueLabels: [("1", lang.t("code toegekend", "code assigned")),
                                                 ("0", lang.t("gecodeerd zonder deze code", "coded without this code"))],
                                   codes: [])
            v.isSelection = true
            return v
        }
    }

    private static func columns(_ layout: ExportLayout, lang: Lang) -> [ExportVariable] {
        let l = lang.rawValue
        return layout.columns.map { column in
            switch column.kind {
            case .metadata(let m):
                return ExportVariable(name: column.name, label: m.rawValue, storage: .string, level: .nominal,
                                      valueLabels: [], codes: [])
            case .other(let q):
                return ExportVariable(name: column.name,
                                      label: lang.t("Anders, namelijk — ", "Other, namely — ") + q.label.resolve(l),
                                      storage: .string, level: .nominal, valueLabels: [], codes: [])
            case .choice(let q, let c):
                var v = ExportVariable(name: column.name, label: c.label.resolve(l) + " — " + q.label.resolve(l),
                                       storage: .numeric(decimals: 0), level: .nominal,
                                       valueLabels: [("1", lang.t("gekozen", "selected")),
                                                     ("0", lang.t("niet gekozen", "not selected"))],
                                       codes: codes(q))
                v.isSelection = true
                return v
            case .answer(let q):
                var v = ExportVariable(name: column.name, label: q.label.resolve(l), storage: .string,
                                       level: .nominal, valueLabels: [], codes: codes(q))
                switch q.type {
                case .single:
                    v.storage = .numeric(decimals: 0)
                    v.valueLabels = (layout.choiceList(for: q)?.choices ?? []).enumerated().map {
                        (String($0 + 1), $1.label.resolve(l))
                    }
                case .scale:
                    v.storage = .numeric(decimals: 0)
                    v.level = .ordinal
                    if let s = q.scale {
                        v.valueLabels = (s.min...s.max).map { p in (String(p), s.label(for: p)?.resolve(l) ?? String(p)) }
                    }
                case .yesNo:
                    v.storage = .numeric(decimals: 0)
                    v.valueLabels = [("1", lang.t("ja", "yes")), ("0", lang.t("nee", "no"))]
                case .integer:
                    v.storage = .numeric(decimals: 0); v.level = .scale
                case .decimal:
                    v.storage = .numeric(decimals: 2); v.level = .scale
                case .date:
                    v.storage = .date; v.level = .scale
                case .multiple, .text, .longText, .note:
                    break
                }
                return v
            }
        }
    }

    /// The codes a question's column may hold: unanswered and not applicable
    /// always (an optional question, a draft, the other variant, skip logic),
    /// don't know and refused when the question allows them.
    static func codes(_ q: Question) -> [ExportCode] {
        var codes: [ExportCode] = [.unanswered, .notApplicable]
        if q.allowDontKnow { codes.append(.dontKnow) }
        if q.allowRefused { codes.append(.refused) }
        return codes
    }
}
