// The terminal's bridge to ncursesw. SwiftPM drops the -D flags pkg-config gives for ncursesw, so the
// wide-character API (cchar_t, get_wch, add_wch) must be switched on here, before the include.
#ifndef MADOGUCHI_CNCURSESW_SHIM_H
#define MADOGUCHI_CNCURSESW_SHIM_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#define NCURSES_WIDECHAR 1

#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Swift 6 rejects reading mutable C globals, and cannot import macros with casts or
// arguments; these accessors are the whole bridge.
static inline WINDOW *mg_stdscr(void) { return stdscr; }
static inline int mg_colors(void) { return COLORS; }
static inline FILE *mg_stdin(void) { return stdin; }
static inline FILE *mg_stdout(void) { return stdout; }
static inline int mg_max_y(WINDOW *window) { int y, x; getmaxyx(window, y, x); (void)x; return y; }
static inline int mg_max_x(WINDOW *window) { int y, x; getmaxyx(window, y, x); (void)y; return x; }

static inline attr_t mg_attr_normal(void) { return A_NORMAL; }
static inline attr_t mg_attr_bold(void) { return A_BOLD; }
static inline attr_t mg_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t mg_attr_reverse(void) { return A_REVERSE; }
static inline attr_t mg_attr_dim(void) { return A_DIM; }

static inline int mg_key_f0(void) { return KEY_F0; }

// Terminal capabilities from the terminfo entry newterm loaded; tigetstr answers NULL or
// (char *)-1 for a capability the entry lacks or does not know.
static inline int mg_has_capability(const char *name) {
    const char *value = tigetstr((char *)name);
    return value != NULL && value != (char *)-1 && value[0] != 0;
}

// Leaves curses mode. A terminal without an alternate screen (vt100, linux) would keep the
// last frame after endwin, with the shell prompt landing on top of it: clear it.
static inline void mg_leave(void) {
    endwin();
    if (!mg_has_capability("smcup") && mg_has_capability("clear")) {
        putp(tigetstr((char *)"clear"));
        fflush(stdout);
    }
}
static inline int mg_key_code_yes(void) { return KEY_CODE_YES; }

// setcchar's `opts` carries the pair number as an int, which lifts the 32767-pair (and
// 256-pair-in-attr) limits; the short argument is then ignored.
static inline int mg_put_cell(WINDOW *window, int y, int x, const wchar_t *text,
                              attr_t attributes, int pair) {
    cchar_t cell;
    int extendedPair = pair;
    if (setcchar(&cell, text, attributes, 0, &extendedPair) == ERR) return ERR;
    return mvwadd_wch(window, y, x, &cell);
}

// Signals. sigaction's handler lives in a union Swift imports awkwardly, and a handler may
// only touch a volatile sig_atomic_t, so this part is C. Swift emits the static inline
// functions it calls but not file-scope statics of a header, so the state lives in
// function-local statics; they exist once per Swift file that calls these functions, so
// only SignalWatch.swift may call the mg_*handler and mg_take_signal functions.

static inline volatile sig_atomic_t *mg_pending_signal(void) {
    static volatile sig_atomic_t pending = 0;
    return &pending;
}

static inline struct sigaction *mg_previous_actions(void) {
    static struct sigaction actions[NSIG];
    return actions;
}

static void mg_record_signal(int signal) { *mg_pending_signal() = signal; }

// For crashes (a Swift trap is SIGILL or SIGTRAP): restore the screen first, as htop does,
// then hand the signal to whoever had it before (the Swift backtracer, or the default).
static void mg_restore_and_reraise(int signal) {
    mg_leave();
    sigaction(signal, &mg_previous_actions()[signal], NULL);
    raise(signal);
}

// Registered with atexit, so a program that exits without closing the terminal still
// leaves the shell usable. endwin without a screen is a harmless ERR.
static void mg_endwin_at_exit(void) {
    if (!isendwin()) mg_leave();
}

static inline int mg_take_signal(void) {
    int signal = *mg_pending_signal();
    *mg_pending_signal() = 0;
    return signal;
}

// No SA_RESTART: a blocked get_wch returns at once and the input loop sees the signal.
static inline int mg_install_handler(int signal, int fatal) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = fatal ? mg_restore_and_reraise : mg_record_signal;
    sigemptyset(&action.sa_mask);
    if (fatal) action.sa_flags = SA_RESETHAND;
    return sigaction(signal, &action, &mg_previous_actions()[signal]);
}

static inline int mg_restore_handler(int signal) {
    return sigaction(signal, &mg_previous_actions()[signal], NULL);
}

static inline int mg_set_signal_default(int signal) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    return sigaction(signal, &action, NULL);
}

#endif
