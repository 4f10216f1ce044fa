import Testing

@testable import NiemyetCore

@Suite("Load cache records")
struct CacheCodingTests {
    @Test("procedure names recurring across a record's blobs read back as written, near-identical ones apart")
    func sharedNames() throws {
        let file = "Campaigns/c/units/u.md"
        // Same length, same first, middle and last eight bytes: only `==` tells them apart.
        let names = ["Thủ tục đăng ký khai sinh cho trẻ em số 1 tại xã", "Thủ tục đăng ký khai sinh cho trẻ em số 2 tại xã"]
        #expect(names[0].utf8.count == names[1].utf8.count)
        func procedure(_ name: String, field: String?, line: Int) -> RegisteredProcedure {
            RegisteredProcedure(
                code: nil, name: name, field: field, standard: nil,
                reduced: Located(Turnaround(1, .sessions), at: SourceLocation(file: file, line: line, column: 14)),
                source: SourceLocation(file: file, line: line, column: 5))
        }
        // Each unit in a blob of its own, as a record keeps its files.
        let units = (0..<6).map { unit in
            (0..<4).map { index in
                procedure(
                    names[(unit + index) % 2] + (index == 3 ? " (mới)" : ""),
                    field: [nil, "Hộ tịch", "Thành lập và hoạt động của hộ kinh doanh", nil][index], line: 5 + index)
            }
        }
        var writer = CacheWriter()
        for unit in units {
            var blob = CacheWriter()
            blob.write(unit)
            writer.write(blob: blob.bytes[...])
        }
        var reader = CacheReader(writer.bytes)
        for unit in units {
            var (_, blob) = try reader.blob()
            let read = try blob.read([RegisteredProcedure].self)
            #expect(read.map(\.name) == unit.map(\.name))
            #expect(read.map(\.field) == unit.map(\.field))
            #expect(read.map(\.source) == unit.map(\.source) && read.map(\.reduced) == unit.map(\.reduced))
            #expect(blob.isAtEnd)
        }
        #expect(reader.isAtEnd)
    }
}
