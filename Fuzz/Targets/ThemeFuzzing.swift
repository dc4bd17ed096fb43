import MadoguchiConfig
import MadoguchiDesk

/// A theme file, as `--theme FILE` reads it.
enum ThemeFuzzing {
    static let origin = "fuzz-theme.toml"

    static func run(_ bytes: [UInt8]) {
        do {
            let text = try ConfigText.decode(bytes, origin: origin)
            _ = try Theme.parse(text, file: origin, name: "fuzz")
        } catch let error as ConfigError {
            checkNames(origin, en: error.message(in: .en), ja: error.message(in: .ja))
        } catch let error as ThemeError {
            checkNames(origin, en: error.message(.en), ja: error.message(.ja))
        } catch {
            check(false, "unexpected error \(error)")
        }
    }
}
