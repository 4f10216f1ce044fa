import Foundation

/// The load cache's own compact binary layout. Foundation's JSON coding of 50,000
/// registrations cost as much CPU as parsing their YAML again (generic metadata look-ups
/// and a 180 MB text), so each cached type writes and reads its fields in a fixed order.

/// Why a cache record could not be read back; the record is then ignored.
struct CacheDamage: Error {}

/// Appends values to a record's bytes. Integers are variable-length (most are line
/// numbers, columns and counts, one byte each), and each file path is written once per
/// record, then referred to by number: paths were most of a record's bytes, repeated in
/// every located value.
struct CacheWriter {
    var bytes: [UInt8] = []
    private var fileNumbers: [String: Int] = [:]
    /// The path written last and its number: a record's located values nearly all name
    /// one file, and comparing with the same string is cheaper than hashing it again.
    private var lastFile: (path: String, number: Int)?

    mutating func write(_ value: Int) {
        // Zig-zag, then seven bits a byte, low bits first.
        var rest = UInt64(bitPattern: Int64(value) << 1 ^ Int64(value) >> 63)
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// A file path: its number when written before in this record, else the path.
    mutating func write(file: String) {
        if let lastFile, lastFile.path == file {
            write(lastFile.number + 1)
        } else if let number = fileNumbers[file] {
            lastFile = (file, number)
            write(number + 1)
        } else {
            lastFile = (file, fileNumbers.count)
            fileNumbers[file] = fileNumbers.count
            write(0)
            write(file)
        }
    }

    mutating func write(_ value: String) {
        write(value.utf8.count)
        bytes.append(contentsOf: value.utf8)
    }

    mutating func write(_ value: Bool) { bytes.append(value ? 1 : 0) }

    /// Bytes another writer made (with path numbers of its own), as one blob.
    mutating func write(blob: ArraySlice<UInt8>) {
        write(blob.count)
        bytes.append(contentsOf: blob)
    }

    mutating func write<Value: CacheCodable>(_ value: Value) { value.write(to: &self) }
}

/// Reads values back in the order they were written, refusing anything out of bounds.
struct CacheReader {
    let bytes: [UInt8]
    var index: Int
    /// Where this reader's bytes end: a nested reader reads one blob of its parent's.
    private let end: Int
    /// Paths in the order the record first wrote them (see `CacheWriter.write(file:)`).
    private var files: [String] = []
    /// Texts read so far, shared with the readers of this reader's blobs.
    private let texts: SharedTexts

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        index = 0
        end = bytes.count
        texts = SharedTexts()
    }

    /// A reader of `bytes[range]` alone.
    private init(_ bytes: [UInt8], _ range: Range<Int>, texts: SharedTexts) {
        self.bytes = bytes
        index = range.lowerBound
        end = range.upperBound
        self.texts = texts
    }

    var isAtEnd: Bool { index == end }

    /// The bytes not read yet.
    var unread: Range<Int> { index..<end }

    mutating func int() throws(CacheDamage) -> Int {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard index < end, shift < 64 else { throw CacheDamage() }
            let byte = bytes[index]
            index += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        return Int(Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1))
    }

    mutating func file() throws(CacheDamage) -> String {
        let number = try int()
        if number == 0 {
            let path = try string()
            files.append(path)
            return path
        }
        guard number > 0, number <= files.count else { throw CacheDamage() }
        return files[number - 1]
    }

    mutating func string() throws(CacheDamage) -> String { try string(shared: false) }

    /// A text that recurs across the record (a procedure's name): the string read before
    /// with the same bytes, when there is one.
    mutating func sharedString() throws(CacheDamage) -> String { try string(shared: true) }

    private mutating func string(shared: Bool) throws(CacheDamage) -> String {
        let count = try int()
        guard count >= 0, end - index >= count else { throw CacheDamage() }
        // Decoded from a buffer pointer (the quick path), then compared with the bytes: a
        // string that needed repair is not what was written.
        let start = index
        let texts = texts
        let decoded = bytes.withUnsafeBufferPointer { buffer -> String? in
            let stored = UnsafeBufferPointer(rebasing: buffer[start..<start + count])
            if shared, let known = texts.text(stored) { return known }
            var text = String(decoding: stored, as: UTF8.self)
            let same = text.utf8.count == count
                && text.withUTF8 { read in
                    guard let x = read.baseAddress, let y = stored.baseAddress else { return true }  // both empty
                    return memcmp(x, y, count) == 0
                }
            guard same else { return nil }
            if shared { texts.keep(text, stored) }
            return text
        }
        guard let text = decoded else { throw CacheDamage() }
        index += count
        return text
    }

    mutating func bool() throws(CacheDamage) -> Bool {
        guard index < end, bytes[index] <= 1 else { throw CacheDamage() }
        index += 1
        return bytes[index - 1] == 1
    }

    /// A count of elements that must each take at least one byte: a damaged count cannot
    /// make the reader reserve memory the record does not hold.
    mutating func count() throws(CacheDamage) -> Int {
        let count = try int()
        guard count >= 0, count <= end - index else { throw CacheDamage() }
        return count
    }

    mutating func read<Value: CacheCodable>(_: Value.Type = Value.self) throws(CacheDamage) -> Value {
        try Value(from: &self)
    }

    /// A blob written by `CacheWriter.write(blob:)`: its bytes (sharing this reader's
    /// storage), and a reader of them with its own path numbers.
    mutating func blob() throws(CacheDamage) -> (bytes: ArraySlice<UInt8>, reader: CacheReader) {
        let count = try count()
        let range = index..<index + count
        index += count
        return (bytes[range], CacheReader(bytes, range, texts: texts))
    }
}

