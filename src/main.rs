fn main() -> std::process::ExitCode {
    pchat::run()
}
