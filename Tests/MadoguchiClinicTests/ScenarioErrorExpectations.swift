import Testing
@testable import MadoguchiClinic

/// What every scenario error must tell a user: the file, where (key or line), what is
/// accepted, in both languages.
enum ScenarioErrorExpectations {
    static let origin = "case.toml"

    /// Parses `text` over the defaults and returns the error; records an issue if it loads.
    static func error(_ text: String, overrides: [(key: String, value: String)] = [],
                      sourceLocation: SourceLocation = #_sourceLocation) -> ScenarioError? {
        do {
            _ = try ScenarioLoader.parse(text: text, origin: origin, overrides: overrides)
            Issue.record("loaded without error:\n\(text)", sourceLocation: sourceLocation)
            return nil
        } catch {
            return error
        }
    }

    /// Checks the message of `text`'s error names the file, the key and/or line, and an
    /// accepted alternative, and that the problem is the expected one. `mentions` are looked
    /// for in the English message.
    @discardableResult
    static func expect(_ text: String, key: String? = nil, line: Int? = nil, mentions: [String] = [],
                       overrides: [(key: String, value: String)] = [],
                       sourceLocation: SourceLocation = #_sourceLocation,
                       _ problem: (ScenarioError.Problem) -> Bool) -> ScenarioError? {
        guard let error = error(text, overrides: overrides, sourceLocation: sourceLocation) else { return nil }
        checkMessages(error, key: key, line: line, mentions: mentions, sourceLocation: sourceLocation)
        #expect(problem(error.problem), "unexpected problem \(error.problem)", sourceLocation: sourceLocation)
        return error
    }

    static func checkMessages(_ error: ScenarioError, origin: String = origin, key: String? = nil, line: Int? = nil,
                              mentions: [String] = [], sourceLocation: SourceLocation = #_sourceLocation) {
        let en = error.description, ja = error.message(in: .ja)
        #expect(en == error.message(in: .en), sourceLocation: sourceLocation)
        for message in [en, ja] {
            #expect(message.hasPrefix(origin), "\(message)", sourceLocation: sourceLocation)
            if let key { #expect(message.contains(key), "\(message) lacks \(key)", sourceLocation: sourceLocation) }
        }
        for word in mentions { #expect(en.contains(word), "\(en) lacks \(word)", sourceLocation: sourceLocation) }
        if let line {
            #expect(error.line == line, "line \(String(describing: error.line)) in \(en)", sourceLocation: sourceLocation)
            #expect(en.contains("\(origin):\(line)"), "\(en)", sourceLocation: sourceLocation)
            #expect(ja.contains("\(line)行目"), "\(ja)", sourceLocation: sourceLocation)
        }
        #expect(en.contains("Accepted: "), "\(en)", sourceLocation: sourceLocation)
        #expect(ja.contains("指定できるもの: "), "\(ja)", sourceLocation: sourceLocation)
    }
}
