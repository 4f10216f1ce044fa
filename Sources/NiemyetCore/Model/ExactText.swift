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

/// Numbers texts by exact spelling (see `ExactText`), for tables that meet the same few
/// procedure names tens of thousands of times in a build. Names read from one load-cache
/// record share a single string (`CacheReader.sharedString`), so the texts looked up last
/// are found again by their storage's address, without hashing; others go to the table.
public struct SpellingNumbers {
    private var numbers: [ExactText: Int] = [:]
    /// The last texts looked up, kept alive so that their storage is not reused meanwhile.
    private var recent: [(address: UnsafeRawPointer, count: Int, number: Int, text: String)] = []
    /// The entry of `recent` the next miss replaces.
    private var oldest = 0
    private static let recentLimit = 16

    public init() {}

    /// The number of `text`'s spelling; `make` gives one to a spelling met for the first time.
    public mutating func number(of text: String, orMake make: () -> Int) -> Int {
        var storage = text
        // A string of up to 15 bytes lives inside the value: no address to know it by.
        let address =
            storage.utf8.count > 15 ? storage.withUTF8 { $0.baseAddress.map { UnsafeRawPointer($0) } } : nil
        if let address {
            // By index: a `for` loop would copy each entry, and retain its text, to compare.
            let count = storage.utf8.count
            for index in recent.indices where recent[index].address == address && recent[index].count == count {
                return recent[index].number
            }
        }
        let spelling = ExactText(text)
        let number: Int
        if let known = numbers[spelling] {
            number = known
        } else {
            number = make()
            numbers[spelling] = number
        }
        if let address {
            let entry = (address, storage.utf8.count, number, text)
            if recent.count < Self.recentLimit {
                recent.append(entry)
            } else {
                recent[oldest] = entry
                oldest = (oldest + 1) % Self.recentLimit
            }
        }
        return number
    }
}
