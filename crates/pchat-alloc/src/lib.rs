//! pchat's one allocator setting, kept apart because it is a C call: `pchat` itself
//! forbids `unsafe`.
//!
//! mimalloc 3 holds freed pages for a second before it gives them back to the system
//! (`purge_delay`, 1,000 ms), and only when the thread that owns them next allocates. A
//! plan of a pool's size frees hundreds of megabytes between its phases (reading the
//! files, the diff, the changeset's body, the server's working state), so with that delay
//! a whole `pchat apply` of the sizing model peaked at 730 MB instead of 600 MB. Ten
//! milliseconds, mimalloc 2's delay, gives the memory back between phases and measured no
//! slower (`cargo bench --bench plan -- --sizing`).

use std::ffi::c_long;

/// `mi_option_purge_delay` in mimalloc's `mi_option_t` (its `mimalloc.h`);
/// [`default_is_mimallocs`](tests) checks the index against the library's own default.
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// How long freed memory waits before it goes back to the system, in milliseconds.
pub const PURGE_DELAY_MS: c_long = 10;

/// Sets mimalloc to give freed memory back after [`PURGE_DELAY_MS`]. Call it first thing
/// in `main`; it may be called again.
pub fn return_freed_memory_promptly() {
    // SAFETY: `mi_option_set` stores an option's value and nothing else; every value is
    // valid for the purge delay, and mimalloc reads it on each purge.
    unsafe { libmimalloc_sys::mi_option_set(PURGE_DELAY, PURGE_DELAY_MS) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn purge_delay() -> c_long {
        // SAFETY: reads an option's value.
        unsafe { libmimalloc_sys::mi_option_get(PURGE_DELAY) }
    }

    #[test]
    fn default_is_mimallocs() {
        if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
            assert_eq!(purge_delay(), 1000, "option {PURGE_DELAY} is not mimalloc's purge delay");
        }
        return_freed_memory_promptly();
        assert_eq!(purge_delay(), PURGE_DELAY_MS);
    }
}
