/// Spelling helpers for "did you mean" hints and for ids derived from Vietnamese names.
public enum Spelling {
    /// The candidate closest to `word` by edit distance, if it is close enough to be a typo.
    public static func closest(to word: String, among candidates: [String]) -> String? {
        let limit = max(1, min(3, word.count / 3))
        var best: (String, Int)? = nil
        for candidate in candidates {
            let distance = editDistance(word.lowercased(), candidate.lowercased())
            if distance <= limit, distance < (best?.1 ?? .max) { best = (candidate, distance) }
        }
        return best?.0
    }

    /// Levenshtein distance between two strings, by characters.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// Whether `text` is a slug: lowercase ASCII letters, digits and single dashes inside.
    public static func isSlug(_ text: String) -> Bool {
        guard !text.isEmpty, text.first != "-", text.last != "-" else { return false }
        return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// The slug of a Vietnamese name: "Phường An Phú Đông" -> "phuong-an-phu-dong".
    public static func slug(_ text: String) -> String {
        var out = ""
        var dash = false
        for scalar in text.decomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
            let mapped: Unicode.Scalar? =
                switch scalar {
                case "đ", "Đ": "d"
                case _ where scalar.properties.generalCategory == .nonspacingMark: nil
                default: scalar
                }
            guard let mapped else { continue }
            if ("a"..."z").contains(mapped) || ("0"..."9").contains(mapped) {
                out.unicodeScalars.append(mapped)
                dash = false
            } else if !dash && !out.isEmpty {
                out.append("-")
                dash = true
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out
    }
}
