// Generated from Themes/*.toml by Tests/MadoguchiDeskTests/BuiltinThemesTests.swift.
// Edit the .toml files, then run: MADOGUCHI_REGENERATE=1 swift test --filter BuiltinThemesTests

/// The built-in themes' TOML texts, so they load from any directory and an installed binary.
enum BuiltinThemes {
    static let sources: [String: String] = [
        "default": ##"""
        # Madoguchi colour theme "default": dark, for the usual dark terminal.
        # Each role is a table with optional keys:
        #   fg, bg      "#rrggbb", "default" (the terminal's own) or a name: black, red, green,
        #               yellow, blue, magenta, cyan, white, bright_black … bright_white
        #   attributes  a list of: "bold", "underline", "reverse", "dim"
        # A role left out looks like `text`. Colours degrade to 256, 16 or 8 colours on terminals
        # that have fewer; without colour (NO_COLOR) the attributes of the "mono" theme are used.
        description = "Dark background, soft colours"

        [roles.background]
        fg = "#c8ccd4"
        bg = "#1b1e24"

        [roles.surface]
        fg = "#d8dee9"
        bg = "#232831"

        [roles.text]
        fg = "#d8dee9"
        bg = "#232831"

        [roles.muted]
        fg = "#7b8394"
        bg = "#232831"

        [roles.accent]
        fg = "#88c0d0"
        bg = "#232831"
        attributes = ["bold"]

        [roles.ok]
        fg = "#a3be8c"
        bg = "#232831"

        [roles.warning]
        fg = "#ebcb8b"
        bg = "#232831"
        attributes = ["bold"]

        [roles.error]
        fg = "#ff6b6b"
        bg = "#232831"
        attributes = ["bold"]

        [roles.card]
        fg = "#81a1f1"
        bg = "#232831"

        [roles.phone]
        fg = "#b48ead"
        bg = "#232831"

        [roles.legacy]
        fg = "#d08770"
        bg = "#232831"

        [roles.paper]
        fg = "#e5d9b6"
        bg = "#232831"

        [roles.no_credential]
        fg = "#bf616a"
        bg = "#232831"
        attributes = ["underline"]

        [roles.header]
        fg = "#eceff4"
        bg = "#3b4252"
        attributes = ["bold"]

        [roles.selection]
        fg = "#1b1e24"
        bg = "#88c0d0"
        attributes = ["bold"]

        [roles.border]
        fg = "#4c566a"
        bg = "#232831"

        [roles.title]
        fg = "#88c0d0"
        bg = "#232831"
        attributes = ["bold"]

        [roles.sparkline]
        fg = "#8fbcbb"
        bg = "#232831"

        [roles.key_help]
        fg = "#a0a8b8"
        bg = "#1b1e24"

        """##,
        "light": ##"""
        # Madoguchi colour theme "light": dark text on a light background.
        # Keys as in default.toml: fg, bg ("#rrggbb", "default" or a colour name) and attributes
        # ("bold", "underline", "reverse", "dim"); a role left out looks like `text`.
        description = "Light background, dark text"

        [roles.background]
        fg = "#383a42"
        bg = "#e8e8e8"

        [roles.surface]
        fg = "#383a42"
        bg = "#fafafa"

        [roles.text]
        fg = "#383a42"
        bg = "#fafafa"

        [roles.muted]
        fg = "#8a8f98"
        bg = "#fafafa"

        [roles.accent]
        fg = "#0f6fb8"
        bg = "#fafafa"
        attributes = ["bold"]

        [roles.ok]
        fg = "#2e7d32"
        bg = "#fafafa"

        [roles.warning]
        fg = "#9a6700"
        bg = "#fafafa"
        attributes = ["bold"]

        [roles.error]
        fg = "#c62828"
        bg = "#fafafa"
        attributes = ["bold"]

        [roles.card]
        fg = "#1a4fc4"
        bg = "#fafafa"

        [roles.phone]
        fg = "#7b3fa0"
        bg = "#fafafa"

        [roles.legacy]
        fg = "#a0522d"
        bg = "#fafafa"

        [roles.paper]
        fg = "#6d5d2e"
        bg = "#fafafa"

        [roles.no_credential]
        fg = "#b3261e"
        bg = "#fafafa"
        attributes = ["underline"]

        [roles.header]
        fg = "#fafafa"
        bg = "#3c5a78"
        attributes = ["bold"]

        [roles.selection]
        fg = "#fafafa"
        bg = "#0f6fb8"
        attributes = ["bold"]

        [roles.border]
        fg = "#b0b4bb"
        bg = "#fafafa"

        [roles.title]
        fg = "#0f6fb8"
        bg = "#fafafa"
        attributes = ["bold"]

        [roles.sparkline]
        fg = "#0f7b8a"
        bg = "#fafafa"

        [roles.key_help]
        fg = "#5c6370"
        bg = "#e8e8e8"

        """##,
        "high-contrast": ##"""
        # Madoguchi colour theme "high-contrast": pure colours on black, bold where it matters,
        # for low vision and bright rooms. Named colours follow the user's terminal palette.
        # Keys as in default.toml: fg, bg ("#rrggbb", "default" or a colour name) and attributes
        # ("bold", "underline", "reverse", "dim"); a role left out looks like `text`.
        description = "Maximum contrast: bright colours on black"

        [roles.background]
        fg = "bright_white"
        bg = "black"

        [roles.surface]
        fg = "bright_white"
        bg = "black"

        [roles.text]
        fg = "bright_white"
        bg = "black"

        [roles.muted]
        fg = "white"
        bg = "black"

        [roles.accent]
        fg = "bright_cyan"
        bg = "black"
        attributes = ["bold"]

        [roles.ok]
        fg = "bright_green"
        bg = "black"
        attributes = ["bold"]

        [roles.warning]
        fg = "bright_yellow"
        bg = "black"
        attributes = ["bold"]

        [roles.error]
        fg = "bright_white"
        bg = "red"
        attributes = ["bold"]

        [roles.card]
        fg = "bright_cyan"
        bg = "black"
        attributes = ["bold"]

        [roles.phone]
        fg = "bright_magenta"
        bg = "black"
        attributes = ["bold"]

        [roles.legacy]
        fg = "bright_yellow"
        bg = "black"

        [roles.paper]
        fg = "bright_white"
        bg = "black"
        attributes = ["underline"]

        [roles.no_credential]
        fg = "bright_red"
        bg = "black"
        attributes = ["bold", "underline"]

        [roles.header]
        fg = "black"
        bg = "bright_white"
        attributes = ["bold"]

        [roles.selection]
        fg = "black"
        bg = "bright_yellow"
        attributes = ["bold"]

        [roles.border]
        fg = "bright_white"
        bg = "black"

        [roles.title]
        fg = "bright_yellow"
        bg = "black"
        attributes = ["bold"]

        [roles.sparkline]
        fg = "bright_cyan"
        bg = "black"

        [roles.key_help]
        fg = "bright_white"
        bg = "black"

        """##,
        "mono": ##"""
        # Madoguchi theme "mono": no colour at all, only attributes, in the terminal's own colours.
        # Also used for every theme when the terminal has no colour or NO_COLOR is set, so each
        # role that must stand out has an attribute here.
        # Keys as in default.toml: fg, bg ("#rrggbb", "default" or a colour name) and attributes
        # ("bold", "underline", "reverse", "dim"); a role left out looks like `text`.
        description = "No colour: bold, underline, reverse and dim only"

        [roles.background]

        [roles.surface]

        [roles.text]

        [roles.muted]
        attributes = ["dim"]

        [roles.accent]
        attributes = ["bold"]

        [roles.ok]

        [roles.warning]
        attributes = ["bold"]

        [roles.error]
        attributes = ["bold", "underline"]

        [roles.card]

        [roles.phone]

        [roles.legacy]

        [roles.paper]

        [roles.no_credential]
        attributes = ["underline"]

        [roles.header]
        attributes = ["reverse"]

        [roles.selection]
        attributes = ["reverse", "bold"]

        [roles.border]

        [roles.title]
        attributes = ["bold"]

        [roles.sparkline]

        [roles.key_help]
        attributes = ["dim"]

        """##,
    ]
}
