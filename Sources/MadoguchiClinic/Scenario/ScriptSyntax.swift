/// Reads `[[script]]`: patients a lesson (or any scenario) puts on stage at a given time,
/// each with every trait given rather than drawn. Only `at` and `path` are required.
enum ScriptSyntax {
    static func read(_ tables: [TableReader], opening: ClockTime, closing: ClockTime, date: CalendarDate,
                     readKeys: ReadKeys) throws(ScenarioError) -> [ScriptedPatient] {
        var script: [ScriptedPatient] = []
        for t in tables {
            let atValue = try t.value("at")
            let at = try atValue.clock()
            guard at >= opening, at < closing else { throw atValue.error(.arrivalOutsideDay(at, opening: opening, closing: closing)) }
            let path: CredentialPath = try option(t, "path", among: CredentialPath.allCases, on: date)
            let methods = path.profile.methods
            let method = t.has("method") ? try option(t, "method", among: methods, on: date) : methods[0]
            let visit = t.has("visit") ? try option(t, "visit", among: VisitType.allCases, on: date) : .return
            let possible = Fault.allCases.filter { !path.impossibleFaults.contains($0) }
            var faults = FaultSet()
            if t.has("faults") {
                let list = try t.value("faults")
                guard case .array(let elements) = list.node.value else { throw list.wrongType(.stringArray) }
                for (i, element) in elements.enumerated() {
                    let item = LocatedValue(node: element, path: list.path.appending(index: i))
                    faults.insert(try option(item, among: possible, on: nil))
                }
            }
            // A result code implies the eligibility fault it answers.
            let result: OnlineResult.Status? = t.has("result")
                ? try option(t, "result", among: [.invalid, .invalidNewer, .noRecord], on: date) : nil
            if result != nil { faults.insert(.eligibilityInvalid) }
            var backup: BackupCredential?
            if t.has("backup"), try t.string("backup") != "none" {
                backup = try option(t.value("backup"), among: BackupCredential.allCases, on: date, orAlso: ["none"])
            }
            script.append(ScriptedPatient(
                at: at.secondsSinceMidnight - opening.secondsSinceMidnight, path: path, visit: visit, method: method,
                faults: faults, knowsPIN: t.has("knows_pin") ? try t.boolean("knows_pin") : true, backup: backup,
                refusesEverything: t.has("refuses") ? try t.boolean("refuses") : false, result: result))
        }
        // Stable: patients scripted for the same moment arrive in the file's order.
        return script.enumerated().sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }.map(\.element)
    }

    static func option<Option: Introduced>(_ t: TableReader, _ key: String, among options: [Option],
                                           on date: CalendarDate) throws(ScenarioError) -> Option {
        try option(t.value(key), among: options, on: date)
    }

    /// One of `options`, which must exist on `date` (if given).
    static func option<Option: Introduced>(_ value: LocatedValue, among options: [Option], on date: CalendarDate?,
                                           orAlso other: [String] = []) throws(ScenarioError) -> Option {
        guard case .string(let text) = value.node.value else { throw value.wrongType(.string) }
        guard let option = Option(rawValue: text), options.contains(where: { $0.rawValue == text }) else {
            let accepted = options.map(\.rawValue) + other
            throw value.error(.unknownOption(text, accepted: accepted, suggestion: Suggestion.nearest(to: text, among: accepted)))
        }
        if let date, let introduced = option.introduced, introduced > date {
            throw value.error(.notYetIntroduced(text, introduced: introduced, date: date))
        }
        return option
    }
}
