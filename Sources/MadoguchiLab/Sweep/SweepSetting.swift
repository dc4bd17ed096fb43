import Foundation
import MadoguchiClinic

/// One `--set KEY=V1,V2,…`: a scenario key (as in the scenario file, dotted: staff.desks,
/// faults.reader_error, mix.path.myna_card) and the values to try, each a TOML value text.
package struct SweepSetting: Sendable, Equatable {
    package var key: String
    package var values: [String]

    package init(key: String, values: [String]) {
        self.key = key
        self.values = values
    }

    /// Parses "KEY=V1,V2,…"; the message names the text and the accepted form.
    package init(parsing text: String) throws {
        guard let equals = text.firstIndex(of: "=") else { throw SweepError.badSetting(text) }
        key = String(text[..<equals]).trimmingCharacters(in: .whitespaces)
        values = text[text.index(after: equals)...].split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard !key.isEmpty, !values.isEmpty, !values.contains(where: \.isEmpty) else { throw SweepError.badSetting(text) }
    }

    /// Every combination of the settings' values, the first setting varying slowest.
    package static func grid(_ settings: [SweepSetting]) -> [[(key: String, value: String)]] {
        settings.reduce([[]]) { points, setting in
            points.flatMap { point in setting.values.map { point + [(key: setting.key, value: $0)] } }
        }
    }
}

package enum SweepError: Error, Equatable {
    case badSetting(String)

    package var message: Bilingual {
        switch self {
        case .badSetting(let text):
            return Bilingual(en: "--set '\(text)' is not of the form KEY=V1,V2,… (e.g. --set staff.desks=2,3,4)",
                             ja: "--set '\(text)' は KEY=V1,V2,… の形で指定してください(例: --set staff.desks=2,3,4)")
        }
    }
}
