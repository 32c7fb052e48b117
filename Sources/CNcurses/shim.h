#ifndef WIJK_CNCURSES_SHIM_H
#define WIJK_CNCURSES_SHIM_H

// The wide-character API only appears with these defined before curses.h.
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Swift 6 rejects C globals as not concurrency-safe and does not import
// function-like macros, so every one we need gets an inline accessor.
static inline WINDOW *wijk_stdscr(void) { return stdscr; }
static inline int wijk_lines(void) { return LINES; }
static inline int wijk_cols(void) { return COLS; }
static inline int wijk_key_f(int n) { return KEY_F(n); }
static inline int wijk_key_code_yes(void) { return KEY_CODE_YES; }
static inline attr_t wijk_a_bold(void) { return A_BOLD; }
static inline attr_t wijk_a_reverse(void) { return A_REVERSE; }
static inline attr_t wijk_a_underline(void) { return A_UNDERLINE; }
static inline attr_t wijk_a_dim(void) { return A_DIM; }
static inline attr_t wijk_a_normal(void) { return A_NORMAL; }
static inline attr_t wijk_color_pair(int n) { return COLOR_PAIR(n); }

#endif
