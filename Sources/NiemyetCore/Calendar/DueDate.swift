/// Why a due date cannot be given.
public enum DueDateError: Error, Hashable, Sendable {
    /// The filing or the due date falls outside 1900-2100, where the calendar is known.
    case outOfRange
    /// The office hours leave the desk closed every day of the week.
    case neverOpen
}

/// When a dossier filed at a given moment is due back, by a unit's working calendar.
///
/// Every turnaround is counted from the *opening moment* of the filing: the filing time
/// itself when the desk is open then, otherwise the start of the next session on a
/// working day (a filing during the lunch break counts from 13:00, one after the last
/// session from the next working day's first session). Then:
///
/// - **N working days** (ngày làm việc): the same point of working time on the N-th
///   working day after the opening moment's day. A filing at 16:00 on Monday with the
///   standard hours is due at 16:00 on Tuesday; one at 13:00 at 11:30 on Tuesday (the
///   same point: four working hours into the day). A day shorter than the point (a
///   Saturday morning) ends at its last session. A filing at the start of a day is due
///   at the end of the (N-1)-th working day after it: 07:30 Monday + 1 day = 17:00 Monday.
/// - **N buổi** (sessions): the same, counted in sessions (one half-day block of office
///   hours) instead of days: 10:00 Monday + 1 buổi = 15:30 Monday.
/// - **N hours, N minutes**: that much office time from the opening moment, skipping
///   lunch breaks, evenings and days off; time that runs out exactly at the end of a
///   session is due then (11:30), not at the next session's start.
/// - **N calendar days** (ngày): as the Civil Code 2015 (art. 147-148) counts a period
///   in days: the filing day is not counted, the period ends with the N-th day after it,
///   and when that day is not a working day, with the next working day; due at the end of
///   that day's last session.
/// - **trong ngày** (same day): the end of the last session of the opening moment's day,
///   so a filing after the last session is due at the end of the next working day.
///
/// A turnaround of zero is due at the opening moment.
public enum DueDate {
    public static func due(
        from filing: LocalDateTime, turnaround: Turnaround, calendar: WorkingCalendar
    ) throws(DueDateError) -> LocalDateTime {
        guard LunarCalendar.supportedYears.contains(filing.date.year) else { throw .outOfRange }
        guard calendar.officeHours.isEverOpen || !calendar.announcedWorkingDays.isEmpty else { throw .neverOpen }
        var walk = SessionWalk(calendar: calendar)
        let opening = try walk.firstSession(endingAfter: filing)
        let start = LocalDateTime(
            date: opening.date,
            second: opening.date == filing.date ? max(filing.second, opening.session.start) : opening.session.start)
        switch turnaround.kind {
        case .sameDay:
            return try walk.endOfDay(opening.date)
        case .amount(0, _):
            return start
        case .amount(let n, .workingDays):
            return try walk.advanceDays(from: start, by: n)
        case .amount(let n, .sessions):
            return try walk.advanceSessions(from: start, opening: opening.session, by: n)
        case .amount(let n, .hours):
            return try walk.addWorkingTime(n * 3600, to: start)
        case .amount(let n, .minutes):
            return try walk.addWorkingTime(n * 60, to: start)
        case .amount(let n, .calendarDays):
            guard n <= 80_000 else { throw .outOfRange }
            var last = filing.date.adding(days: n)
            while try walk.sessions(on: last).isEmpty { last = last.adding(days: 1) }
            return try walk.endOfDay(last)
        }
    }
}

/// Walks forward through a calendar's sessions, stopping at the end of 2100.
private struct SessionWalk {
    var days: WorkingDays

    init(calendar: WorkingCalendar) { days = WorkingDays(calendar: calendar) }

    mutating func sessions(on date: LocalDate) throws(DueDateError) -> [Session] {
        guard LunarCalendar.supportedYears.contains(date.year) else { throw .outOfRange }
        return days.sessions(on: date)
    }

    /// The first working day on or after `date`, with its sessions.
    mutating func workingDay(from date: LocalDate) throws(DueDateError) -> (date: LocalDate, sessions: [Session]) {
        var day = date
        while true {
            let sessions = try sessions(on: day)
            if !sessions.isEmpty { return (day, sessions) }
            day = day.adding(days: 1)
        }
    }

    /// The session in which, or after which, the desk is next open at `moment`.
    mutating func firstSession(endingAfter moment: LocalDateTime) throws(DueDateError) -> (
        date: LocalDate, session: Session
    ) {
        if let session = try sessions(on: moment.date).first(where: { $0.end > moment.second }) {
            return (moment.date, session)
        }
        let next = try workingDay(from: moment.date.adding(days: 1))
        return (next.date, next.sessions[0])
    }

    /// The end of the last session of `date`, a working day.
    mutating func endOfDay(_ date: LocalDate) throws(DueDateError) -> LocalDateTime {
        let sessions = try sessions(on: date)
        return LocalDateTime(date: date, second: sessions.last?.end ?? 0)
    }

    /// N working days: the same point of working time, N working days later.
    mutating func advanceDays(from start: LocalDateTime, by n: Int) throws(DueDateError) -> LocalDateTime {
        let today = try sessions(on: start.date)
        let offset = Self.workingSeconds(before: start.second, in: today)
        var day = start.date
        var remaining = offset == 0 ? n - 1 : n
        while remaining > 0 {
            day = try workingDay(from: day.adding(days: 1)).date
            remaining -= 1
        }
        let target = try sessions(on: day)
        if offset == 0 { return LocalDateTime(date: day, second: target.last?.end ?? 0) }
        return LocalDateTime(date: day, second: Self.point(offset, in: target))
    }

    /// N sessions: the same point into the N-th next session.
    mutating func advanceSessions(from start: LocalDateTime, opening: Session, by n: Int) throws(DueDateError)
        -> LocalDateTime
    {
        let offset = start.second - opening.start
        var day = start.date
        var session = opening
        var remaining = offset == 0 ? n - 1 : n
        while remaining > 0 {
            let later = try sessions(on: day).first { $0.start >= session.end }
            if let later {
                session = later
            } else {
                let next = try workingDay(from: day.adding(days: 1))
                day = next.date
                session = next.sessions[0]
            }
            remaining -= 1
        }
        if offset == 0 { return LocalDateTime(date: day, second: session.end) }
        return LocalDateTime(date: day, second: session.start + min(offset, session.length))
    }

    /// `seconds` of office time after `start`, which is inside a session.
    mutating func addWorkingTime(_ seconds: Int, to start: LocalDateTime) throws(DueDateError) -> LocalDateTime {
        var remaining = seconds
        var day = start.date
        var position = start.second
        while true {
            for session in try sessions(on: day) where session.end > position {
                let from = max(position, session.start)
                let available = session.end - from
                if remaining <= available { return LocalDateTime(date: day, second: from + remaining) }
                remaining -= available
            }
            day = try workingDay(from: day.adding(days: 1)).date
            position = 0
        }
    }

    /// Office seconds of `sessions` before the clock time `second`.
    static func workingSeconds(before second: Int, in sessions: [Session]) -> Int {
        sessions.reduce(0) { total, session in total + max(0, min(second, session.end) - session.start) }
    }

    /// The clock time `offset` office seconds into a day, at a session's end when the
    /// offset ends one; the day's end when the day is shorter.
    static func point(_ offset: Int, in sessions: [Session]) -> Int {
        var remaining = offset
        for session in sessions {
            if remaining <= session.length { return session.start + remaining }
            remaining -= session.length
        }
        return sessions.last?.end ?? 0
    }
}
