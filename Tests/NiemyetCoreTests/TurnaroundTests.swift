import Testing

@testable import NiemyetCore

@Suite("Turnaround parsing, comparison and printing")
struct TurnaroundTests {
    @Test(
        "every spelling of FORMAT.md parses",
        arguments: [
            ("03 ngày làm việc", "03 ngày làm việc"), ("3 ngày làm việc", "03 ngày làm việc"),
            ("03 NGÀY LÀM VIỆC", "03 ngày làm việc"), ("03\u{00A0}ngày  làm\tviệc", "03 ngày làm việc"),
            ("3 nga\u{300}y la\u{300}m vie\u{323}\u{302}c", "03 ngày làm việc"), ("2 ngày", "02 ngày"),
            ("01 buổi", "01 buổi"), ("1 giờ", "01 giờ"), ("1 tiếng", "01 giờ"), ("30 phút", "30 phút"),
            ("trong ngày", "trong ngày"), ("Ngay trong ngày", "trong ngày"), ("2 working days", "02 ngày làm việc"),
            ("1 working day", "01 ngày làm việc"), ("5 days", "05 ngày"), ("2 sessions", "02 buổi"),
            ("1 half-day", "01 buổi"), ("3 half-days", "03 buổi"), ("4 hours", "04 giờ"), ("45 minutes", "45 phút"),
            ("same day", "trong ngày"), (" 001 giờ ", "01 giờ"),
            // Typed without diacritics, as happens on keyboards without Vietnamese input.
            ("3 ngay lam viec", "03 ngày làm việc"), ("1 buoi", "01 buổi"), ("2 gio", "02 giờ"), ("trong ngay", "trong ngày"),
        ])
    func parses(text: String, canonical: String) throws {
        #expect(Turnaround.parsingFolded(text)?.vietnamese == canonical)
        let turnaround = try #require(Turnaround(parsing: text))
        #expect(turnaround.vietnamese == canonical)
    }

    @Test("text that is not a turnaround is refused", arguments: ["", "ngày", "ba ngày", "3", "3 tuần", "-1 giờ", "1.5 giờ", "03 ngày làm việc nhé"])
    func refuses(text: String) {
        #expect(Turnaround(parsing: text) == nil)
    }

    @Test("1 working day = 2 sessions = 8 hours = 480 minutes")
    func equivalences() throws {
        let day = try #require(Turnaround(parsing: "01 ngày làm việc"))
        for other in ["02 buổi", "8 giờ", "8 tiếng", "480 phút", "1 working day"] {
            #expect(day.isEquivalent(to: try #require(Turnaround(parsing: other))), "\(other)")
        }
        #expect(try #require(Turnaround(parsing: "01 giờ")).isEquivalent(to: try #require(Turnaround(parsing: "60 phút"))))
    }

    @Test("ordering across units, with 'trong ngày' just under one working day")
    func ordering() throws {
        let ordered = ["30 phút", "01 giờ", "01 buổi", "trong ngày", "01 ngày làm việc", "02 ngày làm việc", "03 ngày làm việc"]
            .map { Turnaround(parsing: $0)! }
        for (shorter, longer) in zip(ordered, ordered.dropFirst()) {
            #expect(shorter.isShorter(than: longer), "\(shorter) < \(longer)")
            #expect(!longer.isShorter(than: shorter))
        }
        #expect(!Turnaround(4, .sessions).isShorter(than: Turnaround(2, .workingDays)))
    }

    @Test("calendar days count the working days they hold")
    func calendarDays() {
        #expect(Turnaround(7, .calendarDays).isEquivalent(to: Turnaround(5, .workingDays)))
        #expect(Turnaround(3, .calendarDays).isEquivalent(to: Turnaround(3, .workingDays)))
        #expect(Turnaround(6, .calendarDays).isEquivalent(to: Turnaround(5, .workingDays)))
    }

    @Test("English form")
    func english() {
        #expect(Turnaround(1, .workingDays).english == "1 working day")
        #expect(Turnaround(2, .sessions).english == "2 sessions")
        #expect(Turnaround.sameDay.english == "same day")
    }

    @Test("the exact-spelling fast path agrees with the general parser on every spelling it knows")
    func fastPathAgrees() {
        #expect(Turnaround.canonicalSpellings.count > 1_000)
        for (spelling, turnaround) in Turnaround.canonicalSpellings {
            #expect(Turnaround.parsingFolded(spelling.text) == turnaround, "\(spelling.text)")
        }
    }

    @Test("every kind of turnaround comes back from the load cache as it was written")
    func cacheRoundTrip() throws {
        let all = Turnaround.Unit.allCases.map { Turnaround(7, $0) } + [.sameDay, Turnaround(0, .hours)]
        var writer = CacheWriter()
        writer.write(all)
        var reader = CacheReader(writer.bytes)
        #expect(try reader.read([Turnaround].self) == all)
        #expect(reader.isAtEnd)
        // A unit number the cache never writes is damage, not a turnaround.
        var damaged = CacheWriter()
        damaged.write(6)
        damaged.write(1)
        var damagedReader = CacheReader(damaged.bytes)
        #expect(throws: CacheDamage.self) { try damagedReader.read(Turnaround.self) }
    }
}
