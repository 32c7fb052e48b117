import Foundation

extension Response {
    /// The response as JSON, keys in the documented order: format, formatVersion,
    /// id, questionnaire {id, version}, variant, status, interviewer, device,
    /// createdAt, updatedAt, revision (omitted when 0), completedAt (omitted when nil), answers and remarks
    /// (keys sorted, for stable diffs), audit, resumeAt (omitted when nil).
    public func toJSON() -> JSONValue {
        var top: [(key: String, value: JSONValue)] = []
        top.reserveCapacity(17)
        top.append(("format", .string(Response.format)))
        top.append(("formatVersion", .number(Double(Response.formatVersion))))
        top.append(("id", .string(id)))
        top.append(("questionnaire", .object(JSONObject([
            ("id", .string(questionnaire.id)),
            ("version", .string(questionnaire.version)),
        ]))))
        top.append(("variant", .string(variant)))
        top.append(("status", .string(status.rawValue)))
        top.append(("interviewer", .string(interviewer)))
        top.append(("device", .string(device)))
        top.append(("createdAt", .string(Timestamp.format(createdAt))))
        top.append(("updatedAt", .string(Timestamp.format(updatedAt))))
        if revision != 0 { top.append(("revision", .number(Double(revision)))) }
        if let completedAt { top.append(("completedAt", .string(Timestamp.format(completedAt)))) }
        top.append(("answers", .object(JSONObject(
            answers.sorted { $0.key < $1.key }.map { ($0.key, $0.value.json) }))))
        top.append(("remarks", .object(JSONObject(
            remarks.sorted { $0.key < $1.key }.map { ($0.key, JSONValue.string($0.value)) }))))
        top.append(("audit", .array(audit.map(\.json))))
        if let resumeAt { top.append(("resumeAt", resumeAt.json)) }
        return .object(JSONObject(top))
    }

    /// The file contents: pretty JSON with a trailing newline.
    public func encoded() -> Data {
        JSONWriter.data(toJSON(), pretty: true)
    }
}

extension AuditEntry {
    /// `{"at", "event", "question"?, "old"?, "new"?}`; absent fields are omitted.
    public var json: JSONValue {
        var entries: [(key: String, value: JSONValue)] = [
            ("at", .string(Timestamp.format(at))),
            ("event", .string(event)),
        ]
        if let question { entries.append(("question", .string(question))) }
        if let old { entries.append(("old", old.json)) }
        if let new { entries.append(("new", new.json)) }
        return .object(JSONObject(entries))
    }
}

extension ResumePoint {
    /// `{"question", "pending"?, "remark"?}`.
    public var json: JSONValue {
        var entries: [(key: String, value: JSONValue)] = [("question", .string(question))]
        if let pending { entries.append(("pending", .string(pending))) }
        if let remark { entries.append(("remark", .string(remark))) }
        return .object(JSONObject(entries))
    }
}
