/// `madoguchi fit --format json|csv`: the sample and every family's fit, best first. Keys
/// are documented in docs/run-json.md.
package struct FitJSON: Encodable {
    package struct Parameter: Encodable {
        package var name: String
        package var value: Double
        package var ci95Low: Double
        package var ci95High: Double

        enum CodingKeys: String, CodingKey {
            case name, value
            case ci95Low = "ci95_low"
            case ci95High = "ci95_high"
        }
    }

    package struct Fit: Encodable {
        package var family: String
        package var aic: Double
        package var deltaAIC: Double
        package var ks: Double
        package var parameters: [Parameter]
        package var scenarioLine: String

        enum CodingKeys: String, CodingKey {
            case family, aic, ks, parameters
            case deltaAIC = "delta_aic"
            case scenarioLine = "scenario_line"
        }
    }

    package var schema = "madoguchi.fit/1"
    package var file: String
    package var column: String
    package var count: Int
    package var emptyFields: Int
    package var meanSeconds: Double
    package var fits: [Fit]

    enum CodingKeys: String, CodingKey {
        case schema, file, column, count, fits
        case emptyFields = "empty_fields"
        case meanSeconds = "mean_seconds"
    }

    package init(_ report: FitReport) {
        let c = report.comparison
        file = report.column.path
        column = report.column.column
        count = c.sample.count
        emptyFields = report.column.emptyFields
        meanSeconds = c.sample.mean
        fits = c.fits.map { fit in
            Fit(family: fit.family.rawValue, aic: fit.aic, deltaAIC: c.deltaAIC(fit), ks: fit.ksDistance,
                parameters: fit.parameters.map { p in
                    let ci = p.interval(level: 0.95)
                    return Parameter(name: p.name, value: p.value, ci95Low: ci.lowerBound, ci95High: ci.upperBound)
                },
                scenarioLine: fit.scenarioLine)
        }
    }

    /// One row per fitted parameter, best family first.
    package var csv: String {
        var lines = ["family,aic,delta_aic,ks,parameter,value,ci95_low,ci95_high"]
        for fit in fits {
            for p in fit.parameters {
                lines.append([fit.family, "\(fit.aic)", "\(fit.deltaAIC)", "\(fit.ks)", CSV.field(p.name), "\(p.value)",
                              "\(p.ci95Low)", "\(p.ci95High)"].joined(separator: ","))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
