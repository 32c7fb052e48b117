/// SPSS variable names from column names: letters, digits and `_` only (a
/// dot, as in `drempels.taal`, becomes `_`), a letter first, at most 64
/// bytes, not a reserved word, unique without regard to case.
enum SPSSNames {
    static let reserved: Set<String> = ["ALL", "AND", "BY", "EQ", "GE", "GT", "LE", "LT", "NE", "NOT", "OR", "TO", "WITH"]

    static func make(_ columns: [String]) -> [String] {
        var used: Set<String> = []
        return columns.map { column in
            var base = String(column.unicodeScalars.map { s -> Character in
                s.isASCII && (s.properties.isAlphabetic || ("0"..."9").contains(s) || s == "_")
                    ? Character(s) : "_"
            })
            if base.first.map({ !$0.isLetter }) ?? true { base = "v" + base }
            if reserved.contains(base.uppercased()) { base += "_" }
            base = String(base.prefix(64))
            var name = base
            var n = 2
            while used.contains(name.uppercased()) {
                let suffix = "_\(n)"
                name = String(base.prefix(64 - suffix.count)) + suffix
                n += 1
            }
            used.insert(name.uppercased())
            return name
        }
    }
}
