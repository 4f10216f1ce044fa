/// How a piece of text looks: size, weight, slant and the role of its colour.
public struct TextStyle: Hashable, Sendable {
    public enum Weight: Hashable, Sendable { case regular, bold }

    /// What the colour says, mapped to ink by the drawing: body text, de-emphasised
    /// text, the campaign's accent and the unit's name.
    public enum Ink: Hashable, Sendable { case text, muted, accent, unit }

    /// The font size in points.
    public var size: Double
    public var weight: Weight
    public var italic: Bool
    public var ink: Ink

    public init(size: Double, weight: Weight = .regular, italic: Bool = false, ink: Ink = .text) {
        self.size = size
        self.weight = weight
        self.italic = italic
        self.ink = ink
    }
}

/// One line of text placed on a page: its top-left corner, its measured box and style.
public struct PlacedText: Hashable, Sendable {
    public var text: String
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double
    public var style: TextStyle
}

/// A thin horizontal rule separating parts of a poster.
public struct PlacedRule: Hashable, Sendable {
    public var x: Double
    public var y: Double
    public var width: Double
}

/// Where the QR code goes (a square including its quiet zone) and the address it opens.
public struct PlacedCode: Hashable, Sendable {
    public var x: Double
    public var y: Double
    public var side: Double
    public var url: String
}

/// One printed page: everything on it, in points from the top-left corner.
public struct PosterPage: Hashable, Sendable {
    public var width: Double
    public var height: Double
    public var texts: [PlacedText] = []
    public var rules: [PlacedRule] = []
    public var code: PlacedCode?

    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }
}

/// A line of text broken to fit a width, with the size the font gives it.
public struct MeasuredLine: Hashable, Sendable {
    public var text: String
    public var width: Double
    public var height: Double

    public init(text: String, width: Double, height: Double) {
        self.text = text
        self.width = width
        self.height = height
    }
}

/// Breaks text into lines as the font will print it, so that layout knows sizes
/// before anything is drawn.
public protocol TextMeasuring {
    /// `text` broken into lines no wider than `width` points (a word longer than the
    /// line is broken between letters), each trimmed of surrounding white space.
    func lines(_ text: String, style: TextStyle, width: Double) -> [MeasuredLine]
}
