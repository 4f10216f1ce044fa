import Foundation
import Synchronization

/// What tells one version of a file from another without reading it: size, inode and
/// the modification and status-change times in nanoseconds (`stat`, following links).
struct FileStamp: Hashable, Sendable {
    var size: Int64
    var inode: UInt64
    var modified: Int64
    var changed: Int64

    init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        self.init(status)
    }

    /// The stamp of a `stat` or `lstat` result (of a file that is no symbolic link).
    init(_ status: stat) {
        size = Int64(status.st_size)
        inode = UInt64(status.st_ino)
        modified = Int64(status.st_mtim.tv_sec) * 1_000_000_000 + Int64(status.st_mtim.tv_nsec)
        changed = Int64(status.st_ctim.tv_sec) * 1_000_000_000 + Int64(status.st_ctim.tv_nsec)
    }

    /// Whether the file was last written at least a second before `moment` (nanoseconds):
    /// a file written in the same clock tick as it was read could change again without its
    /// stamp changing, so only settled files are kept in the cache.
    func isSettled(before moment: Int64) -> Bool {
        max(modified, changed) < moment - 1_000_000_000
    }

    /// Now, in the nanoseconds the stamps use.
    static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }

    var description: String { "\(size):\(inode):\(modified):\(changed)" }
}

/// One file's decoded result as the cache keeps it: the value and the file's own
/// diagnostics, valid while the file keeps `stamp`.
struct CachedFile<Value: CacheCodable & Sendable>: Sendable {
    var stamp: FileStamp
    var value: Value
    var diagnostics: [Diagnostic]
    /// What the file decoded to, as a digest (see `Decoded`).
    var digest: String
    /// `value` and `diagnostics` as `Decoded` wrote them to take their digest: stored as
    /// they are, so a record costs no second encoding.
    var encoded: ArraySlice<UInt8>
}

/// A file's decoded value and diagnostics with the digest of both: equal digests mean
/// the file reads the same, whatever its stamp (see `Project.sourceDigests`).
struct Decoded<Value: CacheCodable & Sendable> {
    var value: Value
    var diagnostics: [Diagnostic]
    var digest: String
    /// The bytes the digest was taken of (empty when the digest came from the cache).
    var encoded: ArraySlice<UInt8>

    init(_ value: Value, _ diagnostics: [Diagnostic]) {
        var writer = CacheWriter()
        writer.write(value)
        writer.write(diagnostics)
        var fingerprint = Fingerprint()
        writer.bytes.withUnsafeBytes { fingerprint.combine($0) }
        self.init(value, diagnostics, digest: fingerprint.hex, encoded: writer.bytes[...])
    }

    init(_ value: Value, _ diagnostics: [Diagnostic], digest: String, encoded: ArraySlice<UInt8> = []) {
        self.value = value
        self.diagnostics = diagnostics
        self.digest = digest
        self.encoded = encoded
    }
}

/// The running niemyet binary, told apart from a rebuilt one by its stamp: what it made
/// earlier (cache records, pages of unchanged campaigns) is trusted only by itself.
public enum RunningBinary {
    public static var stamp: String? { FileStamp(path: "/proc/self/exe")?.description }
}

/// What a campaign's front matter file decodes to, before its unit files and results.
struct CampaignHead: Sendable {
    /// False when the front matter could not be read as a mapping: the campaign's unit
    /// files are then not read at all.
    var readsUnits: Bool
    /// The campaign with its inline registrations; nil when required keys are missing.
    var campaign: Campaign?
}

/// Everything cached for one campaign: its front matter, each unit file and results.csv.
/// Not `Sendable`: a stored record's unit entries read their values with the record's
/// reader, on the thread that read the record.
struct CampaignRecord {
    /// The `LoadCache.context` the record was decoded under.
    var context: String
    var head: CachedFile<CampaignHead>?
    /// The files of `units/` in the order of their names (the order `OpenFolder.names`
    /// lists them in): the decoder walks them beside the folder's listing. A record whose
    /// entries are out of order only has its unit files decoded again.
    var units: [UnitRecord] = []
    var results: CachedFile<[UnitResult]>?
}

