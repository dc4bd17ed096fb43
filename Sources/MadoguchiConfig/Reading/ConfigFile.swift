#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a configuration file from disk, refusing one larger than the limit before it is
/// read, so a wrong path (a disk image, /dev/zero) cannot take the machine's memory.
package enum ConfigFile {
    package static func read(_ path: String, limits: ConfigLimits = .standard) throws(ConfigError) -> [UInt8] {
        var status = stat()
        guard stat(path, &status) == 0 else {
            let problem: ConfigProblem = errno == ENOENT || errno == ENOTDIR ? .notFound : .unreadable(reason: reason())
            throw ConfigError(origin: path, problem: problem)
        }
        if (status.st_mode & S_IFMT) == S_IFDIR { throw ConfigError(origin: path, problem: .isDirectory) }
        guard let file = fopen(path, "rb") else { throw ConfigError(origin: path, problem: .unreadable(reason: reason())) }
        defer { fclose(file) }
        // A pipe or /proc file reports size 0, so the limit is checked while reading too.
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = fread(&chunk, 1, chunk.count, file)
            bytes += chunk[0..<count]
            if bytes.count > limits.fileBytes {
                throw ConfigError(origin: path, problem: .tooLarge(bytes: max(Int(status.st_size), bytes.count), limit: limits.fileBytes))
            }
            if count < chunk.count { break }
        }
        if ferror(file) != 0 { throw ConfigError(origin: path, problem: .unreadable(reason: reason())) }
        return bytes
    }

    private static func reason() -> String { String(cString: strerror(errno)) }
}
