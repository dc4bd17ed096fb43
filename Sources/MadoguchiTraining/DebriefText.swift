import MadoguchiClinic

/// The debrief written out, in either language: for the desk's debrief screen and for the
/// text file a trainer keeps. Each line has a style the desk maps to its theme's roles, and
/// a word (correct, mistake …) that carries the meaning without colour.
package enum DebriefText {
    package struct Line: Sendable, Equatable {
        package enum Style: Sendable, Equatable { case title, heading, text, good, fair, bad, muted }
        package let style: Style
        package let indent: Int
        package let text: String
    }

    package static func lines(_ d: Debrief, _ language: Language, asciiOnly: Bool = false) -> [Line] {
        func t(_ word: DebriefWord, _ arguments: String...) -> String { word.text(language, arguments) }
        func name(_ patient: Int?) -> String {
            guard let patient else { return t(.theClinic) }
            let person = PatientNames.name(id: patient, rareKanji: d.timeline.contains { $0.patient == patient && $0.fault == .unrenderableName })
            return person.display(language, asciiOnly: asciiOnly)
        }
        func clock(_ time: Double) -> String { ClockTime(seconds: d.opening.secondsSinceMidnight + time).shortDescription }
        var out: [Line] = []
        func add(_ style: Line.Style, _ indent: Int, _ text: String) { out.append(Line(style: style, indent: indent, text: text)) }

        let percent = { (x: Double) in String(Int((x * 100).rounded())) }
        add(.title, 0, t(.title, d.title.text(language), d.trainee, d.date.description))
        add(d.passed ? .good : .bad, 0, t(d.passed ? .scorePassed : .scoreFailed, percent(d.score), percent(d.passMark)))

        add(.heading, 0, t(.reactions))
        add(.muted, 2, t(.howDidItFeel))
        add(.text, 2, d.reaction.map { language == .ja ? "「\($0)」" : "\"\($0)\"" } ?? t(.noAnswer))

        add(.heading, 0, t(.description))
        if d.timeline.isEmpty { add(.muted, 2, t(.nothingHappened)) }
        for moment in d.timeline {
            if let fault = moment.fault {
                add(.muted, 2, clock(moment.time) + " " + name(moment.patient) + colon(language) + fault.name.text(language))
            } else if let review = moment.review {
                add(style(review.verdict), 2, clock(moment.time) + " " + name(moment.patient) + colon(language)
                    + (review.action?.name.text(language) ?? t(.unanswered)) + " — " + verdict(review, language))
            }
        }

        add(.heading, 0, t(.analysis))
        add(.text, 2, t(.sameMorning))
        let you = d.traineeMorning, pilot = d.autopilotMorning
        add(.text, 4, t(.served, "\(you.served)/\(you.arrived)", "\(pilot.served)/\(pilot.arrived)"))
        add(.text, 4, t(.meanWait, DurationText.clock(you.meanWait), DurationText.clock(pilot.meanWait)))
        add(.text, 4, t(.p90Wait, DurationText.clock(you.p90Wait), DurationText.clock(pilot.p90Wait)))
        if d.differentOutcomes.isEmpty {
            add(.good, 4, t(.sameOutcomes))
        } else {
            add(.bad, 4, t(.differentOutcomes, String(d.differentOutcomes.count), d.differentOutcomes.map { name($0) }.joined(separator: language == .ja ? "、" : ", ")))
        }
        if !d.faults.isEmpty { add(.text, 2, t(.byFault)) }
        for review in d.faults {
            let time = review.meanTimeToCorrect.map { t(.timeToCorrect, DurationText.clock($0)) } ?? ""
            add(review.mistakes > 0 ? .bad : .text, 4, review.fault.name.text(language) + colon(language)
                + t(.counts, String(review.correct), String(review.acceptable), String(review.mistakes)) + time)
        }
        let mistakes = d.mistakes
        if mistakes.isEmpty {
            add(.good, 2, t(.noMistakes))
        } else {
            for kind in Ruling.ErrorKind.allCases {
                let ofKind = mistakes.filter { $0.errorKind == kind }
                guard !ofKind.isEmpty else { continue }
                add(.heading, 2, kind.name.text(language) + " (\(ofKind.count))")
                for review in ofKind {
                    add(.bad, 4, clock(review.askedAt) + " " + name(review.decision.patient?.patient) + colon(language)
                        + (review.action?.name.text(language) ?? t(.unanswered)))
                    if let consequence = review.consequence { add(.text, 6, t(.consequence, consequence.text.text(language))) }
                    add(.text, 6, t(.instead, review.standardAction.name.text(language)))
                    add(.muted, 6, t(.procedure, review.decision.situation.kind.procedure.text(language)))
                }
            }
        }

        add(.heading, 0, t(.summary))
        for takeaway in d.takeaways { add(.text, 2, "- " + takeaway.text(language)) }
        if d.mistakes.isEmpty { add(.good, 2, "- " + t(.allByTheBook)) }
        if !d.practise.isEmpty { add(.text, 2, t(.practise, String(d.practise.count))) }
        if let next = d.nextLesson { add(d.passed ? .good : .muted, 2, t(d.passed ? .nextUnlocked : .nextLocked, next)) }
        return out
    }

    /// "mistake: lapse (0:12)": the verdict, the kind of error, and how long the question was open.
    static func verdict(_ review: SituationReview, _ language: Language) -> String {
        var text = review.verdict.name.text(language)
        if let kind = review.errorKind, review.verdict == .mistake { text += colon(language) + kind.shortName.text(language) }
        if let answered = review.answeredAt { text += DebriefWord.answeredIn.text(language, [DurationText.clock(answered - review.askedAt)]) }
        return text
    }

    /// Japanese takes a full-width colon without a space, English a colon and a space.
    static func colon(_ language: Language) -> String { language == .ja ? "：" : ": " }

    static func style(_ verdict: Ruling.Verdict) -> Line.Style {
        switch verdict {
        case .correct: .good
        case .acceptable: .fair
        case .mistake: .bad
        }
    }

    /// The whole debrief as plain text, for a file.
    package static func plain(_ d: Debrief, _ language: Language) -> String {
        lines(d, language).map { String(repeating: " ", count: $0.indent) + $0.text }.joined(separator: "\n") + "\n"
    }
}
