import Foundation

/// Writing the many small files niemyet makes (pages, load-cache records) with plain POSIX
/// calls: Foundation's `Data.write` costs more than the writing, and fsyncs each file.
public enum NewFile {
    /// Creates the file at `path`, which must not exist yet, holding `bytes`; a file left
    /// incomplete is removed. No fsync: a site is swapped in whole after its build, and a
    /// cache record cut short fails its checks. Returns nil, or the `errno` that stopped it.
    public static func create(_ path: String, with bytes: some Collection<UInt8>) -> Int32? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return errno }
        let failure =
            bytes.withContiguousStorageIfAvailable { write($0, to: descriptor) }
            ?? ContiguousArray(bytes).withUnsafeBufferPointer { write($0, to: descriptor) }
        close(descriptor)
        if failure != nil { unlink(path) }
        return failure
    }

    /// Creates the file at `path` as `create(_:with:)` does, holding `parts` one after
    /// another: large files made of pieces are written without joining them first.
    public static func create(_ path: String, with parts: [ArraySlice<UInt8>]) -> Int32? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return errno }
        var failure: Int32?
        for part in parts where failure == nil {
            failure = part.withUnsafeBufferPointer { write($0, to: descriptor) }
        }
        close(descriptor)
        if failure != nil { unlink(path) }
        return failure
    }

    /// Writes all of `bytes` to the open file `descriptor`; nil, or the `errno` that stopped it.
    static func write(_ bytes: ArraySlice<UInt8>, to descriptor: Int32) -> Int32? {
        bytes.withUnsafeBufferPointer { write($0, to: descriptor) }
    }

    private static func write(_ buffer: UnsafeBufferPointer<UInt8>, to descriptor: Int32) -> Int32? {
        guard let base = buffer.baseAddress else { return nil }
        var offset = 0
        while offset < buffer.count {
            let written = Glibc.write(descriptor, base + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return nil
    }
}
