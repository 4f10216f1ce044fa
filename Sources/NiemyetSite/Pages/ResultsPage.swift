import NiemyetCore

/// Counts of dossiers: one unit's, one block's, or the campaign's.
struct Tally: Sendable {
    var received = 0
    var sameDay = 0
    var onTime = 0
    var late = 0

    mutating func add(_ result: UnitResult) {
        received += result.received
        sameDay += result.sameDay
        onTime += result.onTime
        late += result.late
    }
}

extension PageBuilder {
    /// A campaign's results: totals by block as an inline SVG bar chart (with a text
    /// description and the same numbers as a table) and the row of every unit.
    func results(_ entry: CampaignEntry, root: String) -> [String: Any] {
        let campaign = entry.campaign
        var byBlock: [String: Tally] = [:]
        var blockNames: [String: String] = [:]
        var order: [String] = []
        var total = Tally()
        var units: [[String: Any]] = []
        for unit in entry.units {
            guard let result = unit.result else { continue }
            let key = unit.block?.id ?? ""
            if byBlock[key] == nil { order.append(key) }
            byBlock[key, default: Tally()].add(result)
            blockNames[key] = labels.block(unit.block)
            total.add(result)
            var row = counts(result)
            row["rowName"] = unit.name
            row["rowHref"] = root + SitePaths.unit(unit.id, in: campaign.id)
            row["blockName"] = labels.block(unit.block)
            units.append(row)
        }
        let blocks = order.map { key -> (String, Tally) in (blockNames[key] ?? key, byBlock[key] ?? Tally()) }
        var totalContext = counts(total)
        totalContext["rowName"] = labels["col.total"]
        return [
            "pageTitle": "\(labels["results"]): \(campaign.title)",
            "crumbs": crumbs([(labels["nav.home"], root), (campaign.title, root + SitePaths.campaign(campaign.id))]),
            "campaignHref": root + SitePaths.campaign(campaign.id),
            "campaignTitle": campaign.title,
            "campaignPeriod": period(campaign),
            "blocks": blocks.map { name, tally -> [String: Any] in
                var row = counts(tally)
                row["rowName"] = name
                return row
            },
            "total": totalContext,
            "units": units,
            "chart": chart(blocks),
        ]
    }

    private func counts(_ result: UnitResult) -> [String: Any] {
        var tally = Tally()
        tally.add(result)
        return counts(tally)
    }

    private func counts(_ tally: Tally) -> [String: Any] {
        [
            "received": labels.number(tally.received), "sameDay": labels.number(tally.sameDay),
            "onTime": labels.number(tally.onTime), "late": labels.number(tally.late),
        ]
    }

    /// Two bars a block (received, resolved the same day), scaled to the largest count;
    /// the description reads every number, for screen readers and search.
    func chart(_ blocks: [(String, Tally)]) -> [String: Any] {
        let width = 640
        let barArea = 460
        let barHeight = 16
        let rowHeight = 64
        let largest = max(1, blocks.map(\.1.received).max() ?? 1)
        let bars = blocks.enumerated().map { index, block -> [String: Any] in
            let top = index * rowHeight
            let receivedWidth = block.1.received * barArea / largest
            let sameDayWidth = block.1.sameDay * barArea / largest
            return [
                "barLabel": block.0,
                "labelY": top + 14,
                "barHeight": barHeight,
                "receivedY": top + 20,
                "receivedWidth": receivedWidth,
                "receivedTextX": receivedWidth + 6,
                "receivedTextY": top + 33,
                "receivedText": labels.number(block.1.received),
                "sameDayY": top + 40,
                "sameDayWidth": sameDayWidth,
                "sameDayTextX": sameDayWidth + 6,
                "sameDayTextY": top + 53,
                "sameDayText": labels.number(block.1.sameDay),
            ]
        }
        let description = blocks.map {
            labels.fill(
                "results.chart.entry",
                ["block": $0.0, "received": labels.number($0.1.received), "sameDay": labels.number($0.1.sameDay)])
        }.joined(separator: "; ")
        return [
            "width": width, "height": max(rowHeight, blocks.count * rowHeight), "bars": bars,
            "description": description + ".",
        ]
    }
}
