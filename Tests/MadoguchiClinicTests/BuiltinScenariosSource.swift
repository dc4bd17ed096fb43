/// Renders Sources/MadoguchiClinic/Scenario/BuiltinScenarios.swift from Scenarios/*.toml and
/// Scenarios/Lessons/*.toml.
/// Lives with the tests because the test that compares the two is also what rewrites it.
enum BuiltinScenariosSource {
    /// Raw-string delimiter; a scenario text containing it could not be embedded.
    static let closing = "\"\"\"##"

    static func render(defaults: String, scenarios: [(name: String, text: String)],
                       lessons: [(name: String, text: String)]) -> String {
        let names = scenarios.map(\.name).sorted { a, b in
            a == "default" ? b != "default" : (b == "default" ? false : a < b)
        }
        let byName = Dictionary(uniqueKeysWithValues: scenarios.map { ($0.name, $0.text) })
        var out = """
        // Generated from Scenarios/*.toml by Tests/MadoguchiClinicTests/BuiltinScenarioFileTests.swift.
        // Do not edit: edit the TOML files, then run
        //   MADOGUCHI_REGENERATE=1 swift test --filter MadoguchiClinicTests.BuiltinScenarioFileTests
        // Embedded so that built-ins work from any directory and from an installed binary.

        /// The scenario files of Scenarios/, compiled in.
        package enum BuiltinScenarios {
            /// Built-in scenario names, `default` first.
            package static let names: [String] = [

        """
        for name in names { out += "        \"\(name)\",\n" }
        out += """
            ]

            /// Scenarios/defaults.toml.
            package static let defaults: String = \(literal(defaults))

            /// Name → the text of Scenarios/<name>.toml.
            package static let texts: [String: String] = [

        """
        for name in names { out += "        \"\(name)\": \(literal(byName[name] ?? "")),\n" }
        out += """
            ]

            /// Built-in lesson names: Scenarios/Lessons/*.toml, by name.
            package static let lessonNames: [String] = [

        """
        for lesson in lessons { out += "        \"\(lesson.name)\",\n" }
        out += """
            ]

            /// Name → the text of Scenarios/Lessons/<name>.toml.
            package static let lessons: [String: String] = [

        """
        for lesson in lessons { out += "        \"\(lesson.name)\": \(literal(lesson.text)),\n" }
        out += "    ]\n}\n"
        return out
    }

    /// A raw multi-line literal at column 0: the line break before the closing delimiter is
    /// not part of the string, hence the extra one.
    private static func literal(_ text: String) -> String {
        "##\"\"\"\n" + text + "\n" + closing
    }
}
