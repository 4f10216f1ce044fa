import NiemyetCore

/// What the page shows for one registered procedure.
public struct ProcedureMatch: Hashable, Sendable {
    /// The procedure's name as registered.
    public var name: String
    /// The reduced turnaround the unit promised.
    public var reduced: Turnaround?
    /// Whether the name stands somewhere on the page (with or without "Thủ tục").
    public var nameFound: Bool
    /// Whether the reduced turnaround stands in the same block as the name.
    public var turnaroundFound: Bool
    /// Another turnaround written next to the name instead of the promised one.
    public var foundTurnaround: Turnaround?
    /// The block where the name was found, as written on the page, to show the user.
    public var block: String?

    /// Posted: the name and its reduced turnaround stand together.
    public var isPosted: Bool { nameFound && turnaroundFound }
}

/// Decides, for each registered procedure, whether a page's blocks post it: its name
/// and its reduced turnaround in the same table row, list item or paragraph.
///
/// Both sides are compared after NFC, case folding, tone-mark placement folding
/// (hòa = hoà), white-space and no-break-space folding, and punctuation folding;
/// turnarounds compare by meaning ("01 giờ" = "1 tiếng" = "60 phút").
public struct PostingMatcher: Sendable {
    /// The page's blocks, folded once.
    let blocks: [FoldedBlock]

    public init(blocks: [String]) {
        self.blocks = blocks.map(FoldedBlock.init)
    }

    /// The match of one procedure.
    public func match(name: String, reduced: Turnaround?) -> ProcedureMatch {
        let wanted = PostingMatcher.nameKey(name)
        var result = ProcedureMatch(
            name: name, reduced: reduced, nameFound: false, turnaroundFound: false,
            foundTurnaround: nil, block: nil)
        guard !wanted.isEmpty else { return result }
        for block in blocks where block.words.contains(wanted) {
            let turnarounds = block.turnarounds
            let right = reduced.map { promised in turnarounds.contains { $0.isEquivalent(to: promised) } } ?? true
            if right {
                result.nameFound = true
                result.turnaroundFound = true
                result.foundTurnaround = nil
                result.block = block.original
                return result
            }
            if !result.nameFound || result.foundTurnaround == nil {
                result.nameFound = true
                result.block = block.original
                // Tables put the reduced time after the normal one: the last is the one shown.
                result.foundTurnaround = turnarounds.last
            }
        }
        return result
    }

    /// The name folded for searching, without a leading "thủ tục" so that pages that
    /// drop the word (as most tables do, under a "Thủ tục" heading) still match.
    static func nameKey(_ name: String) -> String {
        let words = FoldedBlock.words(of: name)
        let prefix = " thủ tục "
        if words.hasPrefix(prefix), words.count > prefix.count + 1 {
            return " " + words.dropFirst(prefix.count)
        }
        return words
    }
}

/// One block of a page, folded for comparison, with the turnarounds written in it.
struct FoldedBlock: Sendable {
    let original: String
    /// Folded words, separated and surrounded by single spaces, so that a search for
    /// " a b " finds whole words only.
    let words: String
    let turnarounds: [Turnaround]

    init(_ text: String) {
        original = text
        words = FoldedBlock.words(of: text)
        turnarounds = FoldedBlock.turnarounds(in: words)
    }

    /// Folded text as " word word word ": letters and digits kept, everything else a
    /// separator (except '-' inside a word, as in "half-day"); digits and letters are
    /// separate words.
    static func words(of text: String) -> String {
        let folded = TextFolding.fold(text)
        var out = " "
        var pendingSeparator = false
        for character in folded {
            if character.isLetter || character.isNumber || character == "-" {
                // PDF text often runs cells together ("doanh01 ngày"): a letter next to a
                // digit starts a new word.
                let changesKind = out.last.map { $0 != " " && $0.isNumber != character.isNumber } ?? false
                if (pendingSeparator || changesKind), out.last != " " { out.append(" ") }
                pendingSeparator = false
                out.append(character)
            } else {
                pendingSeparator = true
            }
        }
        if out.last != " " { out.append(" ") }
        return out
    }

    /// Every turnaround phrase in folded words: a number followed by a unit word
    /// ("01 ngày làm việc", "60 phút"), or a same-day phrase; the longest phrase wins.
    static func turnarounds(in words: String) -> [Turnaround] {
        let tokens = words.split(separator: " ")
        var found: [Turnaround] = []
        var index = 0
        while index < tokens.count {
            var matched = 0
            for length in stride(from: min(4, tokens.count - index), through: 2, by: -1) {
                let phrase = tokens[index..<(index + length)].joined(separator: " ")
                guard tokens[index].first?.isNumber == true || sameDayStarts.contains(tokens[index]) else { break }
                if let turnaround = Turnaround(parsing: phrase) {
                    found.append(turnaround)
                    matched = length
                    break
                }
            }
            index += max(matched, 1)
        }
        return found
    }

    /// First words of the same-day phrases ("trong ngày", "ngay trong ngày", "same day").
    static let sameDayStarts: Set<Substring> = ["trong", "ngay", "same", "the", "within"]
}
