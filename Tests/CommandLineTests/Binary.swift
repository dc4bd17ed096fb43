import MadoguchiTestSupport

/// The built `madoguchi` binary, which sits beside the test bundle in the products folder.
typealias Binary = MadoguchiBinary
