/// A problem found while reading a configuration file, before any meaning is given to its
/// keys: the file itself, its TOML, its limits, or a key nobody reads.
public struct ConfigError: Error, Sendable, Equatable, CustomStringConvertible {
    public var origin: String
    public var line: Int?
    public var column: Int?
    public var key: String?
    public var problem: ConfigProblem

    public init(origin: String, line: Int? = nil, column: Int? = nil, key: String? = nil, problem: ConfigProblem) {
        self.origin = origin
        self.line = line
        self.column = column
        self.key = key
        self.problem = problem
    }

    public func message(in language: Language) -> String {
        let text = problem.text(in: language)
        return Diagnostic.message(origin: origin, line: line, column: column, key: key,
                                  problem: text.problem, accepted: text.accepted, in: language)
    }

    public var description: String { message(in: .en) }
}
