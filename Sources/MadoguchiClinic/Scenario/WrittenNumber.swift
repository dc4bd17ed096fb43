/// A number as the file wrote it, for a message that quotes it: an integer stays exact, where
/// a Double would show 9223372036854775807 as 9.22337e+18.
package enum WrittenNumber: Sendable, Equatable, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral {
    case integer(Int)
    case float(Double)

    package init(integerLiteral value: Int) { self = .integer(value) }
    package init(floatLiteral value: Double) { self = .float(value) }

    package var formatted: String {
        switch self {
        case .integer(let i): String(i)
        case .float(let x): x.formatted
        }
    }
}