/// One unit file's entry in a campaign's record: its name in `units/`, the stamp it was
/// read with, and what it decoded to. Read from a stored record, the value stays encoded
/// until the decoder finds the file unchanged: it is then decoded once, straight into the
/// campaign, and a file changed or gone costs nothing to skip. (Decoded whole and kept in
/// a dictionary by name, the entries were copied, hashed and destroyed a few times each.)
struct UnitRecord {
    var name: String
    var stamp: FileStamp
    /// What the file decoded to, as a digest (see `Decoded`).
    var digest: String
    /// The value and diagnostics as `Decoded` wrote them, kept to write the record again.
    var encoded: ArraySlice<UInt8>
    /// A reader of `encoded` that shares the stored record's texts; nil for an entry made
    /// by this run, which is only written.
    private var reader: CacheReader?

    /// The entry of a file decoded by this run.
    init(name: String, file: CachedFile<Registration?>) {
        self.name = name
        stamp = file.stamp
        digest = file.digest
        encoded = file.encoded
    }

    /// The registration and diagnostics of a stored entry; nil when they do not read back
    /// (the file is then decoded again).
    func decoded() -> (value: Registration?, diagnostics: [Diagnostic])? {
        guard var reader else { return nil }
        guard let value = try? reader.read(Registration?.self), let diagnostics = try? reader.read([Diagnostic].self),
            reader.isAtEnd
        else { return nil }
        return (value, diagnostics)
    }
}

extension UnitRecord: CacheCodable {
    /// The name, then the same layout as a `CachedFile`.
    func write(to writer: inout CacheWriter) {
        writer.write(name)
        writer.write(stamp)
        writer.write(blob: encoded)
        writer.write(digest)
    }

    init(from reader: inout CacheReader) throws(CacheDamage) {
        name = try reader.string()
        stamp = try reader.read()
        (encoded, self.reader) = try reader.blob()
        digest = try reader.string()
    }
}

/// The records a run found in the cache folder: the pack, mapped, and the names of
/// records written on their own since (each replaces the pack's record of its campaign).
struct StoredRecords: Sendable {
    /// The pack file, mapped: each record is copied out by the worker that decodes it, so
    /// no thread reads the whole pack before the others can start.
    var pack = Data()
    /// Where each campaign's record lies in `pack`.
    var index: [String: Range<Int>] = [:]
    var loose: Set<String> = []
    /// Every file in the folder: those not in the next pack are removed when it is written.
    var files: [String] = []

    static let none = StoredRecords()
}

/// Where a record's bytes are: a range of the mapped pack (not copied while the run
/// goes on: the pack stays mapped), in memory (read from its own file, or new), or
/// already in the pack being written (`PackWriter`).
enum RecordBytes: Sendable {
    case pack(Range<Int>)
    case memory(ArraySlice<UInt8>)
    case written
}

/// The pack a run writes while it decodes, when it found none: each record is appended as
/// soon as it is made, so a first run neither keeps every record until the end nor
/// writes them all after the parallel part. The table and its length follow the records.
final class PackWriter: Sendable {
    private struct State {
        var descriptor: Int32
        var offset = 0
        var entries: [(name: String, offset: Int, length: Int)] = []
        var failed = false
    }

    private let temporary: String
    private let state: Mutex<State>

    /// A new, empty pack file beside where `cache` keeps its pack; nil if it cannot be made.
    init?(for cache: LoadCache) {
        temporary = cache.temporaryPath(for: LoadCache.packName)
        var descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        if descriptor < 0, errno == ENOENT, cache.makeFolder() {
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        }
        guard descriptor >= 0 else { return nil }
        state = Mutex(State(descriptor: descriptor))
    }

    func append(_ name: String, _ bytes: ArraySlice<UInt8>) {
        state.withLock { state in
            guard !state.failed else { return }
            if NewFile.write(bytes, to: state.descriptor) != nil {
                state.failed = true
                return
            }
            state.entries.append((name, state.offset, bytes.count))
            state.offset += bytes.count
        }
    }

