/// The statistics in the summary's JSON (docs/summary-format.md: intervals,
/// tests, cross-tab percentages, group tables, fieldwork progress).
extension SummaryJSON {
    /// [lower, upper] or null.
    static func interval(_ i: ConfidenceInterval?) -> JSONValue {
        i.map { .array([.number($0.lower), .number($0.upper)]) } ?? .null
    }

    static func test(_ t: SignificanceTest?) -> JSONValue {
        guard let t else { return .null }
        var o = JSONObject()
        o["method"] = .string(t.method.rawValue)
        o["statistic"] = number(t.statistic)
        o["df"] = number(t.degreesOfFreedom)
        o["p"] = .number(t.p)
        o["n"] = int(t.n)
        o["significant"] = .bool(t.isSignificant())
        o["reliable"] = .bool(t.isReliable)
        o["smallCells"] = t.smallCells.map { c in
            .object(JSONObject([("cells", int(c.cells)), ("expectedBelow5", int(c.expectedBelow5)),
                                ("minimumExpected", .number(c.minimumExpected))]))
        } ?? .null
        return .object(o)
    }

    static func percentIntervals(_ choices: [ChoiceCount]) -> JSONValue {
        .object(JSONObject(choices.map { ($0.code, interval($0.percentInterval)) }))
    }

    /// `--bands`: the answered values per band.
    static func bands(_ choices: [ChoiceCount]) -> JSONValue {
        .object(JSONObject([
            ("counts", .object(JSONObject(choices.map { ($0.code, int($0.count)) }))),
            ("percent", .object(JSONObject(choices.map { ($0.code, number($0.percent)) }))),
            ("percentInterval", percentIntervals(choices)),
        ]))
    }

    /// The variant-difference tests of a shared-core question, added to its COMPARISON.
    static func addDifference(_ c: CoreComparison, to o: inout JSONObject) {
        let d = c.difference
        o["test"] = test(d.test)
        if !d.optionTests.isEmpty {
            o["optionTests"] = .object(JSONObject(d.optionTests.map { ($0.code, test($0.test)) }))
        }
        if c.first.statistics != nil || c.second.statistics != nil { o["meanTest"] = test(d.meanTest) }
        o["significant"] = .bool(d.isSignificant)
    }

    /// Totals, row and column percentages and the test, added to a CROSSTAB.
    static func addCrossTabStatistics(_ t: CrossTab, to o: inout JSONObject) {
        let table = t.table
        o["rowTotals"] = .object(JSONObject(t.rowCodes.enumerated().map { ($1, int(table.rowTotals[$0])) }))
        o["columnTotals"] = .object(JSONObject(t.columnCodes.enumerated().map { ($1, int(table.columnTotals[$0])) }))
        o["total"] = int(table.total)
        // Totals and percentages of a multiple-choice dimension count respondents: they need not add to 100%.
        o["rowMultiple"] = .bool(t.rowsMultiple)
        o["columnMultiple"] = .bool(t.columnsMultiple)
        func percents(_ p: (Int, Int) -> Double?) -> JSONValue {
            .object(JSONObject(t.rowCodes.enumerated().map { r, code in
                (code, .object(JSONObject(t.columnCodes.enumerated().map { ($1, number(p(r, $0))) })))
            }))
        }
        o["rowPercent"] = percents(table.rowPercent)
        o["columnPercent"] = percents(table.columnPercent)
        o["test"] = test(t.test)
    }

    static func progress(_ p: FieldworkProgress) -> JSONValue {
        func rows(_ rows: [FieldworkProgress.Row], _ key: String) -> JSONValue {
            .array(rows.map { r in
                .object(JSONObject([(key, .string(r.key)), ("complete", int(r.complete)), ("drafts", int(r.drafts))]))
            })
        }
        return .object(JSONObject([
            ("complete", int(p.complete)), ("draftsOutstanding", int(p.draftsOutstanding)),
            ("openConflicts", .array(p.openConflicts.map(JSONValue.string))),
            ("weeks", rows(p.weeks, "week")), ("interviewers", rows(p.interviewers, "interviewer")),
            ("withoutConsent", .object(JSONObject(p.withoutConsent.map { ($0.variant, int($0.count)) }))),
        ]))
    }

    static func groupTable(_ t: GroupTable, _ lang: Lang) -> JSONValue {
        var o = JSONObject()
        o["question"] = .string(t.questionID)
        o["variant"] = .string(t.variant)
        o["type"] = .string(t.type.rawValue)
        o["label"] = .string(t.label.resolve(lang.rawValue))
        o["columns"] = .array(t.columns.map { c in
            .object(JSONObject([("name", .string(c.name)), ("respondents", int(c.respondents)),
                                ("n", int(c.question.answered))]))
        })
        o["rows"] = .array(t.codes.map { code in
            let cells = t.columns.indices.map { t.count(code, column: $0) }
            return .object(JSONObject([
                ("code", .string(code)),
                ("counts", .array(cells.map { int($0.count) })),
                ("percent", .array(cells.map { number($0.percent) })),
                ("percentInterval", .array(cells.map { interval($0.percentInterval) })),
            ]))
        })
        if t.type.isNumeric {
            o["means"] = .array(t.columns.map { number($0.question.statistics?.mean) })
            o["meanIntervals"] = .array(t.columns.map { interval($0.question.statistics?.meanInterval) })
        }
        o["test"] = test(t.test)
        return .object(o)
    }
}
