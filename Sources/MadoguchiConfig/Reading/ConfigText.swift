/// Turns a file's bytes into text for the TOML reader: within the size limit, and strict
/// UTF-8 (a bad byte is reported with its place rather than replaced).
public enum ConfigText {
    public static func decode(_ bytes: some Collection<UInt8>, origin: String,
                              limits: ConfigLimits = .standard) throws(ConfigError) -> String {
        guard bytes.count <= limits.fileBytes else {
            throw ConfigError(origin: origin, problem: .tooLarge(bytes: bytes.count, limit: limits.fileBytes))
        }
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0, line = 1, column = 1
        var scalars = String.UnicodeScalarView()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                scalars.append(scalar)
                offset += UTF8.width(scalar)
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput:
                return String(scalars)
            case .error:
                throw ConfigError(origin: origin, line: line, column: column, problem: .notUTF8(byteOffset: offset))
            }
        }
    }
}
