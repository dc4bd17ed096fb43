/// The program version, kept with every recorded result.
enum MadoguchiVersion {
    static let string = "0.1.0"
}
