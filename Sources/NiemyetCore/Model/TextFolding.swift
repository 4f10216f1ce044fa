import Foundation

/// Folds Vietnamese text for comparison: NFC, lower case, old and new tone-mark
/// placement made the same ("hoà" = "hòa", "thuỷ" = "thủy"), white space collapsed.
public enum TextFolding {
    public static func fold(_ text: String) -> String {
        placeToneMarks(Turnaround.fold(text.precomposedStringWithCanonicalMapping))
    }

    /// A key for dictionaries and equality: the same folding without NFC, since Swift
    /// strings already compare and hash canonically equivalent text as equal.
    public static func comparisonKey(_ text: String) -> String {
        placeToneMarks(Turnaround.fold(text))
    }

    private static func placeToneMarks(_ text: String) -> String {
        guard mayMoveToneMarks(text) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pending: Character? = nil
        for character in text {
            if let glide = pending {
                pending = nil
                if let moved = toneMarkPlacement[glide]?[character] {
                    out.append(moved.glide)
                    out.append(moved.vowel)
                    continue
                }
                out.append(glide)
            }
            if character == "o" || character == "u" {
                pending = character
            } else {
                out.append(character)
            }
        }
        if let glide = pending { out.append(glide) }
        return out
    }

    /// Whether `text` may hold an old-style spelling, told from its bytes: a marked vowel
    /// after the glide "o" or "u" starts beyond ASCII (precomposed), or is "a", "e" or "y"
    /// followed by a combining mark (beyond ASCII too). Most names hold none, and walking
    /// their characters cost 37,000 instructions a name.
    private static func mayMoveToneMarks(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for index in bytes.indices.dropLast() where bytes[index] == UInt8(ascii: "o") || bytes[index] == UInt8(ascii: "u") {
                let next = bytes[index + 1]
                if next >= 0x80 { return true }
                let base = next == UInt8(ascii: "a") || next == UInt8(ascii: "e") || next == UInt8(ascii: "y")
                if base, index + 2 < bytes.count, bytes[index + 2] >= 0x80 { return true }
            }
            return false
        }
    }

    /// Old-style spellings (tone on the second vowel of oa, oe, uy) and their modern
    /// equivalents: for a glide, each marked vowel after it and where the mark moves.
    static let toneMarkPlacement: [Character: [Character: (glide: Character, vowel: Character)]] = {
        let marked: [Character: [Character]] = [
            "a": ["à", "á", "ả", "ã", "ạ"], "e": ["è", "é", "ẻ", "ẽ", "ẹ"], "y": ["ỳ", "ý", "ỷ", "ỹ", "ỵ"],
            "o": ["ò", "ó", "ỏ", "õ", "ọ"], "u": ["ù", "ú", "ủ", "ũ", "ụ"],
        ]
        var table: [Character: [Character: (glide: Character, vowel: Character)]] = [:]
        // "oà" -> "òa", "oè" -> "òe", "uỳ" -> "ủy" (the glide carries no mark in the new style).
        for (glide, vowel) in [("o", "a"), ("o", "e"), ("u", "y")] as [(Character, Character)] {
            guard let vowelMarks = marked[vowel], let glideMarks = marked[glide] else { continue }
            for tone in 0..<5 {
                table[glide, default: [:]][vowelMarks[tone]] = (glideMarks[tone], vowel)
            }
        }
        return table
    }()
}
