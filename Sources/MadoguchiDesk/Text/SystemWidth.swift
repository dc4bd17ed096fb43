#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The C library's `wcwidth`. Glibc declares it only under `_XOPEN_SOURCE`, which Swift's
/// Glibc module is not built with, so on Linux it is looked up at run time instead; that
/// keeps this module free of a C target.
enum SystemWidth {
    /// -1 when the C library has no answer (non-printable, or unknown in this locale).
    static func of(_ scalar: Unicode.Scalar) -> Int {
        #if os(Linux)
        guard let function = lookup.function else { return -1 }
        return Int(function(wchar_t(bitPattern: scalar.value)))
        #else
        return Int(wcwidth(wchar_t(bitPattern: scalar.value)))
        #endif
    }

    #if os(Linux)
    typealias Function = @convention(c) (wchar_t) -> Int32

    struct Lookup: @unchecked Sendable {
        let function: Function?
    }

    /// dlsym's handle 0 is glibc's RTLD_DEFAULT: search the libraries already loaded.
    static let lookup = Lookup(function: dlsym(nil, "wcwidth").map { unsafeBitCast($0, to: Function.self) })
    #endif
}
