import ArgumentParser
import MadoguchiDesk

/// `--speed`: the speed the desk starts at, 0 for paused (at ×10 once resumed).
struct StartSpeed: CheckedArgument, Equatable {
    static let names = ["0", "1", "2", "5", "10", "30", "60", "max"]

    let name: String

    static func parse(_ text: String) throws(ArgumentValueError) -> Self {
        guard names.contains(text) else {
            throw ArgumentValueError(en: "give one of \(names.joined(separator: ", ")) (0 starts paused)",
                                     ja: "\(names.joined(separator: ", ")) のどれかで指定してください(0 は一時停止で開始)")
        }
        return Self(name: text)
    }

    static var allValueStrings: [String] { names }
    static var defaultCompletionKind: CompletionKind { .list(names) }
    var defaultValueDescription: String { name }

    var paused: Bool { name == "0" }

    var speed: Speed {
        switch name {
        case "max": .maximum
        case "0": .times(10)
        default: .times(Int(name) ?? 10)
        }
    }
}
