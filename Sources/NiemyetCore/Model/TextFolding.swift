import Foundation

/// Folds Vietnamese text for comparison: NFC, lower case, old and new tone-mark
/// placement made the same ("hoà" = "hòa", "thuỷ" = "thủy"), white space collapsed.
public enum TextFolding {
    public static func fold(_ text: String) -> String {
        var folded = Turnaround.fold(text)
        for (old, new) in toneMarkPlacement where folded.contains(old) {
            folded = folded.replacingAll(old, with: new)
        }
        return folded
    }

    /// Old-style spellings (tone on the second vowel of oa, oe, uy) and their modern
    /// equivalents, lower case NFC. The mark moves to where modern orthography puts it.
    static let toneMarkPlacement: [(String, String)] = {
        var pairs: [(String, String)] = []
        // For each tone mark, the marked vowels.
        let marked: [String: [Character]] = [
            "a": ["à", "á", "ả", "ã", "ạ"], "e": ["è", "é", "ẻ", "ẽ", "ẹ"], "y": ["ỳ", "ý", "ỷ", "ỹ", "ỵ"],
            "o": ["ò", "ó", "ỏ", "õ", "ọ"], "u": ["ù", "ú", "ủ", "ũ", "ụ"],
        ]
        // "oà" -> "òa", "oè" -> "òe", "uỳ" -> "ủy" (the glide carries no mark in the new style).
        for (glide, vowel) in [("o", "a"), ("o", "e"), ("u", "y")] {
            guard let vowelMarks = marked[vowel], let glideMarks = marked[glide] else { continue }
            for tone in 0..<5 {
                pairs.append((glide + String(vowelMarks[tone]), String(glideMarks[tone]) + vowel))
            }
        }
        return pairs
    }()
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = self[...]
        while let range = rest.range(of: target) {
            out += rest[..<range.lowerBound]
            out += replacement
            rest = rest[range.upperBound...]
        }
        return out + rest
    }
}