    /// Writes the table and puts the pack in place of `path`; false if anything failed.
    func finish(as path: String) -> Bool {
        let written = state.withLock { state -> Bool in
            defer { close(state.descriptor) }
            guard !state.failed else { return false }
            var table = CacheWriter()
            table.write(LoadCache.format)
            table.write(state.entries.count)
            for entry in state.entries.sorted(by: { $0.name < $1.name }) {
                table.write(entry.name)
                table.write(entry.offset)
                table.write(entry.length)
            }
            let length = (0..<8).map { UInt8(truncatingIfNeeded: table.bytes.count >> ($0 * 8)) }
            return NewFile.write(table.bytes[...], to: state.descriptor) == nil
                && NewFile.write(length[...], to: state.descriptor) == nil
        }
        guard written, rename(temporary, path) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }

    /// Removes the file: nothing in it was new.
    func discard() {
        _ = state.withLock { close($0.descriptor) }
        unlink(temporary)
    }
}

/// A campaign's record as a run leaves it: the bytes to keep, and whether they are new.
struct RecordOutcome: Sendable {
    var name: String
    var bytes: RecordBytes
    var changed: Bool
}

/// Decoded campaign files kept between runs in `<project>/.niemyet/cache/`, so that
/// `validate`, `build` and the other commands re-read only the files that changed.
///
/// Only per-file decoding is cached; cross-file rules always run over the whole project.
/// A record is used only when it decodes, was written by this very niemyet binary for the
/// same project path and the same shared registries, and each file still has the stamp it
/// was read with; anything else is ignored and rewritten.
///
/// Records live in one pack file, written whole when many records changed (a first run),
/// and in one file per campaign for the few that change between two runs: creating a
/// thousand small files cost a cold run more kernel time than writing one large one, and
/// rewriting the whole pack for every edit would cost a rebuild. Every file is replaced
/// atomically (written aside, then renamed).
struct LoadCache: Sendable {
    /// Bumped whenever the layout of a record or of the pack changes.
    static let format = "niemyet-load-cache-7"
    static let packName = "records.pack"
    /// Records written on their own before the next run writes a pack of them all.
    static let looseLimit = 32

    let folder: URL
    /// Everything besides a file's own bytes that its decoded result depends on.
    let context: String
    /// When loading began (nanoseconds), to keep files written just now out of the cache.
    let started: Int64

    /// A cache for the project at `root`, or nil when one of the inputs every campaign
    /// depends on (the binary, `units.yaml`, `procedures.yaml`) was written too recently to
    /// be told apart from a later edit.
    init?(root: URL, displayRoot: String, registries: [String]) {
        started = FileStamp.now()
        // The running binary itself: a rebuilt niemyet never trusts an older one's records.
        guard let binary = RunningBinary.stamp else { return nil }
        var parts = [Self.format, "binary " + binary, "root " + displayRoot]
        for relative in registries {
            let stamp = FileStamp(path: root.appendingPathComponent(relative).path)
            if let stamp, !stamp.isSettled(before: started) { return nil }
            parts.append(relative + " " + (stamp?.description ?? "absent"))
        }
        context = parts.joined(separator: "\n")
        folder = root.appendingPathComponent(WorkingFolder.name + "/cache", isDirectory: true)
    }

    /// The name a campaign's record is kept under; nil for ids that cannot name a file safely.
    static func name(of source: ProjectLoader.CampaignSource) -> String? {
        guard Spelling.isSlug(source.id) else { return nil }
        return (source.folder == nil ? "file-" : "folder-") + source.id + ".record"
    }

