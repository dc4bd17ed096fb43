import MadoguchiClinic
import MadoguchiSim
import MadoguchiTraining

package typealias DeskSimulator = Simulator<ClinicModel<TrainingPolicy>>

/// Everything the desk screen shows, and the simulation behind it. `update` changes it,
/// the views only read it: the panels draw from `scene`, folded from the clinic's events,
/// never from the model's internals.
package struct DeskState {
    package let scenario: Scenario
    package internal(set) var sim: DeskSimulator
    package internal(set) var scene: DeskScene
    package var language: Language
    /// No UTF-8 locale: English, ASCII glyphs, names by their reading.
    package let asciiOnly: Bool
    /// How the terminal draws East Asian ambiguous characters, as measured at start-up or
    /// given with --ambiguous-width.
    package let ambiguousWidth: AmbiguousWidth
    package internal(set) var themeName: String
    package internal(set) var speed: Speed
    package internal(set) var paused: Bool
    package internal(set) var width: Int
    package internal(set) var height: Int
    package internal(set) var showHelp = false
    /// Log lines hidden below the bottom of the log panel; 0 follows the newest.
    package internal(set) var logScroll = 0
    /// `r` was pressed: the next digit names the reader to break or repair.
    package internal(set) var choosingReader = false
    package internal(set) var log: [LogEntry] = []
    /// Queue length (both queues) at each simulated minute, the last hour of it.
    package internal(set) var queueHistory: [Double] = []
    /// When the last of them was taken.
    var queueSampledAt = 0.0
    /// The person at the keyboard, when decisions are handed to a trainee.
    package internal(set) var trainee: TraineeSeat?
    /// The lesson of a training session; it ends in a debrief.
    package let lesson: Lesson?
    /// Shown once the lesson is over, in place of the desk.
    package internal(set) var debrief: DebriefScreen?
    /// Events since the last `takeRecorded`, for the session's recording; nil when not recording.
    package internal(set) var outbox: [TimedClinicEvent]?
    /// A recorded session being replayed: the desk draws from its events, not from the model.
    package internal(set) var tape: ReplayTape?
    let seed: UInt64
    /// A short message for the person at the keyboard, and how long it has been shown.
    package internal(set) var notice: Notice?

    static let logCapacity = 1000
    static let historyMinutes = 60

    package init(scenario: Scenario, seed: UInt64, language: Language,
                asciiOnly: Bool = false, ambiguousWidth: AmbiguousWidth = .narrow, themeName: String = "default",
                speed: Speed = .times(10), paused: Bool = false, width: Int = 80, height: Int = 24,
                trainee: TraineeSeat? = nil, lesson: Lesson? = nil) {
        self.scenario = scenario
        self.seed = seed
        self.lesson = lesson
        var sim = ClinicModel.simulator(scenario: scenario, policy: trainee?.policy ?? TrainingPolicy(),
                                        seed: seed, replication: 0)
        sim.model.log = []
        self.sim = sim
        scene = DeskScene(scenario)
        self.language = asciiOnly ? .en : language
        self.asciiOnly = asciiOnly
        self.ambiguousWidth = ambiguousWidth
        self.themeName = themeName
        self.speed = speed
        self.paused = paused
        self.width = width
        self.height = height
        self.trainee = trainee
        queueHistory = [0]
    }

    package var now: Double { tape?.now ?? sim.now }
    /// Everyone who came has left and no one else will; or nothing is left to happen, not
    /// even an answer from the person at the keyboard. A replay is over at its last event.
    package var dayOver: Bool {
        if let tape { return tape.finished }
        return sim.model.isDayOver || (sim.queue.isEmpty && sim.model.pending.isEmpty)
    }
    /// The loop may sleep until a key arrives.
    package var isIdle: Bool { paused || dayOver || debrief != nil }

    /// Borders, bars and the chart in ASCII: without UTF-8, and on a terminal that draws
    /// ambiguous characters wide, where every box-drawing and block character is two cells
    /// and a border of them would push each panel's right edge off.
    package var plainGlyphs: Bool { asciiOnly || ambiguousWidth == .wide }

    package var glyphs: BoxGlyphs { .forAsciiOnly(plainGlyphs) }

    /// Starts keeping every event for the session's recording.
    package mutating func startRecording() {
        outbox = []
    }

    /// The events since the last call, to be written into the recording.
    package mutating func takeRecorded() -> [TimedClinicEvent] {
        defer { if outbox != nil { outbox = [] } }
        return outbox ?? []
    }

    /// A patient's name, consistent with the ● fault.
    package func name(of facts: PatientFacts) -> PatientName { facts.name }

    package func name(of patient: ScenePatient) -> PatientName { name(of: patient.facts) }

    /// A training session: the lesson's scenario with its seed, every decision (or, to practise
    /// mistakes again, only those situations) left to the trainee.
    package static func training(_ lesson: Lesson, trainee: String, language: Language, asciiOnly: Bool = false,
                                ambiguousWidth: AmbiguousWidth = .narrow, themeName: String = "default", speed: Speed? = nil,
                                width: Int = 80, height: Int = 24, only: Set<SituationKey>? = nil) -> DeskState {
        let seat = TraineeSeat(name: trainee, mode: lesson.feedback, mayPause: lesson.mayPause, inLesson: true, only: only)
        return DeskState(scenario: lesson.scenario, seed: lesson.scenario.seed, language: language, asciiOnly: asciiOnly,
                         ambiguousWidth: ambiguousWidth, themeName: themeName, speed: speed ?? .times(lesson.speed), width: width, height: height,
                         trainee: seat, lesson: lesson)
    }
}
