/// A problem found while reading a configuration file, before any meaning is given to its
/// keys: the file itself, its TOML, its limits, or a key nobody reads.
package struct ConfigError: Error, Sendable, Equatable, CustomStringConvertible {
    package var origin: String
    package var line: Int?
    package var column: Int?
    package var key: String?
    package var problem: ConfigProblem

    package init(origin: String, line: Int? = nil, column: Int? = nil, key: String? = nil, problem: ConfigProblem) {
        self.origin = origin
        self.line = line
        self.column = column
        self.key = key
        self.problem = problem
    }

    package func message(in language: Language) -> String {
        let text = problem.text(in: language)
        return Diagnostic.message(origin: origin, line: line, column: column, key: key,
                                  problem: text.problem, accepted: text.accepted, in: language)
    }

    package var description: String { message(in: .en) }
}
