import MadoguchiClinic
import MadoguchiSim

public typealias DeskSimulator = Simulator<ClinicModel<Autopilot>>

/// Everything the desk screen shows, and the simulation behind it. `update` changes it,
/// the views only read it.
public struct DeskState {
    public let scenario: Scenario
    public internal(set) var sim: DeskSimulator
    public var language: Language
    /// No UTF-8 locale: English, ASCII glyphs, names by their reading.
    public let asciiOnly: Bool
    /// How the terminal draws East Asian ambiguous characters, as measured at start-up or
    /// given with --ambiguous-width.
    public let ambiguousWidth: AmbiguousWidth
    public internal(set) var themeName: String
    public internal(set) var speed: Speed
    public internal(set) var paused: Bool
    public internal(set) var width: Int
    public internal(set) var height: Int
    public internal(set) var showHelp = false
    /// Log lines hidden below the bottom of the log panel; 0 follows the newest.
    public internal(set) var logScroll = 0
    /// `r` was pressed: the next digit names the reader to break or repair.
    public internal(set) var choosingReader = false
    public internal(set) var log: [LogEntry] = []
    /// Queue length (both queues) at each simulated minute, the last hour of it.
    public internal(set) var queueHistory: [Double] = []
    public internal(set) var faultsSeen = 0
    public internal(set) var faultsRecovered = 0
    var names: [Int: PatientName] = [:]

    static let logCapacity = 1000
    static let historyMinutes = 60

    public init(scenario: Scenario, seed: UInt64, language: Language,
                asciiOnly: Bool = false, ambiguousWidth: AmbiguousWidth = .narrow, themeName: String = "default", speed: Speed = .times(10),
                paused: Bool = false, width: Int = 80, height: Int = 24) {
        self.scenario = scenario
        var sim = ClinicModel.simulator(scenario: scenario, policy: Autopilot(), seed: seed, replication: 0)
        sim.model.log = []
        self.sim = sim
        self.language = asciiOnly ? .en : language
        self.asciiOnly = asciiOnly
        self.ambiguousWidth = ambiguousWidth
        self.themeName = themeName
        self.speed = speed
        self.paused = paused
        self.width = width
        self.height = height
        queueHistory = [0]
    }

    public var model: ClinicModel<Autopilot> { sim.model }
    public var now: Double { sim.now }
    /// Everyone who came has left and no one else will.
    public var dayOver: Bool { sim.model.isDayOver || sim.queue.isEmpty }
    /// The loop may sleep until a key arrives.
    public var isIdle: Bool { paused || dayOver }

    /// Borders, bars and the chart in ASCII: without UTF-8, and on a terminal that draws
    /// ambiguous characters wide, where every box-drawing and block character is two cells
    /// and a border of them would push each panel's right edge off.
    public var plainGlyphs: Bool { asciiOnly || ambiguousWidth == .wide }

    public var glyphs: BoxGlyphs { .forAsciiOnly(plainGlyphs) }

    /// The name of a patient still in the model, consistent with the ● fault.
    public func name(of patient: Patient) -> PatientName {
        names[patient.id] ?? PatientNames.name(of: patient)
    }
}
