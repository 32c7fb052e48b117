import Foundation

/// Codebooks as CSV: what `wijk codes export --format csv` writes
/// (`id,name,description,parent,color`, the parent by name) and what
/// `wijk codes import` reads — that, Taguette's codebook export
/// (`tag,description,number of highlights`) and any CSV with a `name`,
/// `code` or `tag` column (optional `description`, `parent`/`theme`/`group`,
/// `color`/`colour`). Comma, semicolon or tab, found from the header.
public enum CodebookCSV {
    public static func write(_ book: CodeBook) -> String {
        var out = "id,name,description,parent,color\r\n"
        for c in book.outline {
            let parent = c.parent.flatMap { book.code($0)?.name } ?? ""
            out += [c.id, c.name, c.description, parent, c.color ?? ""].map { CSVField.quote($0) }.joined(separator: ",") + "\r\n"
        }
        return out
    }

    public static func read(_ data: Data) throws(CodingError) -> [ImportedCode] {
        var text = String(decoding: data, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" && $0 != "\r" }
        let delimiter: Character = firstLine.contains("\t") ? "\t" : (firstLine.contains(";") && !firstLine.contains(",") ? ";" : ",")
        let rows = parse(text, delimiter: delimiter).filter { !($0.count == 1 && $0[0].isEmpty) }
        guard let header = rows.first?.map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) else {
            throw .unreadableImport("empty file")
        }
        func column(_ names: [String]) -> Int? { names.lazy.compactMap { header.firstIndex(of: $0) }.first }
        guard let nameColumn = column(["name", "code", "tag", "naam"]) else {
            throw .unreadableImport("no column name, code or tag (header: \(header.joined(separator: ",")))")
        }
        let description = column(["description", "beschrijving", "definition"])
        let parent = column(["parent", "theme", "thema", "group", "category"])
        let color = column(["color", "colour", "kleur"])
        var top: [ImportedCode] = []
        var children: [(parent: String, code: ImportedCode)] = []
        for row in rows.dropFirst() {
            func cell(_ i: Int?) -> String {
                guard let i, i < row.count else { return "" }
                return Self.unneutralised(row[i].trimmingCharacters(in: .whitespaces))
            }
            let name = cell(nameColumn)
            guard !name.isEmpty else { continue }
            let code = ImportedCode(name: name, description: cell(description), color: cell(color).isEmpty ? nil : cell(color))
            let theme = cell(parent)
            if theme.isEmpty { top.append(code) } else { children.append((theme, code)) }
        }
        for (theme, code) in children {
            if let i = top.firstIndex(where: { $0.name.compare(theme, options: .caseInsensitive) == .orderedSame }) {
                top[i].children.append(code)
            } else {
                top.append(ImportedCode(name: theme, children: [code]))
            }
        }
        return top
    }

    /// A cell our own export protected against formulas (`'=…`) reads as written.
    static func unneutralised(_ s: String) -> String {
        guard s.hasPrefix("'"), let next = s.utf8.dropFirst().first, CSVField.triggers(next) else { return s }
        return String(s.dropFirst())
    }

    /// RFC 4180 rows: quoted fields may hold the delimiter, quotes (doubled) and line breaks.
    static func parse(_ text: String, delimiter: Character) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = ""
        var quoted = false, wasQuoted = false
        var chars = text.makeIterator()
        var pending: Character? = nil
        while let c = pending ?? chars.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let n = chars.next() { if n == "\"" { field.append("\"") } else { quoted = false; pending = n } } else { quoted = false }
                } else { field.append(c) }
                continue
            }
            switch c {
            case "\"" where field.isEmpty && !wasQuoted: quoted = true; wasQuoted = true
            case delimiter: row.append(field); field = ""; wasQuoted = false
            case "\n", "\r\n", "\r": row.append(field); rows.append(row); row = []; field = ""; wasQuoted = false
            default: field.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty || wasQuoted { row.append(field); rows.append(row) }
        return rows
    }
}
