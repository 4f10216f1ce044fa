import Foundation

/// A 64-bit digest of a page's inputs: stable across runs and machines (unlike `Hasher`,
/// which is seeded per process), so the manifest of one build serves the next. FNV-1a's
/// multiply, taken eight bytes at a time with a shift that folds high bits back down
/// (byte by byte it was a tenth of a rebuild: every page's context is digested).
struct Fingerprint: Sendable {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x100_0000_01b3

    private mutating func mix(_ word: UInt64) {
        state = (state ^ word) &* Self.prime
        state ^= state >> 29
    }

    mutating func combine(_ bytes: UnsafeRawBufferPointer) {
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

    mutating func combine(_ bytes: some Sequence<UInt8>) {
        let contiguous = Array(bytes)
        contiguous.withUnsafeBytes { combine($0) }
    }

    mutating func combine(_ text: String) {
        var text = text
        text.withUTF8 { combine(UnsafeRawBufferPointer($0)) }
    }

    /// Folds in a page context: strings, numbers, flags, lists and keyed groups, the keys
    /// in sorted order so that the digest does not depend on dictionary order.
    mutating func combine(context value: Any) {
        switch value {
        case let text as String:
            combine("s")
            combine(text)
        case let number as Int:
            combine("i\(number)")
        case let flag as Bool:
            combine(flag ? "t" : "f")
        case let group as [String: Any]:
            combine("{")
            for key in group.keys.sorted() {
                combine(key)
                if let child = group[key] { combine(context: child) }
            }
            combine("}")
        case let list as [Any]:
            combine("[")
            for child in list { combine(context: child) }
            combine("]")
        default:
            combine("?\(value)")
        }
    }

    var hex: String {
        let digits = String(state, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
