import Foundation

/// `wijk export jsonl`: one interview per line, the response exactly as in its
/// file (format wijk-response, version 1) but compact, so R (`jsonlite::stream_in`),
/// pandas (`read_json(lines=True)`) and jq read it without a custom schema.
/// Drafts keep all their answers, as stored (filter on `status` if needed).
public enum JSONLExport {
    /// In memory: for tests and small sets. The command streams with `write`.
    public static func data(_ responses: [Response]) -> Data {
        var out: [UInt8] = []
        for response in responses { append(response, to: &out) }
        return Data(out)
    }

    /// Streams the plan's interviews to `output` (not committed here).
    public static func write(_ plan: ExportPlan, from source: ExportSource,
                             to output: ExportOutput) throws -> ExportSource.Streamed {
        try source.stream(plan, render: { response, out, _ in append(response, to: &out) }, write: output.write)
    }

    /// One compact JSON object and a line feed (`JSONWriter.data` ends with one).
    static func append(_ response: Response, to out: inout [UInt8]) {
        out.append(contentsOf: JSONWriter.data(response.toJSON(), pretty: false))
    }
}
