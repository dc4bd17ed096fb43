import ArgumentParser
import Dispatch
import Foundation
import MadoguchiClinic
import MadoguchiDesk
import MadoguchiLab
import MadoguchiTraining

/// Records a desk or training session while the loop runs: events committed at least once
/// a second and whenever the desk goes idle, the session closed as completed on q and as
/// interrupted on a signal. A write that fails (a full disk) stops the recording with a
/// notice on the desk; what was committed stays.
final class SessionKeeper {
    private var recorder: SessionRecorder?
    private let start = DispatchTime.now().uptimeNanoseconds
    private let info: SessionInfo?

    /// A file the user named is opened at once, before the terminal, so a bad one is
    /// reported on a plain terminal with exit 2; the default place only once the desk is up,
    /// and a session there that cannot be recorded runs unrecorded with a notice.
    init(_ destination: (path: String, chosen: Bool)?, info: SessionInfo, language: Language) throws {
        self.info = info
        self.destination = destination
        guard let destination, destination.chosen else { return }
        do {
            recording = try Recording.openForWriting(destination.path)
        } catch {
            DeskLoop.complain((error as? RecordingError)?.message(in: language) ?? error.localizedDescription)
            throw ExitCode(2)
        }
    }

    private let destination: (path: String, chosen: Bool)?
    private var recording: Recording?

    /// A desk that records nothing (a replay).
    private init() {
        info = nil
        destination = nil
    }

    static var unrecorded: SessionKeeper { SessionKeeper() }

    /// Begins the session's row once the terminal is open, so a desk that never started
    /// leaves no session behind.
    func begin() {
        guard let destination else { return }
        do {
            if recording == nil {
                try FileManager.default.createDirectory(atPath: (destination.path as NSString).deletingLastPathComponent,
                                                        withIntermediateDirectories: true)
                recording = try Recording.openForWriting(destination.path)
            }
            if let info { recorder = try recording.map { try SessionRecorder.begin(info, in: $0) } }
        } catch {
            let reason = (error as? RecordingError)?.message ?? Bilingual(error.localizedDescription)
            unrecorded = Notice(.info, Bilingual(en: "Not recording: " + reason.en, ja: "記録していません：" + reason.ja))
        }
    }

    var records: Bool { recorder != nil }

    /// Why the session is not recorded, to be shown on the desk.
    private(set) var unrecorded: Notice?

    var wallTime: Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }

    /// Takes the desk's new events; commits if a second has passed, or at once when idle.
    func keep(_ state: inout DeskState) {
        guard let recorder else { return }
        recorder.append(state.takeRecorded(), wallTime: wallTime)
        do {
            if state.isIdle { try recorder.flush(wallTime: wallTime) } else { try recorder.flushIfDue(wallTime: wallTime) }
        } catch {
            self.recorder = nil
            state.tell(Notice(.refused, Bilingual(en: "Recording stopped: \(error)", ja: "記録を中止しました：\(error)")))
        }
    }

    /// Commits the rest and closes the session's row.
    func finish(_ state: inout DeskState, status: RunStatus) {
        guard let recorder else { return }
        recorder.append(state.takeRecorded(), wallTime: wallTime)
        let scene = state.scene
        let debrief = state.debrief?.debrief
        let json = debrief.flatMap { try? DebriefSaver.json($0) }.map { String(decoding: $0, as: UTF8.self) }
        let summary = SessionSummary(arrived: scene.arrived, served: scene.served,
                                     meanWait: scene.wait.tally.count > 0 ? scene.wait.tally.mean : nil,
                                     score: debrief?.score, passed: debrief?.passed, debrief: json)
        try? recorder.finish(status, summary: summary, wallTime: wallTime)
        self.recorder = nil
    }

    /// Closes this session and opens the next in the same file: practising mistakes again
    /// is a new session of the same lesson.
    func next(_ finished: inout DeskState, then state: inout DeskState) {
        guard let recording = recorder?.recording, let info else { return }
        finish(&finished, status: .completed)
        recorder = try? SessionRecorder.begin(info, in: recording)
        if recorder != nil { state.startRecording() }
    }
}
