/// When each credential and identity method came into use (DOMAIN.md: official dates, not
/// assumptions). A scenario dated earlier may not give one a share or script a patient with
/// it; the legacy card's own dates are `LegacyCardStatus`.
protocol Introduced: RawRepresentable<String> {
    /// The first day it could be used at reception; nil if it always could.
    var introduced: CalendarDate? { get }
}

/// The scenario's date and where it was written: when a file moves the date before a
/// default share, the error belongs to its date.
struct ScenarioDay {
    let date: CalendarDate
    let value: LocatedValue
}

extension Introduced {
    var introduced: CalendarDate? { nil }
}

extension CredentialPath: Introduced {
    var introduced: CalendarDate? { profile.introduced }
}

extension AuthMethod: Introduced {
    var introduced: CalendarDate? { profile.introduced }
}

extension BackupCredential: Introduced {
    var introduced: CalendarDate? { self == .certificate ? CredentialPath.certificate.introduced : nil }
}

extension VisitType: Introduced {}
extension Fault: Introduced {}
extension OnlineResult.Status: Introduced {}
