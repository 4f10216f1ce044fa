/// Places a poster's content on pages of one paper size: the campaign's header, the
/// list of procedures and the footer with contact and QR code.
///
/// Long names wrap; a long list first shrinks its type down to a legible minimum and
/// then continues on further pages, each repeating a short header and the footer, so
/// nothing is clipped or overlaps. The result is plain values, ready for any printer.
public struct PosterLayout {
    public let paper: PaperSize
    private let measure: any TextMeasuring

    /// The smallest list type, as a fraction of its full size, before the list continues
    /// on another page; each style also keeps its own minimum size in points.
    public static let smallestListScale = 0.6
    /// The smallest header type, as a fraction of its full size.
    static let smallestHeaderScale = 0.6
    /// The largest list type on a unit's poster, as a fraction of the base size.
    public static let largestListScale = 1.25

    public init(paper: PaperSize, measuring: any TextMeasuring) {
        self.paper = paper
        measure = measuring
    }

    /// Every page of the poster for `content`.
    public func pages(for content: PosterContent) -> [PosterPage] {
        let footer = footerBlock(content)
        let bottom = paper.height - paper.margin - pageBandHeight - footer.height
        var headerScale = 1.0
        var header = headerBlock(content, scale: headerScale)
        // Very long titles or unit names shrink the header so the list keeps most of the page.
        while header.height > 0.45 * (bottom - paper.margin), headerScale > Self.smallestHeaderScale + 1e-9 {
            headerScale -= 0.1
            header = headerBlock(content, scale: headerScale)
        }
        let continuation = continuationBlock(content)
        let firstRegion = bottom - paper.margin - header.height

        // A unit's few procedures print larger than the base size to fill the sheet; the
        // summary, listing many units, starts smaller.
        var listScale = content.unitName == nil ? 0.8 : Self.largestListScale
        var rows = listRows(content, scale: listScale)
        var total = rows.reduce(0) { $0 + $1.height }
        if total > firstRegion {
            // Heights shrink roughly with the square of the scale (smaller lines, fewer
            // of them): when even the smallest type cannot fit, go straight there.
            let smallest = Self.smallestListScale
            if total * (smallest / listScale) * (smallest / listScale) > firstRegion {
                listScale = smallest
                rows = listRows(content, scale: listScale)
            } else {
                while total > firstRegion, listScale - 0.05 >= smallest - 1e-9 {
                    listScale -= 0.05
                    rows = listRows(content, scale: listScale)
                    total = rows.reduce(0) { $0 + $1.height }
                }
            }
        }
        return paginate(rows, header: header, continuation: continuation, footer: footer, bottom: bottom, content: content)
    }

    // MARK: Geometry

    private var s: Double { paper.typeScale }
    private var left: Double { paper.margin }
    private var contentWidth: Double { paper.width - 2 * paper.margin }
    private var pageNumberStyle: TextStyle { TextStyle(size: 9 * s, ink: .muted) }
    /// The band at the foot of every page kept for "Trang 1/2".
    private var pageBandHeight: Double { 9 * s * 1.4 + 4 * s }

    /// A size that follows `scale` but stays between `floor` and `ceiling` points (all
    /// before the paper's type scale); the ceiling keeps a time on one line in its column.
    private func size(_ base: Double, floor: Double, scale: Double, ceiling: Double = .infinity) -> Double {
        s * min(ceiling, max(floor, base * scale))
    }

    // MARK: Blocks

    private func headerBlock(_ content: PosterContent, scale h: Double) -> Block {
        var block = Block()
        paragraph(&block, content.organizer, TextStyle(size: 12 * s * h, weight: .bold), centred: true)
        block.skip(6 * s * h)
        paragraph(&block, content.title, TextStyle(size: 22 * s * h, weight: .bold, ink: .accent), centred: true)
        if let slogan = content.slogan {
            block.skip(4 * s * h)
            paragraph(&block, slogan, TextStyle(size: 14 * s * h, italic: true, ink: .accent), centred: true)
        }
        block.skip(4 * s * h)
        paragraph(&block, content.dates, TextStyle(size: 11.5 * s * h), centred: true)
        block.skip(8 * s * h)
        block.rule(x: left, width: contentWidth)
        block.skip(8 * s * h)
        if let unit = content.unitName {
            paragraph(&block, unit, TextStyle(size: 22 * s * h, weight: .bold, ink: .unit), centred: true)
            block.skip(8 * s * h)
        }
        paragraph(&block, content.heading, TextStyle(size: 13 * s * h, weight: .bold), centred: false)
        block.skip(6 * s * h)
        block.append(columnTitles(content.labels))
        return block
    }

    private func continuationBlock(_ content: PosterContent) -> Block {
        var block = Block()
        paragraph(&block, content.title, TextStyle(size: 12 * s, weight: .bold, ink: .accent), centred: true)
        block.skip(3 * s)
        let subject = (content.unitName ?? content.heading) + " " + content.labels.continued
        paragraph(&block, subject, TextStyle(size: 13 * s, weight: .bold, ink: .unit), centred: true)
        block.skip(6 * s)
        block.rule(x: left, width: contentWidth)
        block.skip(6 * s)
        block.append(columnTitles(content.labels))
        return block
    }

