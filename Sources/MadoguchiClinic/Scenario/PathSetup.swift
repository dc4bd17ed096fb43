import MadoguchiSim

/// What a scenario sets for one credential path: how long its flow at the reader takes when
/// all goes well (`times.<flowKey>`), and how its holders prove who they are
/// (`[mix.<path>]` where the path allows several methods).
package struct PathSetup: Sendable, Equatable {
    /// Nil for a path the desk checks by eye.
    package var flow: Distribution?
    package var methods: Mix<AuthMethod>

    package init(flow: Distribution?, methods: Mix<AuthMethod>) {
        self.flow = flow
        self.methods = methods
    }
}

extension CredentialPath {
    /// Paths whose holders choose among several methods: each patient draws from every one
    /// of their mixes, in this order, so patient n is the same person whatever his path.
    static let drawsMethod = allCases.filter { $0.profile.methods.count > 1 }
}
