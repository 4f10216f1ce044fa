/// One fuzz input: its bytes (nil when empty) and count.
public typealias FuzzInput = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

/// libFuzzer's own driver (compiler-rt, LLVM 11 and later).
@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ test: FuzzInput
) -> CInt

/// Hands the command line to libFuzzer. SwiftPM links every executable with
/// `main = <Target>_main`, so libFuzzer's own `main` is never used: each target defines
/// that symbol and calls this.
public func runFuzzer(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, _ test: FuzzInput
) -> CInt {
    var count = argc
    var arguments = argv
    return runDriver(&count, &arguments, test)
}

/// The bytes of one input as a buffer (empty for a nil pointer).
public func fuzzBytes(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: count > 0 ? bytes : nil, count: count > 0 ? count : 0)
}
