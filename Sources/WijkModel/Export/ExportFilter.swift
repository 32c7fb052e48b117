/// Which interviews an export includes. By default only complete ones; the
/// aggregation's richer filters will replace this (same meaning for these).
public struct ExportFilter: Sendable, Hashable {
    /// Variants to keep; empty keeps all.
    public var variants: Set<String>
    /// Statuses to keep.
    public var statuses: Set<ResponseStatus>
    /// Gemeenten to keep (compared without case and surrounding spaces); empty keeps all.
    public var gemeenten: Set<String>

    public init(variants: Set<String> = [], statuses: Set<ResponseStatus> = [.complete],
                gemeenten: Set<String> = []) {
        self.variants = variants; self.statuses = statuses
        self.gemeenten = Set(gemeenten.map(Self.normalize))
    }

    public func includes(_ response: Response) -> Bool {
        guard statuses.contains(response.status) else { return false }
        if !variants.isEmpty && !variants.contains(response.variant) { return false }
        if !gemeenten.isEmpty {
            guard case .text(let g)? = response.answers[MetadataID.gemeente],
                  gemeenten.contains(Self.normalize(g)) else { return false }
        }
        return true
    }

    static func normalize(_ s: String) -> String {
        s.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
