import MadoguchiClinic
import MadoguchiSim

/// Builds the debrief from what the session recorded and from the autopilot's run of the
/// same lesson, with the same seed: the same patients and faults (common random numbers).
package enum DebriefBuilder {
    package static func make(session: SessionLog, lesson: Lesson, trainee: String, seed: UInt64) -> Debrief {
        let answered = session.personsDecisions
        let open = session.unanswered
        // A slip: the same situation answered elsewhere with what was right here, and judged right.
        let knownRight = Set(answered.filter { $0.ruling.verdict == .correct }.map { Slip($0.decision, $0.action) })
        var reviews: [SituationReview] = answered.map { judged in
            let ruling = judged.ruling
            var kind = ruling.kind
            if ruling.isMistake, kind == .mistake,
               knownRight.contains(Slip(judged.decision, judged.decision.standardAction)) {
                kind = .slip
            }
            return SituationReview(ticket: judged.ticket, decision: judged.decision, action: judged.action,
                                   askedAt: judged.askedAt, answeredAt: judged.answeredAt, verdict: ruling.verdict,
                                   consequence: ruling.consequence, errorKind: kind)
        }
        reviews += open.map { question in
            SituationReview(ticket: question.ticket, decision: question.decision, action: nil, askedAt: question.askedAt,
                            answeredAt: nil, verdict: .mistake, consequence: .queueGrows, errorKind: .lapse)
        }
        reviews.sort { $0.askedAt < $1.askedAt || ($0.askedAt == $1.askedAt && $0.ticket < $1.ticket) }

        let autopilot = autopilotRecords(lesson.scenario, seed: seed)
        let byID = Dictionary(uniqueKeysWithValues: autopilot.map { ($0.id, $0.outcome) })
        let different = session.records.filter { record in byID[record.id].map { $0 != record.outcome } ?? false }
            .map(\.id).sorted()
        let score = reviews.isEmpty ? 1 : reviews.map(\.points).reduce(0, +) / Double(reviews.count)
        return Debrief(
            lesson: lesson.name, title: lesson.title, trainee: trainee, feedback: lesson.feedback,
            date: lesson.scenario.date, opening: lesson.scenario.opening, reaction: nil,
            timeline: timeline(session, reviews), situations: reviews, faults: faultReviews(reviews, session),
            traineeMorning: MorningSummary(records: session.records, warmup: lesson.scenario.warmup),
            autopilotMorning: MorningSummary(records: autopilot, warmup: lesson.scenario.warmup),
            differentOutcomes: different, score: score, passMark: lesson.passMark, nextLesson: lesson.unlocks)
    }

    /// The lesson run by the autopilot to its end.
    static func autopilotRecords(_ scenario: Scenario, seed: UInt64) -> [PatientRecord] {
        var sim = ClinicModel.simulator(scenario: scenario, policy: Autopilot(), seed: seed, replication: 0)
        sim.model.records = []
        sim.run(while: { !$0.isDayOver })
        return sim.model.records ?? []
    }

    static func timeline(_ session: SessionLog, _ reviews: [SituationReview]) -> [Debrief.Moment] {
        let faults = session.faults.map { Debrief.Moment(time: $0.time, patient: $0.patient, fault: $0.fault, review: nil) }
        let decisions = reviews.map { Debrief.Moment(time: $0.answeredAt ?? $0.askedAt, patient: $0.decision.patient?.patient,
                                                     fault: nil, review: $0) }
        return (faults + decisions).enumerated()
            .sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }.map(\.element)
    }

    /// Per fault kind: right and wrong answers, and the time from the fault to the correct one.
    static func faultReviews(_ reviews: [SituationReview], _ session: SessionLog) -> [Debrief.FaultReview] {
        var struck: [Int: [Fault: Double]] = [:]
        for (time, patient, fault) in session.faults where struck[patient]?[fault] == nil {
            struck[patient, default: [:]][fault] = time
        }
        return Fault.allCases.compactMap { fault in
            let mine = reviews.filter { $0.decision.fault == fault }
            guard !mine.isEmpty else { return nil }
            let times = mine.compactMap { review -> Double? in
                guard review.verdict == .correct, let answered = review.answeredAt else { return nil }
                let start = review.decision.patient.flatMap { struck[$0.patient]?[fault] } ?? review.askedAt
                return answered - start
            }
            return Debrief.FaultReview(fault: fault, correct: mine.filter { $0.verdict == .correct }.count,
                                       acceptable: mine.filter { $0.verdict == .acceptable }.count,
                                       mistakes: mine.filter { $0.verdict == .mistake }.count,
                                       meanTimeToCorrect: times.isEmpty ? nil : times.reduce(0, +) / Double(times.count))
        }
    }

    /// A situation as the trainee met it, whoever the patient (a record is the patient's
    /// own or another's, with or without ●), and an answer to it.
    struct Slip: Hashable {
        let situation: Situation
        let action: StaffAction

        init(_ decision: Decision, _ action: StaffAction) {
            if case .record(let result) = decision.situation {
                let own = result.person == decision.patient?.patient
                situation = .record(OnlineResult(via: .card, status: result.status, person: own ? 0 : -1, nameDots: result.nameDots))
            } else {
                situation = decision.situation
            }
            self.action = action
        }
    }
}
