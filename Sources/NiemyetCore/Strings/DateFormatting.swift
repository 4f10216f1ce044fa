extension LocalDate {
    /// The date as Vietnamese write it: "ngày 1 tháng 6 năm 2021".
    public var vietnamese: String { "ngày \(day) tháng \(month) năm \(year)" }

    /// The date in English: "1 June 2021".
    public var english: String {
        let months = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December",
        ]
        return "\(day) \(months[month - 1]) \(year)"
    }

    /// The date written for readers of `language`.
    public func written(in language: Language) -> String {
        language == .vi ? vietnamese : english
    }
}
