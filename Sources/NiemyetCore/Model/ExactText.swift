/// Text compared and hashed byte for byte. `String` compares by canonical equivalence,
/// normalizing non-ASCII text on every hash and comparison; where a different byte
/// spelling only costs a second look-up (memo tables, exact-spelling fast paths), this
/// key is several times cheaper for Vietnamese text.
public struct ExactText: Hashable, Sendable {
    public let text: String

    public init(_ text: String) { self.text = text }

    public static func == (lhs: ExactText, rhs: ExactText) -> Bool {
        lhs.text.utf8.elementsEqual(rhs.text.utf8)
    }

    public func hash(into hasher: inout Hasher) {
        var bytes = text
        bytes.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
