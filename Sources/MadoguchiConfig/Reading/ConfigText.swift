/// Turns a file's bytes into text for the TOML reader: within the size limit, and strict
/// UTF-8 (a bad byte is reported with its place rather than replaced).
package enum ConfigText {
    package static func decode(_ bytes: some Collection<UInt8>, origin: String,
                              limits: ConfigLimits = .standard) throws(ConfigError) -> String {
        guard bytes.count <= limits.fileBytes else {
            throw ConfigError(origin: origin, problem: .tooLarge(bytes: bytes.count, limit: limits.fileBytes))
        }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        throw firstBadByte(bytes, origin: origin)
    }

    /// Where the text stops being UTF-8: decoded again, slowly, only to say so.
    private static func firstBadByte(_ bytes: some Collection<UInt8>, origin: String) -> ConfigError {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0, line = 1, column = 1
        while case .scalarValue(let scalar) = decoder.decode(&iterator) {
            offset += UTF8.width(scalar)
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return ConfigError(origin: origin, line: line, column: column, problem: .notUTF8(byteOffset: offset))
    }
}
