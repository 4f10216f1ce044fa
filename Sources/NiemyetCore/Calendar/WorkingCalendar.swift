/// A day named in `Campaigns/calendar.yaml`: an announced day off or make-up working day.
public struct AnnouncedDay: Hashable, Sendable {
    public var date: Located<LocalDate>
    public var name: String

    public init(date: Located<LocalDate>, name: String) {
        self.date = date
        self.name = name
    }
}

/// The calendar settings of a project: the year's announced changes
/// (`Campaigns/calendar.yaml`) and office hours (`Site/site.yaml`, `units.yaml`).
public struct ProjectCalendar: Hashable, Sendable {
    /// Days off announced beyond the statutory holidays (`days_off`).
    public var daysOff: [AnnouncedDay]
    /// Days worked although they would be off, such as a Saturday given in exchange for
    /// a bridge day (`working_days`).
    public var workingDays: [AnnouncedDay]
    /// The office hours of the whole project (`office_hours` in site.yaml).
    public var officeHours: OfficeHours
    /// Office hours of units that keep their own (`office_hours` in units.yaml).
    public var unitOfficeHours: [String: OfficeHours]

    public init(
        daysOff: [AnnouncedDay] = [], workingDays: [AnnouncedDay] = [], officeHours: OfficeHours = .standard,
        unitOfficeHours: [String: OfficeHours] = [:]
    ) {
        self.daysOff = daysOff
        self.workingDays = workingDays
        self.officeHours = officeHours
        self.unitOfficeHours = unitOfficeHours
    }

    /// The working-day calendar of one unit, or of the project when `unit` is nil or
    /// keeps the project's hours.
    public func working(unit: String? = nil) -> WorkingCalendar {
        WorkingCalendar(
            officeHours: unit.flatMap { unitOfficeHours[$0] } ?? officeHours,
            daysOff: daysOff.map { ($0.date.value, $0.name) }, workingDays: workingDays.map { ($0.date.value, $0.name) })
    }
}

/// Which days and hours a reception desk works: office hours, minus public holidays
/// and compensatory days (`PublicHolidays`), minus announced days off, plus announced
/// make-up working days, which win over everything else.
public struct WorkingCalendar: Sendable {
    public let officeHours: OfficeHours
    let announcedDaysOff: [LocalDate: String]
    let announcedWorkingDays: [LocalDate: String]

    public init(
        officeHours: OfficeHours = .standard, daysOff: [(LocalDate, String)] = [],
        workingDays: [(LocalDate, String)] = []
    ) {
        self.officeHours = officeHours
        announcedDaysOff = Dictionary(daysOff, uniquingKeysWith: { first, _ in first })
        announcedWorkingDays = Dictionary(workingDays, uniquingKeysWith: { first, _ in first })
    }

    /// The year's days off other than weekly ones, by date: public holidays,
    /// compensatory days and announced days off, less announced working days.
    public func daysOff(in year: Int) -> [DayOff] {
        var byDate: [LocalDate: DayOff] = [:]
        for day in PublicHolidays.days(in: year) { byDate[day.date] = day }
        for (date, name) in announcedDaysOff where date.year == year && byDate[date] == nil {
            byDate[date] = DayOff(date: date, kind: .announced, name: name)
        }
        for date in announcedWorkingDays.keys { byDate[date] = nil }
        return byDate.values.sorted { $0.date < $1.date }
    }

    /// The announced make-up working days of `year`, by date.
    public func makeUpDays(in year: Int) -> [(date: LocalDate, name: String)] {
        announcedWorkingDays.filter { $0.key.year == year }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// The office sessions of `date`, given the set of that year's days off.
    func sessions(on date: LocalDate, daysOff: Set<LocalDate>) -> [Session] {
        if announcedWorkingDays[date] != nil {
            let usual = officeHours.sessions(onWeekday: date.weekday)
            return usual.isEmpty ? officeHours.makeUpDaySessions : usual
        }
        return daysOff.contains(date) ? [] : officeHours.sessions(onWeekday: date.weekday)
    }

    /// Whether `date` is a working day: not a day off and with office hours.
    public func isWorkingDay(_ date: LocalDate) -> Bool {
        var days = WorkingDays(calendar: self)
        return days.isWorkingDay(date)
    }
}

/// Walks a working calendar day by day, computing each year's days off once.
struct WorkingDays {
    let calendar: WorkingCalendar
    private var daysOffByYear: [Int: Set<LocalDate>] = [:]

    init(calendar: WorkingCalendar) { self.calendar = calendar }

    mutating func sessions(on date: LocalDate) -> [Session] {
        let daysOff: Set<LocalDate>
        if let known = daysOffByYear[date.year] {
            daysOff = known
        } else {
            daysOff = Set(calendar.daysOff(in: date.year).map(\.date))
            daysOffByYear[date.year] = daysOff
        }
        return calendar.sessions(on: date, daysOff: daysOff)
    }

    mutating func isWorkingDay(_ date: LocalDate) -> Bool { !sessions(on: date).isEmpty }
}
