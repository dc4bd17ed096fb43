#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Widths come from `wcwidth`, which needs a UTF-8 locale, as the terminal backend sets up
/// in the real program. setlocale is not thread-safe, and tests run in parallel, so it runs
/// once, through a global's lazy initialiser.
let utf8Locale: Bool = setlocale(LC_ALL, "C.UTF-8") != nil
