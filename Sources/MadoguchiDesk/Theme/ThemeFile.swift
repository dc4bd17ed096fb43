#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a theme file with the C library, so the error names the system's reason
/// ("No such file or directory") rather than a wrapped Foundation error.
enum ThemeFile {
    static func read(_ path: String) throws(ThemeError) -> String {
        guard let file = fopen(path, "rb") else {
            throw ThemeError(file: path, problem: .unreadable(reason: String(cString: strerror(errno))))
        }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = fread(&chunk, 1, chunk.count, file)
            bytes += chunk[0..<count]
            if count < chunk.count { break }
        }
        if ferror(file) != 0 {
            throw ThemeError(file: path, problem: .unreadable(reason: String(cString: strerror(errno))))
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