    /// Lists the folder and maps the pack; a pack that cannot be read counts as none.
    ///
    /// A pack is the records one after another, then a table (format, then each record's
    /// name, offset and length), then the table's length (8 bytes, little-endian).
    func stored() -> StoredRecords {
        var stored = StoredRecords()
        stored.files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for file in stored.files where file.hasSuffix(".record") { stored.loose.insert(file) }
        guard stored.files.contains(Self.packName),
            let pack = try? Data(contentsOf: folder.appendingPathComponent(Self.packName), options: .alwaysMapped),
            pack.count >= 8
        else { return stored }
        let tableLength = pack.suffix(8).reversed().reduce(0) { $0 << 8 | Int($1) }
        guard tableLength >= 0, tableLength <= pack.count - 8 else { return stored }
        let tableStart = pack.endIndex - 8 - tableLength
        var reader = CacheReader([UInt8](pack[tableStart..<(pack.endIndex - 8)]))
        var index: [String: Range<Int>] = [:]
        do {
            guard try reader.string() == Self.format else { return stored }
            let count = try reader.count()
            var ranges: [Range<Int>] = []
            for _ in 0..<count {
                let name = try reader.string()
                let offset = try reader.int()
                let length = try reader.int()
                guard offset >= 0, length >= 0, offset <= tableStart - pack.startIndex - length else { return stored }
                let range = (pack.startIndex + offset)..<(pack.startIndex + offset + length)
                index[name] = range
                ranges.append(range)
            }
            // The records fill everything before the table, exactly, each once.
            var next = pack.startIndex
            for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
                guard range.lowerBound == next else { return stored }
                next = range.upperBound
            }
            guard reader.isAtEnd, index.count == count, next == tableStart else { return stored }
        } catch {
            return stored
        }
        stored.pack = pack
        stored.index = index
        return stored
    }

    /// The stored record named `name`, and its bytes, if there is a usable one.
    func record(named name: String, in stored: StoredRecords) -> (record: CampaignRecord, bytes: RecordBytes)? {
        let bytes: [UInt8]
        let kept: RecordBytes
        if stored.loose.contains(name) {
            guard let data = try? Data(contentsOf: folder.appendingPathComponent(name)) else { return nil }
            bytes = [UInt8](data)
            kept = .memory(bytes[...])
        } else if let range = stored.index[name] {
            bytes = [UInt8](stored.pack[range])
            kept = .pack(range)
        } else {
            return nil
        }
        var reader = CacheReader(bytes)
        guard let record = try? CampaignRecord(from: &reader), reader.isAtEnd, record.context == context else { return nil }
        return (record, kept)
    }

    /// The bytes a record is kept as.
    static func encode(_ record: CampaignRecord) -> ArraySlice<UInt8> {
        var writer = CacheWriter()
        record.write(to: &writer)
        return writer.bytes[...]
    }

    /// Keeps the records of this run: the changed ones each in a file of its own, or, when
    /// there are many loose records, all of them in a new pack that replaces every other
    /// file. `written` is the pack a run that found none wrote as it went. Unless the
    /// outcomes are `complete` (every campaign of the project), only the changed records
    /// are written, each in its file: the next complete run packs them. Failures (a
    /// read-only project, a full disk) only mean the next run decodes again.
    func save(_ outcomes: [RecordOutcome], stored: StoredRecords, written: PackWriter?, complete: Bool = true) {
        let changed = outcomes.filter(\.changed)
        guard complete else {
            for outcome in changed {
                if case .memory(let bytes) = outcome.bytes { _ = replace(outcome.name, with: [bytes]) }
            }
            return
        }
        let names = Set(outcomes.map(\.name))
        let gone = stored.index.keys.contains { !names.contains($0) } || stored.loose.contains { !names.contains($0) }
        guard !changed.isEmpty || gone else {
            written?.discard()
            return
        }
        let looseAfter = stored.loose.union(changed.map(\.name))
        if let written {
            guard written.finish(as: folder.path + "/" + Self.packName) else { return }
        } else if stored.pack.isEmpty || looseAfter.count > Self.looseLimit || gone {
            guard let pack = PackWriter(for: self) else { return }
            for outcome in outcomes.sorted(by: { $0.name < $1.name }) {
                switch outcome.bytes {
                case .pack(let range): pack.append(outcome.name, ArraySlice(stored.pack[range]))
                case .memory(let bytes): pack.append(outcome.name, bytes)
                case .written: break
                }
            }
            guard pack.finish(as: folder.path + "/" + Self.packName) else { return }
        } else {
            for outcome in changed {
                if case .memory(let bytes) = outcome.bytes { _ = replace(outcome.name, with: [bytes]) }
            }
            return
        }
        for file in stored.files where file != Self.packName && !file.hasPrefix(".") {
            unlink(folder.appendingPathComponent(file).path)
        }
    }

    /// A name in the folder for a file being written, unique to this process and call.
    func temporaryPath(for name: String) -> String {
        folder.path + "/.\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max))"
    }

    /// Makes the folder (a project's first record), marked as ignored by git.
    func makeFolder() -> Bool {
        guard (try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)) != nil else {
            return false
        }
        WorkingFolder.keepOutOfGit(folder.deletingLastPathComponent())
        return true
    }

    /// Writes `parts` as the file `name` of the folder in one rename.
    private func replace(_ name: String, with parts: [ArraySlice<UInt8>]) -> Bool {
        let temporary = temporaryPath(for: name)
        if let failure = NewFile.create(temporary, with: parts) {
            guard failure == ENOENT, makeFolder(), NewFile.create(temporary, with: parts) == nil else { return false }
        }
        if rename(temporary, folder.path + "/" + name) != 0 {
            unlink(temporary)
            return false
        }
        return true
    }

    /// The cached result of the file at `path` when it still has the same stamp, or else
    /// the result of `decode`, to be cached when the file has settled.
    func lookup<Value>(
        _ path: String, stamp known: FileStamp? = nil, in cached: CachedFile<Value>?, changed: inout Bool,
        decode: (inout [Diagnostic]) -> Value
    ) -> (decoded: Decoded<Value>, entry: CachedFile<Value>?) {
        let stamp = known ?? FileStamp(path: path)
        if let stamp, let cached, cached.stamp == stamp {
            return (Decoded(cached.value, cached.diagnostics, digest: cached.digest), cached)
        }
        changed = true
        var diagnostics: [Diagnostic] = []
        let value = decode(&diagnostics)
        let decoded = Decoded(value, diagnostics)
        // The stamp was taken before the file was read: if it changed while being read, it
        // has another stamp now, so this entry will never be used for it.
        guard let stamp, stamp.isSettled(before: started) else {
            return (decoded, nil)
        }
        return (
            decoded,
            CachedFile(stamp: stamp, value: value, diagnostics: diagnostics, digest: decoded.digest, encoded: decoded.encoded)
        )
    }
}

