import Foundation
import MadoguchiClinic

/// One point of a sweep: the settings applied and the replications' statistics.
package struct SweepPoint: Sendable {
    package var settings: [(key: String, value: String)]
    package var estimates: [Estimate]

    package init(settings: [(key: String, value: String)], statistics: [ClinicStatistics]) {
        self.settings = settings
        estimates = MetricCatalogue.swept.map { metric in Estimate(statistics.map(metric.shownValue), within: metric.shownRange) }
    }

    package func estimate(_ metric: Metric) -> Estimate { estimates[MetricCatalogue.swept.firstIndex(of: metric)!] }
}

/// The table and CSV of `madoguchi sweep`. Every point uses the same seed, so neighbouring
/// points differ by the setting, not by luck (common random numbers).
package struct SweepReport {
    package let scenario: Scenario
    package let seed: UInt64
    package let replications: Int
    package let points: [SweepPoint]

    package init(scenario: Scenario, seed: UInt64, replications: Int, points: [SweepPoint]) {
        self.scenario = scenario
        self.seed = seed
        self.replications = replications
        self.points = points
    }

    var keys: [String] { points.first?.settings.map(\.key) ?? [] }

    /// Settings first (ASCII keys and values), then each metric as mean±half-width; a
    /// legend under the table names the metrics in the chosen language.
    package func text(language: Language, version: String) -> String {
        func t(en: String, ja: String) -> String { Bilingual(en: en, ja: ja).text(language) }
        var lines = ["Madoguchi \(version) — " + t(en: "sweep of", ja: "パラメータ掃引") + " \(scenario.title) (\(scenario.origin))",
                     t(en: "seed \(seed), \(replications) replications per point, all points on the same random numbers: mean ± half-width of the 95 % CI, or mean (low–high) where it is cut at 0 or 100 %",
                       ja: "シード \(seed)、各点 \(replications) 回の反復(全点で共通乱数): 平均 ± 95 %信頼区間の半幅(0 または 100 %で切られる場合は 平均 (下限–上限))"),
                     ""]
        let keyWidths = keys.enumerated().map { i, key in max(key.count, points.map { $0.settings[i].value.count }.max() ?? 0) }
        let metricWidths = MetricCatalogue.swept.map { metric in
            max(metric.labName!.count, points.map { cell($0.estimate(metric), metric).count }.max() ?? 0)
        }
        var header = zip(keys, keyWidths).map { pad($0, $1) }
        header += zip(MetricCatalogue.swept, metricWidths).map { pad($0.labName!, $1) }
        lines.append(header.joined(separator: "  "))
        for point in points {
            var row = zip(point.settings, keyWidths).map { pad($0.value, $1) }
            row += zip(MetricCatalogue.swept, metricWidths).map { pad(cell(point.estimate($0), $0), $1) }
            lines.append(row.joined(separator: "  "))
        }
        lines.append("")
        for metric in MetricCatalogue.swept {
            lines.append("\(metric.labName!): \(metric.label.text(language)) (\(metric.unit.name.text(language)))")
        }
        return lines.joined(separator: "\n")
    }

    /// One row per point: the settings, then mean, ci95_low and ci95_high of every metric.
    package var csv: String {
        var header = keys.map(CSV.field) + ["seed", "replications"]
        for metric in MetricCatalogue.swept { header += ["_mean", "_ci95_low", "_ci95_high"].map { metric.labName! + $0 } }
        var lines = [header.joined(separator: ",")]
        for point in points {
            var row = point.settings.map { CSV.field($0.value) } + [String(seed), String(replications)]
            for e in point.estimates { row += [e.mean, e.ci95Low, e.ci95High].map { String($0) } }
            lines.append(row.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func cell(_ e: Estimate, _ metric: Metric) -> String {
        let digits = metric.digits
        return e.text(digits: digits, replications: replications)
    }

    func pad(_ text: String, _ width: Int) -> String { String(repeating: " ", count: max(0, width - text.count)) + text }
}
