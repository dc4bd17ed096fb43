import Foundation
import MadoguchiClinic
import MadoguchiDesk
import MadoguchiTraining

/// Writes a debrief as PREFIX.txt (in the desk's language) and PREFIX.json, for the trainer's
/// files; the default prefix names the lesson and the time, in the current directory.
struct DebriefSaver {
    let prefix: String?

    func save(_ debrief: Debrief, language: Language) -> Notice {
        let base = prefix ?? Self.defaultPrefix(debrief)
        do {
            try Data(DebriefText.plain(debrief, language).utf8).write(to: URL(fileURLWithPath: base + ".txt"))
            try Self.json(debrief).write(to: URL(fileURLWithPath: base + ".json"))
            return Notice(.info, Bilingual(en: "Saved: \(base).txt, \(base).json", ja: "保存しました: \(base).txt、\(base).json"))
        } catch {
            let reason = (error as NSError).localizedFailureReason ?? error.localizedDescription
            return Notice(.refused, Bilingual(en: "Could not save \(base).txt/.json: \(reason)",
                                              ja: "\(base).txt/.json を保存できません: \(reason)"))
        }
    }

    static func json(_ debrief: Debrief) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(debrief)
    }

    static func defaultPrefix(_ debrief: Debrief) -> String {
        let lesson = URL(fileURLWithPath: debrief.lesson).deletingPathExtension().lastPathComponent
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        formatter.locale = Locale(identifier: "en_US_POSIX")
        return "debrief-\(lesson)-\(formatter.string(from: Date()))"
    }
}