    private func footerBlock(_ content: PosterContent) -> Block {
        var block = Block()
        block.skip(6 * s)
        block.rule(x: left, width: contentWidth)
        block.skip(6 * s)
        if let courtesy = content.courtesy {
            paragraph(&block, courtesy, TextStyle(size: 11 * s, italic: true, ink: .accent), centred: true)
            block.skip(6 * s)
        }
        let top = block.height
        let side = paper.qrSide
        let captionWidth = side * 1.3
        let captionLeft = left + contentWidth - captionWidth
        block.code = PlacedCode(x: captionLeft + (captionWidth - side) / 2, y: top, side: side, url: content.url)
        block.height = top + side + 2 * s
        block.add(
            measure.lines(content.caption, style: TextStyle(size: 8 * s, ink: .muted), width: captionWidth),
            style: TextStyle(size: 8 * s, ink: .muted), left: captionLeft, width: captionWidth, centred: true)
        let codeBottom = block.height
        block.height = top
        let contactWidth = contentWidth - captionWidth - 12 * s
        for line in content.contact {
            paragraph(&block, line, TextStyle(size: 9.5 * s), centred: false, width: contactWidth)
            block.skip(2 * s)
        }
        block.height = max(block.height, codeBottom)
        return block
    }

    /// The list as rows: procedures, and on the summary poster each unit's name above its
    /// own, kept on the same page as the unit's first procedure.
    private func listRows(_ content: PosterContent, scale f: Double) -> [Block] {
        var rows: [Block] = []
        for section in content.sections {
            var sectionRows = section.procedures.enumerated().map { index, procedure in
                procedureRow(procedure, number: index + 1, scale: f)
            }
            if sectionRows.isEmpty {
                var row = Block()
                row.skip(4 * s * f)
                let style = TextStyle(size: size(12, floor: 9, scale: f), italic: true, ink: .muted)
                paragraph(&row, content.labels.noProcedures, style, centred: false)
                row.skip(4 * s * f)
                sectionRows.append(row)
            }
            if let title = section.title {
                var row = Block()
                row.skip(8 * s * f)
                let style = TextStyle(size: size(14, floor: 9.5, scale: f), weight: .bold, ink: .unit)
                paragraph(&row, title, style, centred: false)
                row.skip(2 * s * f)
                row.append(sectionRows[0])
                sectionRows[0] = row
            }
            rows += sectionRows
        }
        return rows
    }

    /// The table's columns: the procedure's name, its usual time and its reduced time.
    private var columns: (name: Column, standard: Column, reduced: Column) {
        let gap = 10 * s
        let usable = contentWidth - 2 * gap
        let name = Column(left: left, width: usable * 0.47)
        let standard = Column(left: name.left + name.width + gap, width: usable * 0.19)
        let reduced = Column(left: standard.left + standard.width + gap, width: usable * 0.34)
        return (name, standard, reduced)
    }

    /// The column titles above the table, on every page.
    private func columnTitles(_ labels: PosterLabels) -> Block {
        let style = TextStyle(size: 9.5 * s, weight: .bold, ink: .muted)
        var block = Block()
        let (name, standard, reduced) = columns
        var bottom = 0.0
        for (title, column) in [(labels.procedure, name), (labels.standard, standard), (labels.reduced, reduced)] {
            var cell = Block()
            cell.add(measure.lines(title, style: style, width: column.width), style: style, left: column.left, width: column.width)
            block.texts += cell.texts
            bottom = max(bottom, cell.height)
        }
        block.height = bottom + 3 * s
        block.rule(x: left, width: contentWidth)
        return block
    }

    /// A procedure as a table row: its name, the usual time small and grey, the reduced
    /// time large; a row may break across pages only between name lines below the times.
    private func procedureRow(_ procedure: PosterContent.Procedure, number: Int, scale f: Double) -> Block {
        let (name, standard, reduced) = columns
        let padding = 5 * s * f
        var row = Block()
        row.skip(padding)
        let top = row.height

        var times = Block()
        var timesHeight = top
        if let text = procedure.standard {
            let style = TextStyle(size: size(11, floor: 8, scale: f, ceiling: 11), ink: .muted)
            times.height = top + 0.35 * size(18, floor: 12, scale: f, ceiling: 19.5) - 0.35 * style.size
            times.add(measure.lines(text, style: style, width: standard.width), style: style, left: standard.left, width: standard.width)
            timesHeight = max(timesHeight, times.height)
        }
        if let text = procedure.reduced {
            let style = TextStyle(size: size(18, floor: 12, scale: f, ceiling: 19.5), weight: .bold, ink: .accent)
            times.height = top
            times.add(measure.lines(text, style: style, width: reduced.width), style: style, left: reduced.left, width: reduced.width)
            timesHeight = max(timesHeight, times.height)
        }

        let nameStyle = TextStyle(size: size(14, floor: 9, scale: f))
        var cuts: [Double] = []
        for line in measure.lines("\(number). \(procedure.name)", style: nameStyle, width: name.width) {
            if row.height > top, row.height >= timesHeight { cuts.append(row.height) }
            row.add([line], style: nameStyle, left: name.left, width: name.width)
        }
        row.texts += times.texts
        row.height = max(row.height, timesHeight) + padding
        row.rule(x: left, width: contentWidth)
        row.cuts = cuts
        return row
    }

