import Foundation

/// Text compared and hashed byte for byte. `String` compares by canonical equivalence,
/// normalizing non-ASCII text on every hash and comparison; where a different byte
/// spelling only costs a second look-up (memo tables, exact-spelling fast paths), this
/// key is several times cheaper for Vietnamese text.
public struct ExactText: Hashable, Sendable {
    public let text: String

    public init(_ text: String) { self.text = text }

    public static func == (lhs: ExactText, rhs: ExactText) -> Bool {
        // Compared as contiguous bytes (one memcmp), not byte by byte through iterators.
        guard lhs.text.utf8.count == rhs.text.utf8.count else { return false }
        var left = lhs.text
        var right = rhs.text
        return left.withUTF8 { a in
            right.withUTF8 { b in
                guard let x = a.baseAddress, let y = b.baseAddress else { return true }  // both empty
                return memcmp(x, y, a.count) == 0
            }
        }
    }

    /// Hashes the length and eight bytes at the start, middle and end: texts that share
    /// them are told apart by `==`. Hashing every byte of 40,000 procedure names was most
    /// of the cost of the tables keyed by them.
    public func hash(into hasher: inout Hasher) {
        var bytes = text
        bytes.withUTF8 { utf8 in
            hasher.combine(utf8.count)
            guard utf8.count > 16 else {
                hasher.combine(bytes: UnsafeRawBufferPointer(utf8))
                return
            }
            let raw = UnsafeRawBufferPointer(utf8)
            hasher.combine(raw.loadUnaligned(as: UInt64.self))
            hasher.combine(raw.loadUnaligned(fromByteOffset: utf8.count / 2 - 4, as: UInt64.self))
            hasher.combine(raw.loadUnaligned(fromByteOffset: utf8.count - 8, as: UInt64.self))
        }
    }
}