extension FileStamp: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.write(Int(size))
        writer.write(Int(Int64(bitPattern: inode)))
        writer.write(Int(modified))
        writer.write(Int(changed))
    }

    init(from reader: inout CacheReader) throws(CacheDamage) {
        size = Int64(try reader.int())
        inode = UInt64(bitPattern: Int64(try reader.int()))
        modified = Int64(try reader.int())
        changed = Int64(try reader.int())
    }
}

extension CachedFile: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.write(stamp)
        writer.write(blob: encoded)
        writer.write(digest)
    }

    init(from reader: inout CacheReader) throws(CacheDamage) {
        stamp = try reader.read()
        var blob = try reader.blob()
        value = try blob.reader.read()
        diagnostics = try blob.reader.read()
        guard blob.reader.isAtEnd else { throw CacheDamage() }
        encoded = blob.bytes
        digest = try reader.string()
    }
}

extension CampaignHead: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.write(readsUnits)
        writer.write(campaign)
    }

    init(from reader: inout CacheReader) throws(CacheDamage) {
        readsUnits = try reader.bool()
        campaign = try reader.read()
    }
}

extension CampaignRecord: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.write(context)
        writer.write(head)
        writer.write(units.count)
        for unit in units { writer.write(unit) }
        writer.write(results)
    }

    init(from reader: inout CacheReader) throws(CacheDamage) {
        context = try reader.string()
        head = try reader.read()
        let count = try reader.count()
        units.reserveCapacity(count)
        for _ in 0..<count { units.append(try reader.read()) }
        results = try reader.read()
    }
}
