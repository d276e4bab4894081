//! A bounded, seeded mutation fuzzer that runs on stable Rust inside `cargo test`.
//!
//! `cargo fuzz` needs a nightly compiler, which CI does not have, so each reader of outside
//! input has a `fuzz_*` test built on [`run`]: it mutates a corpus of seed inputs (byte
//! flips, insertions, deletions, repeated runs, splices and the reader's own tokens) for a
//! bounded time and hands every input to a check that must neither panic nor take long.
//! A failure prints the seed and the input, so it can be replayed and kept as a regression
//! case beside the target.
//!
//! `PCHAT_FUZZ_SECS` sets the time per target (default 2 s); `PCHAT_FUZZ_SEED` the seed.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::{Duration, Instant};

/// xorshift64*: small, fast and good enough to drive mutations.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
}

/// One mutation of `input`: the corpus and the tokens give the splices material.
pub fn mutate(rng: &mut Rng, input: &[u8], corpus: &[&[u8]], tokens: &[&[u8]]) -> Vec<u8> {
    let mut out = input.to_vec();
    for _ in 0..=rng.below(4) {
        let at = rng.below(out.len() + 1);
        match rng.below(7) {
            0 if !out.is_empty() => {
                let i = rng.below(out.len());
                out[i] ^= 1 << rng.below(8);
            }
            1 => out.insert(at, rng.next_u64() as u8),
            2 if !out.is_empty() => {
                let end = (at + 1 + rng.below(16)).min(out.len());
                out.drain(at.min(end)..end);
            }
            3 if !out.is_empty() => {
                // Repeat a run: the shape that hostile input (deep nesting, long lines) takes.
                let start = rng.below(out.len());
                let end = (start + 1 + rng.below(8)).min(out.len());
                let run = out[start..end].to_vec();
                for _ in 0..1 + rng.below(64) {
                    out.splice(start..start, run.iter().copied());
                }
            }
            4 if !tokens.is_empty() => {
                let token = tokens[rng.below(tokens.len())];
                out.splice(at..at, token.iter().copied());
            }
            5 if !corpus.is_empty() => {
                let other = corpus[rng.below(corpus.len())];
                let start = rng.below(other.len() + 1);
                let end = (start + rng.below(64)).min(other.len());
                out.splice(at..at, other[start..end].iter().copied());
            }
            _ => {
                let cut = rng.below(out.len() + 1);
                out.truncate(cut.max(at.min(out.len())));
            }
        }
    }
    out
}

/// How long each target runs, from `PCHAT_FUZZ_SECS` (default 2 s).
pub fn budget() -> Duration {
    let secs = std::env::var("PCHAT_FUZZ_SECS").ok().and_then(|s| s.parse::<f64>().ok()).unwrap_or(2.0);
    Duration::from_secs_f64(secs.max(0.0))
}

/// The slowest a single input may be before the target fails: hostile input must be refused
/// in bounded time, not merely eventually.
pub const SLOW_INPUT: Duration = Duration::from_secs(5);

/// Runs `check` on every corpus entry, then on mutations of them until the budget is spent.
/// Panics (naming the seed and the input) when `check` panics or is slower than
/// [`SLOW_INPUT`]. Returns how many inputs ran.
pub fn run(name: &str, corpus: &[&[u8]], tokens: &[&[u8]], check: impl FnMut(&[u8])) -> usize {
    run_for(name, budget(), corpus, tokens, check)
}

fn run_for(name: &str, budget: Duration, corpus: &[&[u8]], tokens: &[&[u8]], mut check: impl FnMut(&[u8])) -> usize {
    let seed = std::env::var("PCHAT_FUZZ_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(0x5eed_cafe_u64);
    let mut rng = Rng::new(seed);
    let started = Instant::now();
    let mut ran = 0;
    let mut one = |input: &[u8], ran: &mut usize| {
        let began = Instant::now();
        let outcome = catch_unwind(AssertUnwindSafe(|| check(input)));
        let took = began.elapsed();
        *ran += 1;
        let shown = String::from_utf8_lossy(&input[..input.len().min(4096)]).into_owned();
        if outcome.is_err() {
            panic!("fuzz target {name} panicked (seed {seed}, input {ran}, {} bytes):\n{shown:?}", input.len());
        }
        if took > SLOW_INPUT {
            panic!(
                "fuzz target {name} took {took:?} on one input (seed {seed}, input {ran}, {} bytes):\n{shown:?}",
                input.len()
            );
        }
    };
    for input in corpus {
        one(input, &mut ran);
    }
    while started.elapsed() < budget && !corpus.is_empty() {
        let base = corpus[rng.below(corpus.len())];
        let input = mutate(&mut rng, base, corpus, tokens);
        one(&input, &mut ran);
    }
    eprintln!("fuzz target {name}: {ran} inputs in {:?} (seed {seed})", started.elapsed());
    ran
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mutations_change_the_input_and_stay_reproducible() {
        let corpus: &[&[u8]] = &[b"name: a\nlist: [1, 2]\n"];
        let a: Vec<Vec<u8>> = {
            let mut rng = Rng::new(7);
            (0..50).map(|_| mutate(&mut rng, corpus[0], corpus, &[b"&x"])).collect()
        };
        let b: Vec<Vec<u8>> = {
            let mut rng = Rng::new(7);
            (0..50).map(|_| mutate(&mut rng, corpus[0], corpus, &[b"&x"])).collect()
        };
        assert_eq!(a, b, "the same seed gives the same inputs");
        assert!(a.iter().any(|m| m.as_slice() != corpus[0]), "mutations change something");
    }

    #[test]
    #[should_panic(expected = "panicked")]
    fn a_panicking_check_fails_the_target() {
        run_for("always-panics", Duration::ZERO, &[b"x"], &[], |_| panic!("boom"));
    }
}
