import Foundation
import MadoguchiClinic

/// The readable table of `madoguchi run`. Numbers come first and labels last, so columns
/// line up whatever the display width of the Japanese labels.
package struct RunReport {
    package let summary: RunSummary
    package let language: Language

    package init(_ summary: RunSummary, language: Language) {
        self.summary = summary
        self.language = language
    }

    /// The text in the report's language; labelled, so the two languages cannot be swapped unseen.
    func t(en: String, ja: String) -> String { Bilingual(en: en, ja: ja).text(language) }

    /// "12.3" or, with replications, "12.3±0.4" (or "0.6 (0.0–1.7)" for an interval cut at 0).
    func cell(_ e: Estimate, scale: Double = 1, digits: Int = 1) -> String {
        let text = e.text(digits: digits, scale: scale, replications: summary.replications)
        return String(repeating: " ", count: max(1, width - text.count)) + text
    }

    /// Room for "9.2 (0.0–18.7)" once there are intervals.
    var width: Int { summary.replications > 1 ? 16 : 13 }

    /// Counts are whole numbers in a single run, means of counts with replications.
    func count(_ e: Estimate) -> String {
        cell(e, digits: summary.replications > 1 ? 1 : 0)
    }

    /// The metric's estimate in the run (every metric asked for here is in the JSON).
    func e(_ metric: Metric) -> Estimate { summary[metric]! }

    func durationRow(_ metrics: [Metric], _ label: String) -> String {
        metrics.map { cell(e($0), scale: 1 / 60) }.joined() + "  " + label
    }

    package var text: String {
        let s = summary
        var lines: [String] = []
        lines.append("Madoguchi \(s.version) — \(s.scenario.title) (\(s.scenario.origin))")
        lines.append(t(en: "\(s.scenario.date) \(s.scenario.opening)–\(s.scenario.closing), \(s.scenario.desks) desk staff, \(s.scenario.readers) card readers",
                       ja: "\(s.scenario.date) \(s.scenario.opening)〜\(s.scenario.closing)、受付職員 \(s.scenario.desks) 人、カードリーダー \(s.scenario.readers) 台"))
        lines.append(s.replications > 1
            ? t(en: "seed \(s.seed), \(s.replications) replications: mean ± half-width of the 95 % confidence interval, or mean (low–high) where the interval is cut at 0 or 100 %",
                ja: "シード \(s.seed)、\(s.replications) 回の反復: 平均 ± 95 %信頼区間の半幅(区間が 0 または 100 %で切られる場合は 平均 (下限–上限))")
            : t(en: "seed \(s.seed), one replication", ja: "シード \(s.seed)、1 回の実行"))
        for warning in s.warnings { lines.append(warning) }
        lines.append("")
        lines.append(t(en: "Patients", ja: "患者数"))
        lines.append(count(e(MetricCatalogue.counted)) + "  " + t(en: "arrived", ja: "来院"))
        lines.append(count(e(MetricCatalogue.served)) + "  " + t(en: "served", ja: "受付完了"))
        lines.append(count(e(MetricCatalogue.reneged)) + "  " + t(en: "left before being served", ja: "受付前に帰った"))
        lines.append("")
        let header = ["mean", "p50", "p90", "p95", "max"].map { String(repeating: " ", count: width - $0.count) + $0 }.joined()
        lines.append(t(en: "Wait before the desk (minutes)", ja: "受付までの待ち時間(分)"))
        lines.append(header)
        lines.append(durationRow(MetricCatalogue.waitBeforeDesk, t(en: "all patients", ja: "全体")))
        for path in CredentialPath.allCases {
            let metrics = MetricCatalogue.byPath(path)
            let patients = e(metrics.patients).mean
            guard patients > 0 else { continue }
            lines.append(durationRow(metrics.wait, path.name.text(language) + t(en: ", n = \(format(patients))", ja: "(\(format(patients)) 人)")))
        }
        lines.append("")
        lines.append(t(en: "Total time at reception (minutes)", ja: "受付の所要時間(分)"))
        lines.append(header)
        lines.append(durationRow(MetricCatalogue.timeAtReception, t(en: "all served patients", ja: "受付完了した患者")))
        lines.append("")
        lines.append(t(en: "Utilization and usage", ja: "稼働率と利用率"))
        lines.append(cell(e(MetricCatalogue.readerUtilization), scale: 100) + "  " + t(en: "% card readers busy", ja: "% カードリーダー稼働率"))
        lines.append(cell(e(MetricCatalogue.deskUtilization), scale: 100) + "  " + t(en: "% desk staff busy", ja: "% 受付職員稼働率"))
        lines.append(cell(e(MetricCatalogue.usageRate), scale: 100, digits: 2) + "  " + t(en: "% usage rate (利用率: My Number card / all online confirmations)",
                                                                                        ja: "% 利用率(マイナ保険証 / オンライン資格確認の総数)"))
        lines.append(count(e(MetricCatalogue.decisionErrors)) + "  " + t(en: "staff decisions against the standard recovery", ja: "標準の対応と異なる判断"))
        lines.append("")
        lines.append(t(en: "Reception as a queueing system (every patient, served or not)", ja: "待ち行列としての受付(受付前に帰った患者を含む全員)"))
        for metric in MetricCatalogue.queueing where metric != MetricCatalogue.observed {
            let unit = metric.unit == .meanPatients ? "" : t(en: ", ", ja: "、") + metric.unit.name.text(language)
            lines.append(cell(e(metric), scale: metric.unit.shown(1), digits: metric.unit == .meanPatients ? 2 : 1)
                         + "  " + metric.label.text(language) + unit)
        }
        lines.append("")
        lines.append(t(en: "Faults", ja: "トラブル"))
        lines.append(["count", "recovery", "p90"].map { String(repeating: " ", count: width - $0.count) + $0 }.joined()
                     + t(en: "  (recovery in minutes, over the days with one)", ja: "  (対応時間は分、対応のあった日の平均)"))
        for fault in Fault.allCases {
            let metrics = MetricCatalogue.fault(fault)
            let faultCount = e(metrics.count)
            guard faultCount.mean > 0 else { continue }
            let outcomes = zip(Outcome.allCases, metrics.outcomes).compactMap { o, metric -> String? in
                let mean = e(metric).mean
                guard mean > 0 else { return nil }
                return "\(o.name.text(language)) \(format(mean))"
            }.joined(separator: t(en: ", ", ja: "、"))
            lines.append(count(faultCount) + cell(e(metrics.recoveryMean), scale: 1 / 60) + cell(e(metrics.recoveryP90), scale: 1 / 60)
                         + "  " + fault.name.text(language) + " — " + outcomes)
        }
        lines.append("")
        lines.append(t(en: "Outcomes", ja: "結果"))
        for outcome in Outcome.allCases {
            lines.append(count(e(MetricCatalogue.outcome(outcome))) + "  " + outcome.name.text(language))
        }
        return lines.joined(separator: "\n")
    }

    func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}
