#ifndef WIJK_CNCURSES_SHIM_H
#define WIJK_CNCURSES_SHIM_H

// The wide-character API only appears with these defined before curses.h.
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <wchar.h>
#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
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
static inline FILE *wijk_stdout(void) { return stdout; }
static inline FILE *wijk_stdin(void) { return stdin; }
static inline int wijk_color_pairs(void) { return COLOR_PAIRS; }
static inline int wijk_err(void) { return ERR; }
/// glibc's width of one character in the current locale (for cross-checking tests).
static inline int wijk_wcwidth(unsigned int c) { return wcwidth((wchar_t)c); }

/// The terminal's own line-drawing character for an alternate-character-set code
/// ('q' horizontal line, 'x' vertical, 'l' top-left corner, …); only after newterm.
static inline const cchar_t *wijk_wacs(unsigned char code) { return NCURSES_WACS(code); }

/// Sets the current drawing attributes and colour pair of stdscr.
static inline int wijk_set_style(attr_t attrs, int pair) {
    return wattr_set(stdscr, attrs, (short)pair, NULL);
}

/// Reads one key; returns get_wch's status (OK, KEY_CODE_YES or ERR).
static inline int wijk_get_wch(unsigned int *out) {
    wint_t ch = 0;
    int status = wget_wch(stdscr, &ch);
    *out = (unsigned int)ch;
    return status;
}

// ---------------------------------------------------------------------------
// Signals and crash safety. Everything below runs in signal handlers and uses
// only async-signal-safe calls (write, tcsetattr, sigaction, raise). The state
// is file-static, and every Swift object file gets its own copy of it: call these
// functions from NcursesTerminal.swift only, so handlers and flags are the same copy.

// Struct-typed file statics are not emitted by Swift's Clang importer; function-local
// statics are.
static inline struct termios *wijk_saved_termios(void) {
    static struct termios saved;
    return &saved;
}
static volatile sig_atomic_t wijk_termios_saved = 0;
static volatile sig_atomic_t wijk_pending_signal = 0;
static char wijk_reset_sequence[256] = "\033[?1049l\033[?25h\033[0m\r\n";
static size_t wijk_reset_length = sizeof("\033[?1049l\033[?25h\033[0m\r\n") - 1;
static inline struct sigaction *wijk_previous_action(int sig) {
    static struct sigaction previous[32];
    return &previous[sig];
}

/// Saves the terminal settings of stdin (call before initscr/newterm).
static inline int wijk_save_termios(void) {
    if (tcgetattr(STDIN_FILENO, wijk_saved_termios()) != 0) return -1;
    wijk_termios_saved = 1;
    return 0;
}

/// Puts back the settings saved by wijk_save_termios (async-signal-safe).
static inline void wijk_restore_termios(void) {
    if (wijk_termios_saved) tcsetattr(STDIN_FILENO, TCSANOW, wijk_saved_termios());
}

/// Stores the bytes that leave the alternate screen and show the cursor on this
/// terminal (rmcup, cnorm, sgr0), for the crash handler. Call after newterm.
static inline void wijk_prepare_reset_sequence(void) {
    const char *caps[3] = { "rmcup", "cnorm", "sgr0" };
    char buffer[256];
    size_t used = 0;
    for (int i = 0; i < 3; i++) {
        char *value = tigetstr(caps[i]);
        if (value == NULL || value == (char *)-1) continue;
        size_t length = strlen(value);
        if (used + length + 3 > sizeof buffer) return;  // keep the xterm default
        memcpy(buffer + used, value, length);
        used += length;
    }
    if (used == 0) return;
    buffer[used++] = '\r';
    buffer[used++] = '\n';
    memcpy(wijk_reset_sequence, buffer, used);
    wijk_reset_length = used;
}

/// Leaves curses mode the hard way: raw bytes plus saved termios (async-signal-safe).
static inline void wijk_emergency_reset(void) {
    ssize_t written = write(STDOUT_FILENO, wijk_reset_sequence, wijk_reset_length);
    (void)written;
    wijk_restore_termios();
}

static void wijk_crash_handler(int sig) {
    wijk_emergency_reset();
    // Default action (core dump) once the handler returns; the re-raised signal is
    // blocked until then.
    signal(sig, SIG_DFL);
    raise(sig);
}

static void wijk_request_handler(int sig) {
    wijk_pending_signal = sig;
}

static inline int wijk_install(int sig, void (*handler)(int)) {
    if (sig <= 0 || sig >= 32) return -1;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;  // no SA_RESTART: a blocking read returns so the flag is seen
    return sigaction(sig, &action, wijk_previous_action(sig));
}

/// Installs the crash handler for SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS.
static inline void wijk_install_crash_handlers(void) {
    wijk_install(SIGILL, wijk_crash_handler);
    wijk_install(SIGTRAP, wijk_crash_handler);
    wijk_install(SIGABRT, wijk_crash_handler);
    wijk_install(SIGSEGV, wijk_crash_handler);
    wijk_install(SIGBUS, wijk_crash_handler);
}

/// Makes SIGTERM, SIGHUP and SIGINT set a flag instead of killing the process.
/// Install before newterm so ncurses leaves these signals to us.
static inline void wijk_install_request_handlers(void) {
    wijk_install(SIGTERM, wijk_request_handler);
    wijk_install(SIGHUP, wijk_request_handler);
    wijk_install(SIGINT, wijk_request_handler);
}

/// Puts back the handlers that were there before wijk_install_*.
static inline void wijk_restore_signal_handlers(void) {
    int signals[8] = { SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGTERM, SIGHUP, SIGINT };
    for (int i = 0; i < 8; i++) sigaction(signals[i], wijk_previous_action(signals[i]), NULL);
}

/// Returns and clears the last SIGTERM/SIGHUP/SIGINT received (0 if none).
static inline int wijk_take_pending_signal(void) {
    int sig = wijk_pending_signal;
    wijk_pending_signal = 0;
    return sig;
}

#endif
