import MadoguchiClinic

/// The text `madoguchi fit` prints: the sample, one row per family (numbers first and
/// labels last, so columns line up whatever the width of Japanese labels), and the winner's
/// line to paste into a scenario.
package struct FitReport {
    package let column: DurationColumn
    package let comparison: FitComparison
    package let language: Language

    package init(_ column: DurationColumn, language: Language) {
        self.column = column
        comparison = FitComparison(column.sample)
        self.language = language
    }

    /// The text in the report's language; labelled, so the two languages cannot be swapped unseen.
    func t(en: String, ja: String) -> String { Bilingual(en: en, ja: ja).text(language) }

    func number(_ value: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f", value) }

    func padded(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(1, width - text.count)) + text
    }

    package var text: String {
        let sample = comparison.sample
        var lines: [String] = []
        let skipped = column.emptyFields > 0 ? t(en: " (\(column.emptyFields) empty fields skipped)", ja: "(空欄 \(column.emptyFields) 件は読み飛ばし)") : ""
        lines.append(t(en: "\(column.path), column '\(column.column)': \(sample.count) durations in seconds\(skipped)",
                       ja: "\(column.path) の列 '\(column.column)': 所要時間 \(sample.count) 件(秒)\(skipped)"))
        lines.append(t(en: "  mean \(number(sample.mean)), median \(number(sample.quantile(0.5))), 90th percentile \(number(sample.quantile(0.9)))",
                       ja: "  平均 \(number(sample.mean))、中央値 \(number(sample.quantile(0.5)))、90パーセンタイル \(number(sample.quantile(0.9)))"))
        lines.append("")
        lines.append(padded("AIC", 12) + padded("ΔAIC", 9) + padded("KS", 8) + "  "
                     + t(en: "family: maximum-likelihood parameters (95 % interval)", ja: "分布: 最尤推定のパラメータ(95 %信頼区間)"))
        for fit in comparison.fits {
            let parameters = fit.parameters.map { p -> String in
                let ci = p.interval(level: 0.95)
                let value = ScenarioNumber.format(p.value, significant: 4)
                let low = ScenarioNumber.format(ci.lowerBound, significant: 4), high = ScenarioNumber.format(ci.upperBound, significant: 4)
                return "\(p.name) = \(value) (\(low)–\(high))"
            }.joined(separator: ", ")
            let numbers: String = padded(number(fit.aic), 12) + padded(number(comparison.deltaAIC(fit)), 9)
                + padded(number(fit.ksDistance, 3), 8)
            lines.append(numbers + "  " + fit.family.rawValue + ": " + parameters)
        }
        lines.append("")
        lines.append(t(en: "AIC: lower is better; within 2 of the best the data hardly tell two families apart. KS: the largest gap between the observed and the fitted distribution function.",
                       ja: "AIC は小さいほどよく、最良との差が 2 以内ならデータでは区別しにくい。KS は観測値と当てはめた分布の累積分布関数の最大の差。"))
        let close = comparison.fits.dropFirst().filter { comparison.deltaAIC($0) < 2 }.map(\.family.rawValue)
        if !close.isEmpty {
            lines.append(t(en: "About as good: \(close.joined(separator: ", ")).", ja: "ほぼ同等: \(close.joined(separator: "、"))。"))
        }
        lines.append(t(en: "Best by AIC: \(comparison.best.family.rawValue). Paste into the scenario (seconds):",
                       ja: "AIC で最良: \(comparison.best.family.rawValue)。シナリオに貼り付ける行(秒):"))
        lines.append(comparison.best.scenarioLine)
        return lines.joined(separator: "\n")
    }
}
