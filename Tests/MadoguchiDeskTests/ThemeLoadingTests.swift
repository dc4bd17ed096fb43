#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import MadoguchiDesk

@Suite struct ThemeLoadingTests {
    private func parseError(_ source: String) -> ThemeError? {
        do {
            _ = try Theme.parse(source, file: "my.toml", name: "my")
            return nil
        } catch {
            return error
        }
    }

    @Test("built-in themes load and define every role", arguments: Theme.builtinNames)
    func builtins(_ name: String) throws {
        let theme = try Theme.load(nameOrPath: name)
        #expect(theme.name == name)
        #expect(Set(theme.styles.keys) == Set(Role.allCases))
    }

    @Test func aGoodFileParses() throws {
        let theme = try Theme.parse("""
            description = "test"
            [roles.warning]
            fg = "#ffcc00"
            bg = "default"
            attributes = ["bold", "underline"]
            [roles]
            error = { fg = "bright_red" }
            """, file: "my.toml", name: "my")
        #expect(theme.style(for: .warning) == RoleStyle(
            foreground: .rgb(RGB(0xFF, 0xCC, 0)), background: .terminalDefault, attributes: [.bold, .underline]
        ))
        #expect(theme.style(for: .error).foreground == .named(.brightRed))
    }

    @Test func missingRolesLookLikeText() throws {
        let theme = try Theme.parse("[roles.text]\nfg = \"red\"\n", file: "my.toml", name: "my")
        #expect(theme.style(for: .card) == RoleStyle(foreground: .named(.red)))
    }

    @Test func brokenTOMLNamesFileAndLine() throws {
        let error = try #require(parseError("[roles.text]\nfg = \"#ffffff\"\nbg = \n"))
        #expect(error.file == "my.toml")
        #expect(error.line == 3)
        #expect(error.column == 6)
        #expect(error.message(.en).hasPrefix("my.toml:3:6: TOML syntax error: expected a value"))
        #expect(error.message(.ja).hasPrefix("my.toml 3行目6文字目: TOML の構文エラー"))
    }

    @Test func unknownRoleNamesKeyLineAndAcceptedRoles() throws {
        let error = try #require(parseError("[roles.text]\nfg = \"red\"\n\n[roles.warnig]\nfg = \"yellow\"\n"))
        #expect(error.key == "roles.warnig")
        #expect(error.line == 4)
        #expect(error.message(.en).hasPrefix("my.toml:4: roles.warnig: unknown key (did you mean warning?). Accepted: background, surface,"))
        #expect(error.message(.en).contains("no_credential"))
    }

    @Test func unknownKeysAreRejectedAtEveryLevel() throws {
        let top = try #require(parseError("colour = 1\n"))
        #expect(top.key == "colour")
        #expect(top.line == 1)
        #expect(top.message(.en).hasSuffix("unknown key. Accepted: description, roles."))

        let inRole = try #require(parseError("[roles.ok]\nforeground = \"green\"\n"))
        #expect(inRole.key == "roles.ok.foreground")
        #expect(inRole.line == 2)
        #expect(inRole.message(.en).hasSuffix("unknown key. Accepted: fg, bg, attributes."))
    }

    @Test func badColorNamesKeyAndAcceptedForms() throws {
        let error = try #require(parseError("[roles.warning]\nbg = \"black\"\nfg = \"#ggg000\"\n"))
        #expect(error.key == "roles.warning.fg")
        #expect(error.line == 3)
        #expect(error.problem == .badColor(value: "#ggg000"))
        let message = error.message(.en)
        #expect(message.hasPrefix("my.toml:3: roles.warning.fg: \"#ggg000\" is not a colour. Accepted: \"#rrggbb\", \"default\""))
        #expect(message.contains("bright_white"))
        #expect(error.message(.ja).contains("「#ggg000」は色として使えません"))
    }

    @Test func colorInAnInlineTableIsLocated() throws {
        let error = try #require(parseError("[roles]\ntext = { fg = \"pink\" }\n"))
        #expect(error.key == "roles.text.fg")
        #expect(error.line == 2)
    }

    @Test func wrongTypesNameWhatIsExpected() throws {
        let number = try #require(parseError("[roles.text]\nfg = 12\n"))
        #expect(number.problem == .wrongType(expected: .typeString, found: .typeInteger))
        #expect(number.message(.en) == "my.toml:2: roles.text.fg: wrong type: found an integer. Accepted: a string.")

        let attributes = try #require(parseError("[roles.text]\nattributes = \"bold\"\n"))
        #expect(attributes.message(.en) == "my.toml:2: roles.text.attributes: wrong type: found a string. Accepted: an array of strings.")

        let role = try #require(parseError("[roles]\ntext = \"red\"\n"))
        #expect(role.message(.en) == "my.toml:2: roles.text: wrong type: found a string. Accepted: a table.")

        let roles = try #require(parseError("roles = [1]\n"))
        #expect(roles.message(.en) == "my.toml:1: roles: wrong type: found an array. Accepted: a table.")
    }

    @Test func badAttributeNamesTheAcceptedOnes() throws {
        let error = try #require(parseError("[roles.text]\nattributes = [\"blink\"]\n"))
        #expect(error.message(.en) == "my.toml:2: roles.text.attributes: \"blink\" is not an attribute. Accepted: bold, underline, reverse, dim.")
    }

    @Test func unknownThemeNameListsTheBuiltins() {
        #expect(throws: ThemeError(file: "solarized", problem: .unknownTheme(builtins: Theme.builtinNames))) {
            try Theme.load(nameOrPath: "solarized")
        }
        let message = ThemeError(file: "solarized", problem: .unknownTheme(builtins: Theme.builtinNames)).message(.en)
        #expect(message == "solarized: no theme named \"solarized\". Accepted: a built-in theme (default, light, high-contrast, mono) or the path of a .toml file.")
    }

    @Test func missingFileNamesFileAndReason() throws {
        let error = try #require(throws: ThemeError.self) { try Theme.load(nameOrPath: "/nonexistent/dir/x.toml") }
        #expect(error.message(.en) == "/nonexistent/dir/x.toml: no such file. Accepted: a built-in theme (default, light, high-contrast, mono) or the path of a .toml file.")
    }

    @Test func aThemeFileLoadsByPath() throws {
        var template = Array("/tmp/madoguchi-theme-XXXXXX".utf8CString)
        let directory = try #require(mkdtemp(&template))
        let path = String(cString: directory) + "/ocean.toml"
        let file = try #require(fopen(path, "w"))
        fputs("[roles.accent]\nfg = \"#0088ff\"\n", file)
        fclose(file)
        defer {
            unlink(path)
            rmdir(directory)
        }
        let theme = try Theme.load(nameOrPath: path)
        #expect(theme.name == "ocean")
        #expect(theme.style(for: .accent).foreground == .rgb(RGB(0, 0x88, 0xFF)))
    }
}
