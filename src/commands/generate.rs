//! Completions and man pages, generated from the clap definitions. The checked-in copies
//! in completions/ and man/ are kept fresh by a test.

use std::path::Path;

use anyhow::Context;
use clap::CommandFactory;

use crate::cli::clap_complete_shell::Shell;
use crate::cli::{Cli, CompletionsArgs, ManArgs};

/// The shell's registration script: the shell asks `pchat` itself for each completion
/// (`COMPLETE=SHELL pchat -- ...`), so names come from the server and the script never goes
/// stale against the command line.
pub fn completion_script(shell: Shell) -> Vec<u8> {
    use clap_complete::env::{Bash, Elvish, EnvCompleter, Fish, Powershell, Zsh};
    let target: &dyn EnvCompleter = match shell {
        Shell::Bash => &Bash,
        Shell::Zsh => &Zsh,
        Shell::Fish => &Fish,
        Shell::PowerShell => &Powershell,
        Shell::Elvish => &Elvish,
    };
    let mut buf = Vec::new();
    // Writing into a Vec does not fail.
    let _ = target.write_registration("COMPLETE", "pchat", "pchat", "pchat", &mut buf);
    buf
}

/// The file name a shell expects.
pub fn completion_file(shell: Shell) -> &'static str {
    match shell {
        Shell::Bash => "pchat.bash",
        Shell::Zsh => "_pchat",
        Shell::Fish => "pchat.fish",
        Shell::PowerShell => "_pchat.ps1",
        Shell::Elvish => "pchat.elv",
    }
}

pub fn completions(args: CompletionsArgs) -> anyhow::Result<()> {
    let script = completion_script(args.shell);
    match args.out {
        Some(dir) => {
            std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
            let file = dir.join(completion_file(args.shell));
            std::fs::write(&file, script).with_context(|| format!("writing {}", file.display()))
        }
        None => crate::output::write_stdout(&String::from_utf8_lossy(&script)),
    }
}

/// Every man page: (file name, roff text), `pchat.1` first, then one per subcommand.
pub fn man_pages() -> anyhow::Result<Vec<(String, Vec<u8>)>> {
    let mut pages = Vec::new();
    let cmd = Cli::command();
    collect_pages(&cmd, "pchat", &mut pages)?;
    Ok(pages)
}

fn collect_pages(cmd: &clap::Command, name: &str, pages: &mut Vec<(String, Vec<u8>)>) -> anyhow::Result<()> {
    let cmd = cmd.clone().name(name.to_string()).bin_name(name.replace('-', " "));
    // The NAME line is `NAME - ABOUT`: an about that starts with the name ("pchat: a
    // persistent chat server", as --help opens) would say it twice.
    let mut page = cmd.clone();
    if let Some(about) = cmd.get_about().map(ToString::to_string) {
        if let Some(rest) = about.strip_prefix(&format!("{name}: ")) {
            page = page.about(rest.to_string());
        }
    }
    // Every page is of the one binary and its version; clap gives a subcommand neither.
    let source = format!("pchat {}", env!("CARGO_PKG_VERSION"));
    let mut buf = Vec::new();
    clap_mangen::Man::new(page).source(source).render(&mut buf)?;
    pages.push((format!("{name}.1"), buf));
    for sub in cmd.get_subcommands() {
        if sub.get_name() == "help" || sub.is_hide_set() {
            continue;
        }
        collect_pages(sub, &format!("{name}-{}", sub.get_name()), pages)?;
    }
    Ok(())
}

/// Writes the man pages and says how many and where (unless `-q`): some 100 files
/// appearing without a word looks like nothing happened, or like too much did.
pub fn man(out: &crate::output::Output, args: ManArgs) -> anyhow::Result<()> {
    let written = write_man(&args.out)?;
    out.note(format!("wrote {} into {}", crate::api::text::count(written, "man page"), args.out.display()));
    Ok(())
}

/// Writes every man page into `dir` (created when missing) and answers how many.
pub fn write_man(dir: &Path) -> anyhow::Result<usize> {
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let pages = man_pages()?;
    for (file, text) in &pages {
        std::fs::write(dir.join(file), text).with_context(|| format!("writing {}", dir.join(file).display()))?;
    }
    Ok(pages.len())
}
