# Installs madoguchi under PREFIX (default /usr/local): the release binary in bin/, its man
# pages in share/man/man1/, its bash, zsh and fish completions where each shell looks under
# that prefix. `make uninstall PREFIX=…` removes exactly those files, and the directories
# they were in if that left them empty. The built-in scenarios, lessons and themes are in
# the binary, so the installed tool works from any directory.
#
#   make install PREFIX=$HOME/.local
#   make uninstall PREFIX=$HOME/.local
#
# MADOGUCHI=path installs a binary already built instead of building the release one.

PREFIX ?= /usr/local
SWIFT ?= swift

BINDIR := $(DESTDIR)$(PREFIX)/bin
MANDIR := $(DESTDIR)$(PREFIX)/share/man/man1
BASHDIR := $(DESTDIR)$(PREFIX)/share/bash-completion/completions
ZSHDIR := $(DESTDIR)$(PREFIX)/share/zsh/site-functions
FISHDIR := $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
PAGES := $(notdir $(wildcard docs/man/*.1))

INSTALLED := $(BINDIR)/madoguchi $(addprefix $(MANDIR)/,$(PAGES)) \
	$(BASHDIR)/madoguchi $(ZSHDIR)/_madoguchi $(FISHDIR)/madoguchi.fish
# Deepest first, so that a parent is tried once its children are gone.
DIRECTORIES := $(BINDIR) $(MANDIR) $(dir $(MANDIR)) $(BASHDIR) $(dir $(BASHDIR)) \
	$(ZSHDIR) $(dir $(ZSHDIR)) $(FISHDIR) $(dir $(FISHDIR)) $(DESTDIR)$(PREFIX)/share

ifeq ($(origin MADOGUCHI),undefined)
MADOGUCHI = $(shell $(SWIFT) build -c release --show-bin-path)/madoguchi
BUILD := build
endif

.PHONY: build install uninstall

build:
	$(SWIFT) build -c release --product madoguchi

install: $(BUILD)
	install -d $(BINDIR) $(MANDIR) $(BASHDIR) $(ZSHDIR) $(FISHDIR)
	install -m 755 "$(MADOGUCHI)" $(BINDIR)/madoguchi
	install -m 644 $(addprefix docs/man/,$(PAGES)) $(MANDIR)/
	LC_ALL=C $(BINDIR)/madoguchi --generate-completion-script bash > $(BASHDIR)/madoguchi
	LC_ALL=C $(BINDIR)/madoguchi --generate-completion-script zsh > $(ZSHDIR)/_madoguchi
	LC_ALL=C $(BINDIR)/madoguchi --generate-completion-script fish > $(FISHDIR)/madoguchi.fish

uninstall:
	rm -f $(INSTALLED)
	for dir in $(DIRECTORIES); do [ ! -d "$$dir" ] || rmdir --ignore-fail-on-non-empty "$$dir"; done
