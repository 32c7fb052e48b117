/// A rectangle of cells; `x`/`y` is the top-left corner, `maxX`/`maxY` are exclusive.
public struct Rect: Sendable, Hashable, CustomStringConvertible {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The rectangle at the origin covering `size`.
    public init(_ size: Size) {
        self.init(x: 0, y: 0, width: size.width, height: size.height)
    }

    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    public var size: Size { Size(width: width, height: height) }
    public var isEmpty: Bool { width == 0 || height == 0 }

    public var description: String { "(\(x),\(y) \(width)x\(height))" }

    public func contains(x px: Int, y py: Int) -> Bool {
        px >= x && px < maxX && py >= y && py < maxY
    }

    /// Shrinks every side by `amount` (a frame's border is `inset(by: 1)`).
    public func inset(by amount: Int) -> Rect {
        inset(horizontal: amount, vertical: amount)
    }

    public func inset(horizontal: Int, vertical: Int) -> Rect {
        Rect(x: x + horizontal, y: y + vertical,
             width: width - 2 * horizontal, height: height - 2 * vertical)
    }

    /// The overlap of two rectangles (empty when they do not overlap).
    public func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x), top = max(y, other.y)
        let right = min(maxX, other.maxX), bottom = min(maxY, other.maxY)
        return Rect(x: left, y: top, width: right - left, height: bottom - top)
    }

    /// The top `rows` rows (clamped) — for headers.
    public func top(_ rows: Int) -> Rect {
        Rect(x: x, y: y, width: width, height: min(max(0, rows), height))
    }

    /// The bottom `rows` rows (clamped) — for footers.
    public func bottom(_ rows: Int) -> Rect {
        let h = min(max(0, rows), height)
        return Rect(x: x, y: maxY - h, width: width, height: h)
    }

    /// What is left after removing `top` rows above and `bottom` rows below.
    public func removing(top: Int = 0, bottom: Int = 0) -> Rect {
        let t = min(max(0, top), height)
        return Rect(x: x, y: y + t, width: width, height: height - t - max(0, bottom))
    }

    /// Splits into a left part of `columns` columns and the rest.
    public func splitColumns(_ columns: Int) -> (left: Rect, right: Rect) {
        let w = min(max(0, columns), width)
        return (Rect(x: x, y: y, width: w, height: height),
                Rect(x: x + w, y: y, width: width - w, height: height))
    }
}
