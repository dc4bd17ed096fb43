/// Anything wrong with a scenario a user gave: the file, where in it, which key, what is
/// wrong and what would be accepted. `description` is English; `message(in:)` gives either.
package struct ScenarioError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The file path, built-in file or override the offending value came from.
    package var origin: String
    package var line: Int?
    package var column: Int?
    /// The dotted key, e.g. `faults.reader_error` or `arrivals[2].to`; nil for whole-file problems.
    package var key: String?
    package var problem: Problem

    package init(origin: String, line: Int? = nil, column: Int? = nil, key: String? = nil, problem: Problem) {
        self.origin = origin
        self.line = line
        self.column = column
        self.key = key
        self.problem = problem
    }

    /// Wraps what the configuration reader found (the file, its TOML, its limits, keys
    /// nobody reads), keeping its place.
    package init(_ error: ConfigError) {
        self.init(origin: error.origin, line: error.line, column: error.column, key: error.key, problem: .config(error.problem))
    }

    package enum Problem: Sendable, Equatable {
        case fileNotFound(builtinNames: [String])
        /// Whatever any configuration file can get wrong: unreadable, not TOML, too large,
        /// an unknown key.
        case config(ConfigProblem)
        case missingKey
        case wrongType(expected: ValueShape, found: String)
        case invalidNumber(WrittenNumber, NumberRule)
        case invalidClockTime(String)
        case invalidDate(String)
        case openingTooLate(ClockTime)
        case closingNotAfterOpening(opening: ClockTime, closing: ClockTime)
        case warmupTooLong(minutes: Double, dayMinutes: Double)
        case unknownOption(String, accepted: [String], suggestion: String?)
        /// A credential or method used on a date before it existed (`Timeline`).
        case notYetIntroduced(String, introduced: CalendarDate, date: CalendarDate)
        case mixSum(Double)
        case timesOutOfOrder(from: ClockTime, to: ClockTime)
        case windowOutsideDay(from: ClockTime, to: ClockTime, opening: ClockTime, closing: ClockTime)
        /// A scripted patient arrives before opening or after closing.
        case arrivalOutsideDay(ClockTime, opening: ClockTime, closing: ClockTime)
        case windowsOverlap(otherFrom: ClockTime, otherTo: ClockTime)
        case distribution(name: String, DistributionRule)
        case readersNeeded(readerShare: Double)
        case outageReaderOutOfRange(Int, readers: Int)
        case tooManyArrivals(expected: Double, limit: Double)
        case tooManyTables(count: Int, limit: Int)
        case override(String)
    }

    /// The kinds of value a key can require.
    package enum ValueShape: Sendable, Equatable {
        case integer, number, string, table, arrayOfTables, numberArray, boolean, stringArray
        case clockTime, date, distribution, patience
    }

    /// The ranges numbers must fall in.
    package enum NumberRule: Sendable, Equatable {
        case probability
        case nonNegative
        case positive
        case integerAtLeast(Int)
        case integerIn(Int, Int)
    }

    /// What a distribution's parameters must satisfy.
    package enum DistributionRule: Sendable, Equatable {
        case parameters(accepted: [[String]])
        case p90NotAboveMedian
        case minAboveMax
        case modeOutside
        case emptyValues
        case kNotPositiveInteger
    }

    package var description: String { message(in: .en) }

    package func message(in language: Language) -> String {
        let text = problem.text(in: language)
        return Diagnostic.message(origin: origin, line: line, column: column, key: key,
                                  problem: text.problem, accepted: text.accepted, in: language)
    }
}
