import Foundation
import MadoguchiClinic

/// The readable table of `madoguchi run`. Numbers come first and labels last, so columns
/// line up whatever the display width of the Japanese labels.
public struct RunReport {
    public let summary: RunSummary
    public let language: Language

    public init(_ summary: RunSummary, language: Language) {
        self.summary = summary
        self.language = language
    }

    func t(_ en: String, _ ja: String) -> String { language == .ja ? ja : en }

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

    public var text: String {
        let s = summary
        var lines: [String] = []
        lines.append("Madoguchi \(s.version) — \(s.scenario.title) (\(s.scenario.origin))")
        lines.append(t("\(s.scenario.date) \(s.scenario.opening)–\(s.scenario.closing), \(s.scenario.desks) desk staff, \(s.scenario.readers) card readers",
                       "\(s.scenario.date) \(s.scenario.opening)〜\(s.scenario.closing)、受付職員 \(s.scenario.desks) 人、カードリーダー \(s.scenario.readers) 台"))
        lines.append(s.replications > 1
            ? t("seed \(s.seed), \(s.replications) replications: mean ± half-width of the 95 % confidence interval, or mean (low–high) where the interval is cut at 0 or 100 %",
                "シード \(s.seed)、\(s.replications) 回の反復: 平均 ± 95 %信頼区間の半幅(区間が 0 または 100 %で切られる場合は 平均 (下限–上限))")
            : t("seed \(s.seed), one replication", "シード \(s.seed)、1 回の実行"))
        for warning in s.warnings { lines.append(warning) }
        lines.append("")
        lines.append(t("Patients", "患者数"))
        lines.append(count(e(MetricCatalogue.counted)) + "  " + t("arrived", "来院"))
        lines.append(count(e(MetricCatalogue.served)) + "  " + t("served", "受付完了"))
        lines.append(count(e(MetricCatalogue.reneged)) + "  " + t("left before being served", "受付前に帰った"))
        lines.append("")
        let header = ["mean", "p50", "p90", "p95", "max"].map { String(repeating: " ", count: width - $0.count) + $0 }.joined()
        lines.append(t("Wait before the desk (minutes)", "受付までの待ち時間(分)"))
        lines.append(header)
        lines.append(durationRow(MetricCatalogue.waitBeforeDesk, t("all patients", "全体")))
        for path in CredentialPath.allCases {
            let metrics = MetricCatalogue.byPath(path)
            let patients = e(metrics.patients).mean
            guard patients > 0 else { continue }
            lines.append(durationRow(metrics.wait, path.name.text(language) + t(", n = \(format(patients))", "(\(format(patients)) 人)")))
        }
        lines.append("")
        lines.append(t("Total time at reception (minutes)", "受付の所要時間(分)"))
        lines.append(header)
        lines.append(durationRow(MetricCatalogue.timeAtReception, t("all served patients", "受付完了した患者")))
        lines.append("")
        lines.append(t("Utilization and usage", "稼働率と利用率"))
        lines.append(cell(e(MetricCatalogue.readerUtilization), scale: 100) + "  " + t("% card readers busy", "% カードリーダー稼働率"))
        lines.append(cell(e(MetricCatalogue.deskUtilization), scale: 100) + "  " + t("% desk staff busy", "% 受付職員稼働率"))
        lines.append(cell(e(MetricCatalogue.usageRate), scale: 100, digits: 2) + "  " + t("% usage rate (利用率: My Number card / all online confirmations)",
                                                                                        "% 利用率(マイナ保険証 / オンライン資格確認の総数)"))
        lines.append(count(e(MetricCatalogue.decisionErrors)) + "  " + t("staff decisions against the standard recovery", "標準の対応と異なる判断"))
        lines.append("")
        lines.append(t("Reception as a queueing system (every patient, served or not)", "待ち行列としての受付(受付前に帰った患者を含む全員)"))
        for metric in MetricCatalogue.queueing where metric != MetricCatalogue.observed {
            let unit = metric.unit == .meanPatients ? "" : t(", ", "、") + metric.unit.name.text(language)
            lines.append(cell(e(metric), scale: metric.unit.shown(1), digits: metric.unit == .meanPatients ? 2 : 1)
                         + "  " + metric.label.text(language) + unit)
        }
        lines.append("")
        lines.append(t("Faults", "トラブル"))
        lines.append(["count", "recovery", "p90"].map { String(repeating: " ", count: width - $0.count) + $0 }.joined()
                     + t("  (recovery in minutes, over the days with one)", "  (対応時間は分、対応のあった日の平均)"))
        for fault in Fault.allCases {
            let metrics = MetricCatalogue.fault(fault)
            let faultCount = e(metrics.count)
            guard faultCount.mean > 0 else { continue }
            let outcomes = zip(Outcome.allCases, metrics.outcomes).compactMap { o, metric -> String? in
                let mean = e(metric).mean
                guard mean > 0 else { return nil }
                return "\(o.name.text(language)) \(format(mean))"
            }.joined(separator: t(", ", "、"))
            lines.append(count(faultCount) + cell(e(metrics.recoveryMean), scale: 1 / 60) + cell(e(metrics.recoveryP90), scale: 1 / 60)
                         + "  " + fault.name.text(language) + " — " + outcomes)
        }
        lines.append("")
        lines.append(t("Outcomes", "結果"))
        for outcome in Outcome.allCases {
            lines.append(count(e(MetricCatalogue.outcome(outcome))) + "  " + outcome.name.text(language))
        }
        return lines.joined(separator: "\n")
    }

    func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}
