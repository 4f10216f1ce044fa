import NiemyetCore

extension Fingerprint {
    /// Folds in a page context: strings, numbers, flags, lists and keyed groups, the keys
    /// in sorted order so that the digest does not depend on dictionary order.
    ///
    /// The likeliest types are tried first, and a list of rows is read as it is: cast to
    /// `[Any]`, it would be copied into a new array of boxed values first.
    mutating func combine(context value: Any) {
        switch value {
        case let text as String:
            combine("s")
            combine(text)
        case let group as [String: Any]:
            combine(group: group)
        case let rows as [[String: Any]]:
            combine("[")
            for row in rows { combine(group: row) }
            combine("]")
        case let number as Int:
            combine("i\(number)")
        case let flag as Bool:
            combine(flag ? "t" : "f")
        case let list as [Any]:
            combine("[")
            for child in list { combine(context: child) }
            combine("]")
        default:
            combine("?\(value)")
        }
    }

    private mutating func combine(group: [String: Any]) {
        combine("{")
        for key in group.keys.sorted() {
            combine(key)
            if let child = group[key] { combine(context: child) }
        }
        combine("}")
    }
}