/// The recurring texts a record has read, found again by their bytes: the same procedure
/// names recur in every unit of a campaign, and one string shared costs less than
/// checking and allocating each copy.
/// Used by one thread: a record is read where it is decoded.
private final class SharedTexts {
    /// Texts of more than 15 bytes (shorter ones live inside the string value, with nothing
    /// to share) and at most `longest`, by a hash of their bytes.
    private var byHash: [Int: [String]] = [:]
    private static let longest = 256

    /// The length and eight bytes at the start, middle and end, mixed (the table hashes
    /// the result again).
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let raw = UnsafeRawBufferPointer(bytes)
        var mixed = UInt64(bytes.count)
        for word in [0, bytes.count / 2 - 4, bytes.count - 8] {
            mixed = (mixed ^ raw.loadUnaligned(fromByteOffset: word, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
        }
        return Int(truncatingIfNeeded: mixed ^ mixed >> 29)
    }

    private static func shares(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.count > 15 && bytes.count <= longest
    }

    /// The text read before with exactly these bytes, if any.
    func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard Self.shares(bytes), let candidates = byHash[Self.hash(bytes)], let start = bytes.baseAddress else { return nil }
        for var candidate in candidates where candidate.utf8.count == bytes.count {
            if candidate.withUTF8({ $0.baseAddress.map { memcmp($0, start, bytes.count) == 0 } ?? false }) { return candidate }
        }
        return nil
    }

    /// Keeps `text`, read from `bytes`.
    func keep(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) {
        guard Self.shares(bytes) else { return }
        byHash[Self.hash(bytes), default: []].append(text)
    }
}

/// A value the load cache can keep.
protocol CacheCodable {
    func write(to writer: inout CacheWriter)
    init(from reader: inout CacheReader) throws(CacheDamage)
}

extension String: CacheCodable {
    func write(to writer: inout CacheWriter) { writer.write(self) }
    init(from reader: inout CacheReader) throws(CacheDamage) { self = try reader.string() }
}

extension Optional: CacheCodable where Wrapped: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.write(self != nil)
        if let self { self.write(to: &writer) }
    }

    init(from reader: inout CacheReader) throws(CacheDamage) {
        self = try reader.bool() ? try Wrapped(from: &reader) : nil
    }
}

extension Array: CacheCodable where Element: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.write(count)
        for element in self { element.write(to: &writer) }
    }

    init(from reader: inout CacheReader) throws(CacheDamage) {
        let count = try reader.count()
        self = []
        reserveCapacity(count)
        for _ in 0..<count { append(try Element(from: &reader)) }
    }
}

extension SourceLocation: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.write(file: file)
        writer.write(line)
        writer.write(column)
    }

    init(from reader: inout CacheReader) throws(CacheDamage) {
        self.init(file: try reader.file(), line: try reader.int(), column: try reader.int())
    }
}

extension Located: CacheCodable where Value: CacheCodable {
    func write(to writer: inout CacheWriter) {
        value.write(to: &writer)
        location.write(to: &writer)
    }

    init(from reader: inout CacheReader) throws(CacheDamage) {
        let value = try Value(from: &reader)
        self.init(value, at: try reader.read())
    }
}

extension LocalDate: CacheCodable {
    func write(to writer: inout CacheWriter) { writer.write(julianDay) }
    init(from reader: inout CacheReader) throws(CacheDamage) { self.init(julianDay: try reader.int()) }
}

extension Block: CacheCodable {
    func write(to writer: inout CacheWriter) { writer.write(id) }
    init(from reader: inout CacheReader) throws(CacheDamage) { self.init(try reader.string()) }
}

extension Turnaround: CacheCodable {
    /// The units by the number a record stores for them (0 is "trong ngày").
    private static let cachedUnits: [Unit] = [.workingDays, .calendarDays, .sessions, .hours, .minutes]

