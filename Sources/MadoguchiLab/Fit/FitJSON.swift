/// `madoguchi fit --format json|csv`: the sample and every family's fit, best first. Keys
/// are documented in docs/run-json.md.
public struct FitJSON: Encodable {
    public struct Parameter: Encodable {
        public var name: String
        public var value: Double
        public var ci95Low: Double
        public var ci95High: Double

        enum CodingKeys: String, CodingKey {
            case name, value
            case ci95Low = "ci95_low"
            case ci95High = "ci95_high"
        }
    }

    public struct Fit: Encodable {
        public var family: String
        public var aic: Double
        public var deltaAIC: Double
        public var ks: Double
        public var parameters: [Parameter]
        public var scenarioLine: String

        enum CodingKeys: String, CodingKey {
            case family, aic, ks, parameters
            case deltaAIC = "delta_aic"
            case scenarioLine = "scenario_line"
        }
    }

    public var schema = "madoguchi.fit/1"
    public var file: String
    public var column: String
    public var count: Int
    public var emptyFields: Int
    public var meanSeconds: Double
    public var fits: [Fit]

    enum CodingKeys: String, CodingKey {
        case schema, file, column, count, fits
        case emptyFields = "empty_fields"
        case meanSeconds = "mean_seconds"
    }

    public init(_ report: FitReport) {
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
    public var csv: String {
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
