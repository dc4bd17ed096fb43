/// When the trainee hears how a decision was judged.
package enum FeedbackMode: String, Sendable, Codable, CaseIterable {
    /// At once, with the procedure and its reason.
    case coach
    /// Silent until the debrief.
    case exam
}
