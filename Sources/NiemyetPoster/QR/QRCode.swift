import CQRencode

/// A QR code symbol: a square of dark and light modules encoding an address, made by
/// libqrencode. This file is the only one that touches libqrencode's pointers.
public struct QRCode: Hashable, Sendable {
    /// Modules per side, without the quiet zone.
    public let size: Int
    /// Row-major: `modules[y * size + x]` is true when that module is dark.
    public let modules: [Bool]

    /// Why a text could not be encoded.
    public enum EncodingError: Error, Hashable, Sendable {
        /// libqrencode refused the text (too long for any QR version, or out of memory).
        case cannotEncode(String)
    }

    /// Encodes `text` as 8-bit data with error correction level M (15 % of the symbol
    /// may be soiled or torn and it still scans), in the smallest version that holds it.
    public init(encoding text: String) throws(EncodingError) {
        guard let symbol = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1) else {
            throw .cannotEncode(text)
        }
        defer { QRcode_free(symbol) }
        let width = Int(symbol.pointee.width)
        let data = UnsafeBufferPointer(start: symbol.pointee.data, count: width * width)
        size = width
        modules = data.map { $0 & 1 == 1 }
    }

    /// Whether the module in column `x` and row `y` is dark.
    public func isDark(x: Int, y: Int) -> Bool { modules[y * size + x] }
}
