import Foundation
import GRDB
import Testing
@testable import MadoguchiLab

/// Ctrl-C, SIGTERM and kill -9 sent to a real `madoguchi run --record` child process.
@Suite(.serialized) struct InterruptTests {
    static let arguments = ["run", "monday-rush", "--replications", "1000000", "--record", "run.sqlite", "--quiet", "--threads", "2"]

    /// Waits until the child has committed at least `count` replications; returns how many.
    static func waitForReplications(_ path: String, atLeast count: Int, process: Process) throws -> Int {
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            #expect(process.isRunning, "the child ended early")
            if FileManager.default.fileExists(atPath: path),
               let recording = try? Recording.openForReading(path),
               let run = try? recording.runs().first,
               let done = try? recording.committedReplications(run: run.id).count {
                try? recording.close()
                if done >= count { return done }
            }
            usleep(20_000)
        }
        Issue.record("no replications committed within 60 s")
        return 0
    }

    /// Every committed replication has all its patients, and the file is sound.
    static func checkWholeReplications(_ recording: Recording) throws {
        try recording.read { db in
            #expect(try String.fetchOne(db, sql: "PRAGMA integrity_check") == "ok")
            let partial = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM replications r
                LEFT JOIN (SELECT run_id, replication, count(*) AS n FROM patients GROUP BY run_id, replication) p USING (run_id, replication)
                WHERE r.arrived != coalesce(p.n, 0)
                """)
            #expect(partial == 0)
            let orphans = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM patients p
                WHERE NOT EXISTS (SELECT 1 FROM replications r WHERE r.run_id = p.run_id AND r.replication = p.replication)
                """)
            #expect(orphans == 0)
        }
    }

    @Test(arguments: [(SIGINT, Int32(130)), (SIGTERM, Int32(143))])
    func signalMarksTheRunInterrupted(signal: Int32, status: Int32) throws {
        let dir = temporaryDirectory("signal\(signal)")
        let path = dir + "/run.sqlite"
        let process = try LabBinary.start(Self.arguments, in: dir)
        let seen = try Self.waitForReplications(path, atLeast: 3, process: process)
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == status)
        let stderr = try String(contentsOfFile: dir + "/stderr", encoding: .utf8)
        #expect(stderr.contains("interrupted after"))

        let recording = try Recording.openForReading(path)
        let run = try #require(try recording.runs().first)
        #expect(run.storedStatus == "interrupted")
        #expect(run.finishedAt != nil)
        let committed = try recording.committedReplications(run: run.id)
        #expect(committed.count >= seen)
        try Self.checkWholeReplications(recording)
    }

    @Test func killNineLosesAtMostTheReplicationUnderWay() throws {
        let dir = temporaryDirectory()
        let path = dir + "/run.sqlite"
        let process = try LabBinary.start(Self.arguments, in: dir)
        let seen = try Self.waitForReplications(path, atLeast: 3, process: process)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)

        let recording = try Recording.openForReading(path)
        let run = try #require(try recording.runs().first)
        #expect(run.storedStatus == "running")
        #expect(run.status == "interrupted", "a running run whose process is gone reads as interrupted")
        let committed = try recording.committedReplications(run: run.id)
        #expect(committed.count >= seen)
        try Self.checkWholeReplications(recording)
        // The file still takes new runs.
        let more = try Recording.openForWriting(path)
        _ = try RunRecorder.begin(RunInfo(scenario: LabScenarios.small(), programVersion: "test", seed: 1, replications: 1, threads: 1), in: more)
        #expect(try more.runs().count == 2)
    }
}

@Suite struct RunStatusTests {
    @Test func aZombieCountsAsGone() throws {
        // `sleep 0` ends at once, but its parent (exec'd into `sleep 2`) never collects it:
        // it stays a zombie, as a killed recorder does until its parent waits for it.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "sleep 0 & echo $!; exec sleep 2"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        defer { process.terminate(); process.waitUntilExit() }
        let line = String(decoding: pipe.fileHandleForReading.availableData, as: UTF8.self)
        let zombie = try #require(Int(line.trimmingCharacters(in: .whitespacesAndNewlines)))
        usleep(300_000)
        #expect(kill(pid_t(zombie), 0) == 0, "the zombie still has its process id")
        #expect(RunStatus.isZombie(zombie))
        let host = ProcessInfo.processInfo.hostName
        #expect(RunStatus.effective(stored: "running", pid: zombie, host: host) == "interrupted")
        #expect(RunStatus.effective(stored: "running", pid: Int(process.processIdentifier), host: host) == "running")
        #expect(RunStatus.effective(stored: "running", pid: zombie, host: "another-host") == "running")
        #expect(RunStatus.effective(stored: "completed", pid: zombie, host: host) == "completed")
    }
}
