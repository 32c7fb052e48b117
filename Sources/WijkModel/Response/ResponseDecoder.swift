import Foundation

/// Reads response files (`format: "wijk-response"`) into `Response`.
///
/// The collecting form reports every structural problem with its JSON path
/// (`$.status`, `$.answers.q3`, `$.audit[2].at`). Unknown keys are ignored so
/// that older Wijk versions can read files with added fields; a higher
/// `formatVersion` is refused outright. `completedAt`, `remarks` and `audit`
/// may be absent; `null` counts as absent for optional fields.
public enum ResponseDecoder {
    /// Decodes a parsed file. `response` is nil exactly when `problems` is not empty.
    public static func decode(_ json: JSONValue, lang: Lang = .nl) -> (response: Response?, problems: [Problem]) {
        var d = Decoding(lang: lang)
        let response = d.response(json)
        return (d.problems.isEmpty ? response : nil, d.problems)
    }

    /// Parses and decodes file contents, throwing the first failure.
    public static func decode(_ data: Data, lang: Lang = .nl) throws(ResponseFileError) -> Response {
        let result: Result<Response, ResponseFileError> = data.withUnsafeBytes { bytes in
            do throws(ResponseFileError) { return .success(try decode(bytes: bytes, lang: lang)) } catch { return .failure(error) }
        }
        return try result.get()
    }

    /// As `decode(_:lang:)`, on bytes a `CorpusReader` holds (no `Data` copy per file).
    public static func decode(bytes: UnsafeRawBufferPointer, lang: Lang = .nl) throws(ResponseFileError) -> Response {
        let json: JSONValue
        do { json = try JSONParser.parse(bytes: bytes) } catch { throw .syntax(error) }
        var d = Decoding(lang: lang)
        let response = d.response(json)
        if let found = d.newerVersion { throw .newerFormatVersion(found: found, supported: Response.formatVersion) }
        guard d.problems.isEmpty, let response else { throw .invalid(d.problems) }
        return response
    }

    static func newerVersionMessage(found: Int, supported: Int, _ lang: Lang) -> String {
        lang.t("formatVersion \(found) is nieuwer dan deze Wijk ondersteunt (\(supported)); werk Wijk bij",
               "formatVersion \(found) is newer than this Wijk supports (\(supported)); update Wijk")
    }

    /// `$.answers.q3`, or `$.answers["odd key"]` when the key is not a plain name.
    static func path(_ base: String, _ key: String) -> String {
        let plain = !key.isEmpty && key.utf8.allSatisfy { b in
            (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F || b == 0x2D
        }
        if plain { return base + "." + key }
        return base + "[" + JSONWriter.write(.string(key), pretty: false) + "]"
    }
}

/// The state of one decode: the language and the problems found so far.
private struct Decoding {
    let lang: Lang
    var problems: [Problem] = []
    var newerVersion: Int?

    init(lang: Lang) { self.lang = lang }

    mutating func report(_ path: String, _ nl: String, _ en: String) {
        problems.append(Problem(path: path, message: lang.t(nl, en)))
    }

    mutating func missing(_ path: String) { report(path, "ontbreekt", "missing") }

    mutating func string(_ value: JSONValue?, _ path: String, required: Bool = true) -> String? {
        switch value {
        case .string(let s)?: return s
        case nil, .null?:
            if required { missing(path) }
            return nil
        default:
            report(path, "moet een tekst zijn", "must be a string")
            return nil
        }
    }

    mutating func date(_ value: JSONValue?, _ path: String, required: Bool = true) -> Date? {
        guard let s = string(value, path, required: required) else { return nil }
        if let date = Timestamp.parse(s) { return date }
        report(path, "ongeldig tijdstip \"\(s)\" (verwacht bv. 2026-11-30T17:11:31.123Z)",
               "invalid timestamp \"\(s)\" (expected e.g. 2026-11-30T17:11:31.123Z)")
        return nil
    }

    mutating func object(_ value: JSONValue?, _ path: String, required: Bool = true) -> JSONObject? {
        switch value {
        case .object(let o)?: return o
        case nil, .null?:
            if required { missing(path) }
            return nil
        default:
            report(path, "moet een object ({…}) zijn", "must be an object ({…})")
            return nil
        }
    }

    mutating func answer(_ value: JSONValue, _ path: String) -> AnswerValue? {
        if let a = AnswerValue(json: value) { return a }
        report(path, "ongeldig antwoord: verwacht tekst, getal, true/false, lijst van teksten of {\"special\": \"dontKnow\"/\"refused\"}",
               "invalid answer: expected a string, number, true/false, list of strings or {\"special\": \"dontKnow\"/\"refused\"}")
        return nil
    }