    private func paragraph(_ block: inout Block, _ text: String, _ style: TextStyle, centred: Bool, width: Double? = nil) {
        let width = width ?? contentWidth
        block.add(measure.lines(text, style: style, width: width), style: style, left: left, width: width, centred: centred)
    }

    // MARK: Pages

    private func paginate(
        _ rows: [Block], header: Block, continuation: Block, footer: Block, bottom: Double, content: PosterContent
    ) -> [PosterPage] {
        var pages: [PosterPage] = []
        var page = PosterPage(width: paper.width, height: paper.height)
        page.place(header, at: paper.margin)
        var y = paper.margin + header.height
        var placedOnPage = 0
        let freshTop = paper.margin + continuation.height

        func nextPage() {
            pages.append(page)
            page = PosterPage(width: paper.width, height: paper.height)
            page.place(continuation, at: paper.margin)
            y = freshTop
            placedOnPage = 0
        }

        var queue = rows[...]
        while let row = queue.first {
            if y + row.height <= bottom + 1e-6 {
                page.place(row, at: y)
                y += row.height
                placedOnPage += 1
                queue.removeFirst()
            } else if placedOnPage > 0, row.height <= bottom - freshTop {
                nextPage()
            } else if let cut = row.cuts.last(where: { y + $0 <= bottom + 1e-6 }) {
                let (upper, lower) = row.split(at: cut)
                page.place(upper, at: y)
                queue.removeFirst()
                queue.insert(lower, at: queue.startIndex)
                nextPage()
            } else if placedOnPage > 0 || y > freshTop {
                nextPage()
            } else {
                // A single line taller than a whole page: no size can avoid it; keep going.
                page.place(row, at: y)
                y += row.height
                queue.removeFirst()
            }
        }
        pages.append(page)

        let footerTop = bottom
        for index in pages.indices {
            pages[index].place(footer, at: footerTop)
            if pages.count > 1 {
                let label = "\(content.labels.page) \(index + 1)/\(pages.count)"
                let lines = measure.lines(label, style: pageNumberStyle, width: contentWidth)
                var band = Block()
                band.add(lines, style: pageNumberStyle, left: left, width: contentWidth, centred: true)
                pages[index].place(band, at: paper.height - paper.margin - band.height)
            }
        }
        return pages
    }
}

/// A column of the procedures table.
struct Column {
    var left: Double
    var width: Double
}

/// Things placed relative to a block's top (x is already on the page), the block's
/// height, and the offsets at which a page may break inside it.
struct Block {
    var texts: [PlacedText] = []
    var rules: [PlacedRule] = []
    var code: PlacedCode?
    var height: Double = 0
    var cuts: [Double] = []

    mutating func skip(_ amount: Double) { height += amount }

    /// Stacks `lines` below what is there, left-aligned or centred in `width`.
    mutating func add(_ lines: [MeasuredLine], style: TextStyle, left: Double, width: Double, centred: Bool = false) {
        for line in lines {
            let x = centred ? left + max(0, (width - line.width) / 2) : left
            texts.append(PlacedText(text: line.text, x: x, y: height, width: line.width, height: line.height, style: style))
            height += line.height
        }
    }

    /// Stacks `other` below what is there, with the places it may break.
    mutating func append(_ other: Block) {
        texts += other.texts.map { text in
            var moved = text
            moved.y += height
            return moved
        }
        rules += other.rules.map { PlacedRule(x: $0.x, y: $0.y + height, width: $0.width) }
        cuts += other.cuts.map { $0 + height }
        height += other.height
    }

    mutating func rule(x: Double, width: Double) {
        rules.append(PlacedRule(x: x, y: height, width: width))
    }

    /// The part above `offset` and the rest, moved up to start at zero.
    func split(at offset: Double) -> (Block, Block) {
        var upper = Block(height: offset)
        var lower = Block(height: height - offset)
        for text in texts {
            if text.y < offset {
                upper.texts.append(text)
            } else {
                var moved = text
                moved.y -= offset
                lower.texts.append(moved)
            }
        }
        for rule in rules {
            if rule.y < offset {
                upper.rules.append(rule)
            } else {
                lower.rules.append(PlacedRule(x: rule.x, y: rule.y - offset, width: rule.width))
            }
        }
        lower.cuts = cuts.filter { $0 > offset }.map { $0 - offset }
        return (upper, lower)
    }
}

extension PosterPage {
    mutating func place(_ block: Block, at top: Double) {
        texts += block.texts.map { text in
            var moved = text
            moved.y += top
            return moved
        }
        rules += block.rules.map { PlacedRule(x: $0.x, y: $0.y + top, width: $0.width) }
        if let code = block.code {
            self.code = PlacedCode(x: code.x, y: code.y + top, side: code.side, url: code.url)
        }
    }
}
