import Foundation

/// A 64-bit digest of inputs (a campaign's decoded files, a page's context): stable across
/// runs and machines (unlike `Hasher`, which is seeded per process), so what one build
/// records serves the next. FNV-1a's multiply, taken eight bytes at a time with a shift
/// that folds high bits back down (byte by byte it was a tenth of a rebuild).
public struct Fingerprint: Sendable, Equatable {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x100_0000_01b3

    private mutating func mix(_ word: UInt64) {
        state = (state ^ word) &* Self.prime
        state ^= state >> 29
    }

    public init() {}

    public mutating func combine(_ bytes: UnsafeRawBufferPointer) {
        var offset = 0
        while offset + 8 <= bytes.count {
            mix(bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        var tail: UInt64 = 0
        while offset < bytes.count {
            tail = tail << 8 | UInt64(bytes[offset])
            offset += 1
        }
        // The length closes each value, so that ("ab", "c") and ("a", "bc") differ.
        mix(tail)
        mix(UInt64(bytes.count) | 0xff00_0000_0000_0000)
    }

    public mutating func combine(_ bytes: some Sequence<UInt8>) {
        let contiguous = Array(bytes)
        contiguous.withUnsafeBytes { combine($0) }
    }

    public mutating func combine(_ text: String) {
        var text = text
        text.withUTF8 { combine(UnsafeRawBufferPointer($0)) }
    }

    /// Sixteen hexadecimal digits.
    public var hex: String {
        let digits = String(state, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
