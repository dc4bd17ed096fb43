// Scenario loading is built on the configuration reader, and its errors and the `Language`
// of every message come from there; re-exported so that users of the clinic see one API.
@_exported import MadoguchiConfig
