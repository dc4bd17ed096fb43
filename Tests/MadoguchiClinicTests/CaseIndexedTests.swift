import Testing
@testable import MadoguchiClinic

/// `CaseIndexed.index` is read from the enum's tag, not numbered by hand: these hold it to
/// the position in `allCases` for every conforming enum, and the per-case tables to it.
@Suite struct CaseIndexedTests {
    func positions<E: CaseIndexed>(_: E.Type) -> [Int] { E.allCases.map(\.index) }

    @Test func everyIndexIsThePositionInAllCases() {
        #expect(positions(Fault.self) == Array(0..<Fault.allCases.count))
        #expect(positions(CredentialPath.self) == Array(0..<CredentialPath.allCases.count))
        #expect(positions(AuthMethod.self) == Array(0..<AuthMethod.allCases.count))
        #expect(positions(Outcome.self) == Array(0..<Outcome.allCases.count))
        #expect(positions(VisitType.self) == Array(0..<VisitType.allCases.count))
    }

    @Test func aPerCaseTableReadsBackWhatWasSet() {
        var table = PerCase<Fault, Int>(repeating: 0)
        table[.outage] = 7
        table[.needsHelp] = 9
        #expect(table.values == [0, 0, 0, 0, 0, 0, 0, 7, 9])
        #expect(PerCase<CredentialPath, String>(\.rawValue).values == CredentialPath.allCases.map(\.rawValue))
    }

    /// The statistics' inline tables are sized by a literal, which must be the number of cases.
    @Test func theStatisticsTablesHaveOneEntryPerCase() {
        #expect(ClinicStatistics.PerPath<Int>.count == CredentialPath.allCases.count)
        #expect(ClinicStatistics.PerOutcome<Int>.count == Outcome.allCases.count)
        #expect(ClinicStatistics.PerFault<Int>.count == Fault.allCases.count)
    }

    /// A recording's codes never repeat, and a reader path always has a flow to time.
    @Test func profilesAreConsistent() {
        #expect(Set(CredentialPath.allCases.map(\.code)).count == CredentialPath.allCases.count)
        #expect(Set(AuthMethod.allCases.map(\.code)).count == AuthMethod.allCases.count)
        for path in CredentialPath.allCases {
            #expect((path.profile.flowKey != nil) == path.usesReader, "\(path)")
            #expect(!path.profile.methods.isEmpty, "\(path)")
        }
        #expect(Fault.readerOnly.faults == [.readerError, .faceMismatch, .pinLock, .certificateExpired, .wrongPerson, .needsHelp])
        #expect(!Fault.perVisit.contains(.outage) && Fault.perVisit.count == Fault.allCases.count - 1)
    }
}
