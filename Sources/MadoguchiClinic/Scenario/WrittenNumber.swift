/// A number as the file wrote it, for a message that quotes it: an integer stays exact, where
/// a Double would show 9223372036854775807 as 9.22337e+18.
public enum WrittenNumber: Sendable, Equatable, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral {
    case integer(Int)
    case float(Double)

    public init(integerLiteral value: Int) { self = .integer(value) }
    public init(floatLiteral value: Double) { self = .float(value) }

    public static let infinity = WrittenNumber.float(.infinity)

    public var isNaN: Bool { if case .float(let x) = self { x.isNaN } else { false } }

    public var formatted: String {
        switch self {
        case .integer(let i): String(i)
        case .float(let x): x.formatted
        }
    }
}
