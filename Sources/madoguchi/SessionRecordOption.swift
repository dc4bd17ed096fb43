import ArgumentParser
import Foundation
import MadoguchiClinic

/// `--record PATH` / `--no-record` for the desk and training: where sessions are kept.
struct SessionRecordOption: ParsableArguments {
    @Option(name: .customLong("record"), help: ArgumentHelp(help(
        en: "Keep the session in this SQLite recording (default: sessions.sqlite under $XDG_DATA_HOME/madoguchi, else ~/.local/share/madoguchi).",
        ja: "セッションをこの SQLite 記録ファイルに保存します\n(既定値: $XDG_DATA_HOME/madoguchi、なければ\n~/.local/share/madoguchi の sessions.sqlite)。")))
    var path: String?

    @Flag(name: .customLong("no-record"), help: ArgumentHelp(help(en: "Do not record the session.",
                                                                  ja: "セッションを記録しません。")))
    var off = false

    func validate() throws {
        if off && path != nil {
            throw ValidationError(Bilingual(en: "--record and --no-record exclude each other; give one",
                                            ja: "--record と --no-record は同時に指定できません。どちらか一方を指定してください")
                                    .text(Language.preferred()))
        }
    }

    /// The file sessions go to, and whether the user named it.
    var destination: (path: String, chosen: Bool)? {
        if off { return nil }
        if let path { return (path, true) }
        return (Self.defaultPath(ProcessInfo.processInfo.environment), false)
    }

    /// XDG's data directory, as other tools on the desktop keep their data.
    static func defaultPath(_ environment: [String: String]) -> String {
        let base = environment["XDG_DATA_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
        return base + "/madoguchi/sessions.sqlite"
    }
}
