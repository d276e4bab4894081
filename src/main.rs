// The CLI and the server allocate many small strings and JSON values; mimalloc keeps
// that cheap on every thread (measured with `cargo bench --bench plan`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    // Memory freed between a large plan's phases goes back to the system (pchat-alloc).
    pchat_alloc::return_freed_memory_promptly();
    pchat::run()
}
