import Foundation
import MadoguchiClinic
import MadoguchiLab
import MadoguchiTestSupport
import Testing

extension DeskEndToEndTests {
    /// `desk --set`: the desk runs the changed scenario, and the recording keeps the
    /// override so that the session loads again as it ran (what `replay` does).
    @Test func deskTakesSettingsAndItsRecordingKeepsThem() throws {
        guard prerequisites() else { return }
        let session = try TmuxSession("settings")
        try start(session, arguments: "desk default --set staff.readers=1 --set staff.desks=3 --lang en --speed 10")
        // The reader panel is drawn below the waiting room: waiting for the room alone caught a
        // frame half drawn on a busy machine, without its readers.
        let screen = try session.wait(forText: "Reader 1")
        session.press("q")
        #expect(try exitStatus(session) == 0)
        expectRestored(session)
        #expect(screen.contains("Reader 1"), "\(screen)")
        #expect(!screen.contains("Reader 2"), "one reader only:\n\(screen)")
        let recording = try Recording.openForReading(session.directory.appendingPathComponent("madoguchi/sessions.sqlite").path)
        let recorded = try #require(try recording.sessions().first)
        let scenario = try ScenarioLoader.parse(text: recorded.scenarioText, origin: recorded.scenarioOrigin,
                                                overrides: ScenarioLoader.recordedOverrides(recorded.scenarioText))
        #expect(scenario.readers == 1 && scenario.desks == 3)
    }
}
