import Foundation

/// `wijk export jsonl`: one interview per line, the response exactly as in its
/// file (format wijk-response, version 1) but compact, so R (`jsonlite::stream_in`),
/// pandas (`read_json(lines=True)`) and jq read it without a custom schema.
/// Drafts keep all their answers, as stored (filter on `status` if needed).
public enum JSONLExport {
    public static func data(_ responses: [Response]) -> Data {
        var out = Data()
        for response in responses { out.append(JSONWriter.data(response.toJSON(), pretty: false)) }
        return out
    }
}
