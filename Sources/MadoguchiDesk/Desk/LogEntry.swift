import MadoguchiClinic

/// One line of the event log. Names are fixed when the event is recorded, since the
/// patient may have left the model by the time the line is drawn.
package struct LogEntry: Sendable {
    package enum Kind: Sendable {
        case clinic(ClinicEvent, PatientName?)
        /// A presenter's key that only takes effect later (the next patient's fault).
        case forced(Fault)
    }

    package let time: Double
    package let kind: Kind
}
