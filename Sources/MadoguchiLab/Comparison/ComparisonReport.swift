import Foundation
import MadoguchiClinic

/// The output of `madoguchi compare`: a table of both set-ups and their paired differences,
/// then one plain sentence per metric. Numbers first, labels last, as in `RunReport`.
package struct ComparisonReport {
    package let comparison: Comparison
    package let language: Language
    package let version: String

    package init(_ comparison: Comparison, language: Language, version: String) {
        self.comparison = comparison
        self.language = language
        self.version = version
    }

    /// The text in the report's language; labelled, so the two languages cannot be swapped unseen.
    func t(en: String, ja: String) -> String { Bilingual(en: en, ja: ja).text(language) }

    package var text: String {
        let c = comparison
        var lines: [String] = []
        lines.append("Madoguchi \(version) — " + t(en: "comparison", ja: "比較"))
        lines.append("A: \(c.a.title) (\(c.a.origin))")
        lines.append("B: \(c.b.title) (\(c.b.origin))")
        lines.append(t(en: "seed \(c.seed), \(c.replications) replications, both on the same patients and faults (common random numbers)",
                       ja: "シード \(c.seed)、\(c.replications) 回の反復。A と B は同じ患者・同じトラブル(共通乱数)"))
        lines.append("")
        let header = ["A", "B", "B − A", "95 % CI", "CRN ±", t(en: "indep. ±", ja: "独立 ±")]
        let widths = [12, 12, 12, 18, 12, 12]
        lines.append(zip(header, widths).map { pad($0, $1) }.joined())
        for d in c.differences {
            let digits = d.metric.digits
            let row = [number(d.meanA, digits), number(d.meanB, digits), number(d.difference.mean, digits),
                       number(d.lower, digits) + "…" + number(d.upper, digits),
                       number(d.difference.halfWidth, digits), number(d.independentHalfWidth, digits)]
            lines.append(zip(row, widths).map { pad($0, $1) }.joined() + "  " + d.metric.label.text(language) + " (" + d.metric.unit.name.text(language) + ")")
        }
        lines.append("")
        lines.append(t(en: "CRN ±: half-width of the paired interval; indep. ±: what B on other random numbers would give.",
                       ja: "CRN ±: 対応のある区間の半幅。独立 ±: B を別の乱数で実行した場合の半幅。"))
        lines.append("")
        for d in c.differences { lines.append(Self.sentence(d, language: language)) }
        return lines.joined(separator: "\n")
    }

    /// "B cuts the mean wait by 3.2 min (95 % CI 2.8–3.6)." and its siblings.
    package static func sentence(_ d: PairedDifference, language: Language) -> String {
        let m = d.metric
        let digits = m.digits
        let unit = m.unit.differenceName.text(language)
        let name = m.label.text(language)
        let ci = d.difference
        if !d.isClear {
            let interval = signed(d.lower, digits) + (language == .ja ? "〜" : "–") + signed(d.upper, digits)
            return language == .ja
                ? "\(name)に明確な差はありません(95 %信頼区間 \(interval) \(unit)は 0 を含みます)。"
                : "No clear difference in the \(name): the 95 % CI \(interval) \(unit) contains 0."
        }
        let down = ci.mean < 0
        let size = String(format: "%.\(digits)f", abs(ci.mean))
        let low = String(format: "%.\(digits)f", min(abs(d.lower), abs(d.upper)))
        let high = String(format: "%.\(digits)f", max(abs(d.lower), abs(d.upper)))
        if language == .ja {
            let verb = m.isDuration ? (down ? "短縮します" : "延ばします")
                : m.unit == .fraction ? (down ? "下げます" : "上げます") : (down ? "減らします" : "増やします")
            return "B は\(name)を \(size) \(unit)\(verb)(95 %信頼区間 \(low)〜\(high))。"
        }
        let verb = m.isDuration ? (down ? "cuts" : "lengthens") : (down ? "lowers" : "raises")
        return "B \(verb) the \(name) by \(size) \(unit) (95 % CI \(low)–\(high))."
    }

    static func signed(_ value: Double, _ digits: Int) -> String {
        let text = String(format: "%.\(digits)f", abs(value))
        return value < 0 && text.contains(where: { $0 != "0" && $0 != "." }) ? "−" + text : text
    }

    func number(_ value: Double, _ digits: Int) -> String { Self.signed(value, digits) }

    func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(1, width - text.count)) + text
    }
}