    mutating func response(_ json: JSONValue) -> Response? {
        guard case .object(let top) = json else {
            report("$", "het bestand bevat geen JSON-object", "the file does not contain a JSON object")
            return nil
        }
        // One pass over the keys instead of a linear subscript per field.
        var format, version, id, questionnaire, variant, status, interviewer, device: JSONValue?
        var createdAt, updatedAt, revision, completedAt, answers, remarks, audit, resumeAt: JSONValue?
        for (key, value) in top.entries {
            switch key {
            case "format": format = value
            case "formatVersion": version = value
            case "id": id = value
            case "questionnaire": questionnaire = value
            case "variant": variant = value
            case "status": status = value
            case "interviewer": interviewer = value
            case "device": device = value
            case "createdAt": createdAt = value
            case "updatedAt": updatedAt = value
            case "revision": revision = value
            case "completedAt": completedAt = value
            case "answers": answers = value
            case "remarks": remarks = value
            case "audit": audit = value
            case "resumeAt": resumeAt = value
            default: break   // unknown keys: written by a newer Wijk, ignored
            }
        }

        if let f = string(format, "$.format"), f != Response.format {
            report("$.format", "geen Wijk-antwoordbestand (format is \"\(f)\", verwacht \"\(Response.format)\")",
                   "not a Wijk response file (format is \"\(f)\", expected \"\(Response.format)\")")
        }
        switch version {
        case .number(let v)? where v == v.rounded() && v >= 1 && v < 1e9:
            if Int(v) > Response.formatVersion {
                newerVersion = Int(v)
                problems.append(Problem(path: "$.formatVersion", message: ResponseDecoder.newerVersionMessage(
                    found: Int(v), supported: Response.formatVersion, lang)))
                return nil   // fields may mean something else now: don't guess
            }
        case nil, .null?: missing("$.formatVersion")
        default: report("$.formatVersion", "moet een positief geheel getal zijn", "must be a positive whole number")
        }

        let idValue = string(id, "$.id")
        if idValue?.isEmpty == true { report("$.id", "mag niet leeg zijn", "must not be empty") }
        var ref: QuestionnaireRef?
        if let q = object(questionnaire, "$.questionnaire") {
            let qid = string(q["id"], "$.questionnaire.id")
            let qversion = string(q["version"], "$.questionnaire.version")
            if let qid, let qversion { ref = QuestionnaireRef(id: qid, version: qversion) }
        }
        let variantValue = string(variant, "$.variant")
        var statusValue: ResponseStatus?
        if let s = string(status, "$.status") {
            statusValue = ResponseStatus(rawValue: s)
            if statusValue == nil {
                report("$.status", "onbekende status \"\(s)\" (verwacht draft of complete)",
                       "unknown status \"\(s)\" (expected draft or complete)")
            }
        }
        let interviewerValue = string(interviewer, "$.interviewer")
        let deviceValue = string(device, "$.device")
        let created = date(createdAt, "$.createdAt")
        let updated = date(updatedAt, "$.updatedAt")
        let completed = date(completedAt, "$.completedAt", required: false)
        var revisionValue = 0
        switch revision {
        case nil, .null?: break   // written before the counter existed: revision 0
        case .number(let v)? where v == v.rounded() && v >= 0 && v <= Double(Response.maxRevision):
            revisionValue = Int(v)
        default:
            report("$.revision", "moet een geheel getal van 0 tot \(Response.maxRevision) zijn",
                   "must be a whole number from 0 to \(Response.maxRevision)")
        }

        var answerValues: [String: AnswerValue] = [:]
        if let a = object(answers, "$.answers") {
            answerValues.reserveCapacity(a.entries.count)
            for (key, value) in a.entries {
                if let v = AnswerValue(json: value) {
                    answerValues[key] = v
                } else {
                    _ = answer(value, ResponseDecoder.path("$.answers", key))
                }
            }
        }
        var remarkValues: [String: String] = [:]
        if let r = object(remarks, "$.remarks", required: false) {
            for (key, value) in r.entries {
                if case .string(let s) = value { remarkValues[key] = s; continue }
                report(ResponseDecoder.path("$.remarks", key), "opmerking moet een tekst zijn", "remark must be a string")
            }
        }
        let auditEntries = auditTrail(audit)
        let resumePoint = self.resumePoint(resumeAt)

        guard let idValue, let ref, let variantValue, let statusValue, let interviewerValue,
              let deviceValue, let created, let updated, problems.isEmpty else { return nil }
        var decoded = Response(id: idValue, questionnaire: ref, variant: variantValue, status: statusValue,
                               interviewer: interviewerValue, device: deviceValue, createdAt: created,
                               updatedAt: updated, revision: revisionValue, completedAt: completed, answers: answerValues,
                               remarks: remarkValues, audit: auditEntries)
        decoded.resumeAt = resumePoint
        return decoded
    }

    /// `resumeAt`: optional; `{"question": id, "pending"?: text, "remark"?: text}`.
    mutating func resumePoint(_ value: JSONValue?) -> ResumePoint? {
        guard let o = object(value, "$.resumeAt", required: false) else { return nil }
        let question = string(o["question"], "$.resumeAt.question")
        let pending = string(o["pending"], "$.resumeAt.pending", required: false)
        let remark = string(o["remark"], "$.resumeAt.remark", required: false)
        return question.map { ResumePoint(question: $0, pending: pending, remark: remark) }
    }

    mutating func auditTrail(_ value: JSONValue?) -> [AuditEntry] {
        switch value {
        case nil, .null?: return []
        case .array(let items)?:
            var entries: [AuditEntry] = []
            entries.reserveCapacity(items.count)
            for (i, item) in items.enumerated() {
                let path = "$.audit[\(i)]"
                guard case .object(let o) = item else {
                    report(path, "moet een object ({…}) zijn", "must be an object ({…})")
                    continue
                }
                var at, event, question, old, new: JSONValue?
                for (key, value) in o.entries {
                    switch key {
                    case "at": at = value
                    case "event": event = value
                    case "question": question = value
                    case "old": old = value
                    case "new": new = value
                    default: break
                    }
                }
                let atDate = date(at, path + ".at")
                let eventName = string(event, path + ".event")
                let questionID = string(question, path + ".question", required: false)
                var oldValue: AnswerValue?, newValue: AnswerValue?
                if let old, old != .null { oldValue = answer(old, path + ".old") }
                if let new, new != .null { newValue = answer(new, path + ".new") }
                if let atDate, let eventName {
                    entries.append(AuditEntry(at: atDate, event: eventName, question: questionID,
                                              old: oldValue, new: newValue))
                }
            }
            return entries
        default:
            report("$.audit", "moet een lijst ([…]) zijn", "must be a list ([…])")
            return []
        }
    }
}
