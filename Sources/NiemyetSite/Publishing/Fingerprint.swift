import Foundation

/// A 64-bit FNV-1a digest of a page's inputs: stable across runs and machines (unlike
/// `Hasher`, which is seeded per process), so the manifest of one build serves the next.
struct Fingerprint: Sendable {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func combine(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            state ^= UInt64(byte)
            state &*= 0x100_0000_01b3
        }
        // A separator, so that ("ab", "c") and ("a", "bc") differ.
        state ^= 0xff
        state &*= 0x100_0000_01b3
    }

    mutating func combine(_ text: String) { combine(text.utf8) }

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
