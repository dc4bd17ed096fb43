// The only C in Madoguchi. SwiftPM drops the -D flags pkg-config gives for ncursesw, so the
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
static inline int mg_color_pairs(void) { return COLOR_PAIRS; }
static inline int mg_max_y(WINDOW *window) { int y, x; getmaxyx(window, y, x); (void)x; return y; }
static inline int mg_max_x(WINDOW *window) { int y, x; getmaxyx(window, y, x); (void)y; return x; }

static inline attr_t mg_attr_normal(void) { return A_NORMAL; }
static inline attr_t mg_attr_bold(void) { return A_BOLD; }
static inline attr_t mg_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t mg_attr_reverse(void) { return A_REVERSE; }
static inline attr_t mg_attr_dim(void) { return A_DIM; }

static inline int mg_key_f0(void) { return KEY_F0; }
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

// sigaction's handler lives in a union Swift imports awkwardly; no SA_RESTART, so a blocked
// get_wch returns early and the input loop sees the signal at once.
static inline int mg_set_signal_handler(int signal, void (*handler)(int)) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    return sigaction(signal, &action, NULL);
}

static inline int mg_set_signal_default(int signal) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    return sigaction(signal, &action, NULL);
}

#endif