    func write(to writer: inout CacheWriter) {
        switch kind {
        case .sameDay: writer.write(0)
        case .amount(let amount, let unit):
            let number =
                switch unit {
                case .workingDays: 1
                case .calendarDays: 2
                case .sessions: 3
                case .hours: 4
                case .minutes: 5
                }
            writer.write(number)
            writer.write(amount)
        }
    }

    init(from reader: inout CacheReader) throws(CacheDamage) {
        let number = try reader.int()
        if number == 0 {
            self = .sameDay
            return
        }
        guard number > 0, number <= Self.cachedUnits.count else { throw CacheDamage() }
        self.init(try reader.int(), Self.cachedUnits[number - 1])
    }
}

extension RegisteredProcedure: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.write(code)
        writer.write(name)
        writer.write(field)
        writer.write(standard)
        writer.write(reduced)
        writer.write(source)
    }

    init(from reader: inout CacheReader) throws(CacheDamage) {
        self.init(
            code: try reader.read(), name: try reader.sharedString(),
            field: try reader.bool() ? try reader.sharedString() : nil, standard: try reader.read(),
            reduced: try reader.read(), source: try reader.read())
    }
}

extension Registration: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.write(unitID)
        writer.write(name)
        writer.write(block)
        writer.write(postingURL)
        writer.write(procedures)
        writer.write(bodyHTML)
        writer.write(source)
    }

    init(from reader: inout CacheReader) throws(CacheDamage) {
        self.init(
            unitID: try reader.read(), name: try reader.read(), block: try reader.read(), postingURL: try reader.read(),
            procedures: try reader.read(), bodyHTML: try reader.read(), source: try reader.read())
    }
}

extension Activity: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.write(title)
        writer.write(start)
        writer.write(end)
        writer.write(summaryHTML)
        writer.write(source)
    }

    init(from reader: inout CacheReader) throws(CacheDamage) {
        self.init(
            title: try reader.string(), start: try reader.read(), end: try reader.read(), summaryHTML: try reader.read(),
            source: try reader.read())
    }
}

extension UnitResult: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.write(unitID)
        for count in [received, sameDay, onTime, late] { writer.write(count) }
    }

    init(from reader: inout CacheReader) throws(CacheDamage) {
        self.init(
            unitID: try reader.read(), received: try reader.int(), sameDay: try reader.int(), onTime: try reader.int(),
            late: try reader.int())
    }
}

extension Campaign: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.write(id)
        writer.write(title)
        writer.write(theme)
        writer.write(slogan)
        writer.write(summary)
        writer.write(courtesy)
        writer.write(organizer)
        writer.write(start)
        writer.write(end)
        writer.write(published)
        writer.write(maxStandard)
        writer.write(activities)
        writer.write(registrations)
        writer.write(bodyHTML)
        writer.write(results)
        writer.write(source)
    }

    init(from reader: inout CacheReader) throws(CacheDamage) {
        self.init(
            id: try reader.string(), title: try reader.string(), theme: try reader.read(), slogan: try reader.read(),
            summary: try reader.read(), courtesy: try reader.read(), organizer: try reader.string(),
            start: try reader.read(), end: try reader.read(), published: try reader.read(),
            maxStandard: try reader.read(), activities: try reader.read(), registrations: try reader.read(),
            bodyHTML: try reader.string(), results: try reader.read(), source: try reader.read())
    }
}

extension DiagnosticArgument: CacheCodable {
    func write(to writer: inout CacheWriter) {
        switch self {
        case .text(let text):
            writer.write(0)
            writer.write(text)
        case .date(let date):
            writer.write(1)
            writer.write(date)
        case .phrase(let phrase):
            writer.write(2)
            writer.write(phrase)
        }
    }

    init(from reader: inout CacheReader) throws(CacheDamage) {
        switch try reader.int() {
        case 0: self = .text(try reader.string())
        case 1: self = .date(try reader.read())
        case 2: self = .phrase(try reader.string())
        default: throw CacheDamage()
        }
    }
}

extension Diagnostic: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.write(code.rawValue)
        writer.write(severity == .error)
        writer.write(location)
        writer.write(arguments.count)
        for (name, value) in arguments.sorted(by: { $0.key < $1.key }) {
            writer.write(name)
            writer.write(value)
        }
    }

    init(from reader: inout CacheReader) throws(CacheDamage) {
        guard let code = DiagnosticCode(rawValue: try reader.string()) else { throw CacheDamage() }
        let severity: Severity = try reader.bool() ? .error : .warning
        let location: SourceLocation = try reader.read()
        var arguments: [String: DiagnosticArgument] = [:]
        for _ in 0..<(try reader.count()) {
            let name = try reader.string()
            arguments[name] = try reader.read(DiagnosticArgument.self)
        }
        self.init(code, at: location, severity: severity, arguments)
    }
}
