/// The sheet a poster is printed on. Each size is laid out for its own page, with its
/// own margins and type sizes, rather than one layout scaled up.
public enum PaperSize: String, CaseIterable, Sendable, Hashable {
    case a4 = "A4"
    case a3 = "A3"

    /// Reads "A4" or "a3" as staff type it.
    public init?(name: String) {
        guard let size = PaperSize(rawValue: name.uppercased()) else { return nil }
        self = size
    }

    /// Width in PostScript points (1/72 inch): 210 mm for A4, 297 mm for A3.
    public var width: Double {
        switch self {
        case .a4: PaperSize.points(millimetres: 210)
        case .a3: PaperSize.points(millimetres: 297)
        }
    }

    /// Height in points: 297 mm for A4, 420 mm for A3.
    public var height: Double {
        switch self {
        case .a4: PaperSize.points(millimetres: 297)
        case .a3: PaperSize.points(millimetres: 420)
        }
    }

    /// The white border kept free of ink on every side.
    var margin: Double {
        switch self {
        case .a4: PaperSize.points(millimetres: 14)
        case .a3: PaperSize.points(millimetres: 18)
        }
    }

    /// How much larger the type is than on A4. Less than the 1.41 of the page, so that an
    /// A3 sheet holds more procedures at a comfortable size instead of the same ones bigger.
    var typeScale: Double {
        switch self {
        case .a4: 1.0
        case .a3: 1.3
        }
    }

    /// The side of the QR code, large enough to scan from an arm's length.
    var qrSide: Double {
        switch self {
        case .a4: PaperSize.points(millimetres: 34)
        case .a3: PaperSize.points(millimetres: 44)
        }
    }

    static func points(millimetres: Double) -> Double { millimetres * 72 / 25.4 }
}
