# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_pchat_global_optspecs
    string join \n server= token= ca-cert= o/output= q/quiet v/verbose no-color h/help V/version
end

function __fish_pchat_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_pchat_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_pchat_using_subcommand
    set -l cmd (__fish_pchat_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c pchat -n "__fish_pchat_needs_command" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_needs_command" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_needs_command" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_needs_command" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_needs_command" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_needs_command" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_needs_command" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pchat -n "__fish_pchat_needs_command" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_needs_command" -f -a "server" -d 'Run a pchat server node, or work on a server\'s store directly'
complete -c pchat -n "__fish_pchat_needs_command" -f -a "topology" -d 'The deployment\'s topology: sites, pools, servers and stores'
complete -c pchat -n "__fish_pchat_needs_command" -f -a "pools" -d 'Pools and their nodes: health, load, roles, and which servers are active'
complete -c pchat -n "__fish_pchat_needs_command" -f -a "directory" -d 'Users and groups of the directory'
complete -c pchat -n "__fish_pchat_needs_command" -f -a "categories" -d 'Categories: who may join and create rooms, and what rooms may do'
complete -c pchat -n "__fish_pchat_needs_command" -f -a "rooms" -d 'Chat rooms and their members, managers and presenters'
complete -c pchat -n "__fish_pchat_needs_command" -f -a "messages" -d 'Post, read and follow the messages of rooms (as the token\'s user)'
complete -c pchat -n "__fish_pchat_needs_command" -f -a "addins" -d 'Add-ins shown beside rooms'
complete -c pchat -n "__fish_pchat_needs_command" -f -a "policies" -d 'Who may use persistent chat (global, site and tag policies)'
complete -c pchat -n "__fish_pchat_needs_command" -f -a "config" -d 'Chat configuration at global, site or pool scope'
complete -c pchat -n "__fish_pchat_needs_command" -f -a "compliance" -d 'Compliance: recording every event, and the XML adapter that exports them'
complete -c pchat -n "__fish_pchat_needs_command" -f -a "migration" -d 'Archives of rooms with their history: export, import, verify offline, convert from other systems'
complete -c pchat -n "__fish_pchat_needs_command" -f -a "jobs" -d 'Exports and imports running on the server: progress, errors, cancel'
complete -c pchat -n "__fish_pchat_needs_command" -f -a "checklist" -d 'The deployment checklist: every check with what it found and how to fix it (exit 4 when one fails)'
complete -c pchat -n "__fish_pchat_needs_command" -f -a "tokens" -d 'API tokens'
complete -c pchat -n "__fish_pchat_needs_command" -f -a "plan" -d 'Show what `apply` would change to make the server match YAML plan files'
complete -c pchat -n "__fish_pchat_needs_command" -f -a "apply" -d 'Make the server match YAML plan files, or apply a saved plan'
complete -c pchat -n "__fish_pchat_needs_command" -f -a "api" -d 'Call any endpoint of the management API (escape hatch for scripts)'
complete -c pchat -n "__fish_pchat_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c pchat -n "__fish_pchat_needs_command" -f -a "man" -d 'Write man pages'
complete -c pchat -n "__fish_pchat_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pchat -n "__fish_pchat_using_subcommand server; and not __fish_seen_subcommand_from token migrate help" -l listen -d 'Address to listen on (loopback unless told otherwise; port 0 picks a free one)' -r
complete -c pchat -n "__fish_pchat_using_subcommand server; and not __fish_seen_subcommand_from token migrate help" -l database -d 'Store: sqlite://PATH (default, a file in the working directory) or postgres://USER@HOST/DB' -r
complete -c pchat -n "__fish_pchat_using_subcommand server; and not __fish_seen_subcommand_from token migrate help" -l tls-cert -d 'Serve HTTPS with this certificate chain (PEM; read again on SIGHUP)' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand server; and not __fish_seen_subcommand_from token migrate help" -l tls-key -d 'The certificate\'s private key (PEM)' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand server; and not __fish_seen_subcommand_from token migrate help" -l file-store -d 'Where files posted into rooms are kept (every node of a pool names the same directory); by default beside the SQLite file (pchat.db: pchat-files/)' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand server; and not __fish_seen_subcommand_from token migrate help" -l node -d 'This node\'s name in its pool: a server of the pool in the published topology (default HOSTNAME:PORT)' -r
complete -c pchat -n "__fish_pchat_using_subcommand server; and not __fish_seen_subcommand_from token migrate help" -l pool -d 'The pool this node serves, as the published topology names it (default: default)' -r
complete -c pchat -n "__fish_pchat_using_subcommand server; and not __fish_seen_subcommand_from token migrate help" -l heartbeat-interval -d 'How often the node writes its heartbeat to the store (100ms to 1m)' -r
complete -c pchat -n "__fish_pchat_using_subcommand server; and not __fish_seen_subcommand_from token migrate help" -l heartbeat-timeout -d 'How old a node\'s heartbeat may be before its pool counts it down (at least twice the interval)' -r
complete -c pchat -n "__fish_pchat_using_subcommand server; and not __fish_seen_subcommand_from token migrate help" -l compliance-lease -d 'How long a node holds a pool\'s compliance exporter lease unrenewed: a node that dies hands its exports to another after this (1s to 1h)' -r
complete -c pchat -n "__fish_pchat_using_subcommand server; and not __fish_seen_subcommand_from token migrate help" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand server; and not __fish_seen_subcommand_from token migrate help" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand server; and not __fish_seen_subcommand_from token migrate help" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand server; and not __fish_seen_subcommand_from token migrate help" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand server; and not __fish_seen_subcommand_from token migrate help" -l insecure-listen -d 'Listen beyond loopback without TLS (behind a proxy that terminates it); without this, such an address is refused'
complete -c pchat -n "__fish_pchat_using_subcommand server; and not __fish_seen_subcommand_from token migrate help" -l dev -d 'Development mode: a temporary SQLite store and a printed administrator token'
complete -c pchat -n "__fish_pchat_using_subcommand server; and not __fish_seen_subcommand_from token migrate help" -l no-migrate -d 'Do not run the store\'s migrations at start (readyz reports a stale schema)'
complete -c pchat -n "__fish_pchat_using_subcommand server; and not __fish_seen_subcommand_from token migrate help" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand server; and not __fish_seen_subcommand_from token migrate help" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand server; and not __fish_seen_subcommand_from token migrate help" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand server; and not __fish_seen_subcommand_from token migrate help" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand server; and not __fish_seen_subcommand_from token migrate help" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand server; and not __fish_seen_subcommand_from token migrate help" -f -a "token" -d 'Tokens minted straight into a store (to bootstrap a server)'
complete -c pchat -n "__fish_pchat_using_subcommand server; and not __fish_seen_subcommand_from token migrate help" -f -a "migrate" -d 'Run the store\'s migrations and exit'
complete -c pchat -n "__fish_pchat_using_subcommand server; and not __fish_seen_subcommand_from token migrate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pchat -n "__fish_pchat_using_subcommand server; and __fish_seen_subcommand_from token" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand server; and __fish_seen_subcommand_from token" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand server; and __fish_seen_subcommand_from token" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand server; and __fish_seen_subcommand_from token" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand server; and __fish_seen_subcommand_from token" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand server; and __fish_seen_subcommand_from token" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand server; and __fish_seen_subcommand_from token" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand server; and __fish_seen_subcommand_from token" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand server; and __fish_seen_subcommand_from token" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand server; and __fish_seen_subcommand_from token" -f -a "create" -d 'Create a token in the store and print it (shown once)'
complete -c pchat -n "__fish_pchat_using_subcommand server; and __fish_seen_subcommand_from token" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pchat -n "__fish_pchat_using_subcommand server; and __fish_seen_subcommand_from migrate" -l database -d 'The store' -r
complete -c pchat -n "__fish_pchat_using_subcommand server; and __fish_seen_subcommand_from migrate" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand server; and __fish_seen_subcommand_from migrate" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand server; and __fish_seen_subcommand_from migrate" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand server; and __fish_seen_subcommand_from migrate" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand server; and __fish_seen_subcommand_from migrate" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand server; and __fish_seen_subcommand_from migrate" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand server; and __fish_seen_subcommand_from migrate" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand server; and __fish_seen_subcommand_from migrate" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand server; and __fish_seen_subcommand_from migrate" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "token" -d 'Tokens minted straight into a store (to bootstrap a server)'
complete -c pchat -n "__fish_pchat_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "migrate" -d 'Run the store\'s migrations and exit'
complete -c pchat -n "__fish_pchat_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pchat -n "__fish_pchat_using_subcommand topology; and not __fish_seen_subcommand_from validate publish show history diff export help" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand topology; and not __fish_seen_subcommand_from validate publish show history diff export help" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand topology; and not __fish_seen_subcommand_from validate publish show history diff export help" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand topology; and not __fish_seen_subcommand_from validate publish show history diff export help" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand topology; and not __fish_seen_subcommand_from validate publish show history diff export help" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand topology; and not __fish_seen_subcommand_from validate publish show history diff export help" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand topology; and not __fish_seen_subcommand_from validate publish show history diff export help" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand topology; and not __fish_seen_subcommand_from validate publish show history diff export help" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand topology; and not __fish_seen_subcommand_from validate publish show history diff export help" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand topology; and not __fish_seen_subcommand_from validate publish show history diff export help" -f -a "validate" -d 'Check a topology file offline against every rule (docs/topology.md), all problems at once, each with its rule id, FILE:LINE:COLUMN and a fix; exits 2 on errors'
complete -c pchat -n "__fish_pchat_using_subcommand topology; and not __fish_seen_subcommand_from validate publish show history diff export help" -f -a "publish" -d 'Publish a topology file as the next version (checked here, then by the server)'
complete -c pchat -n "__fish_pchat_using_subcommand topology; and not __fish_seen_subcommand_from validate publish show history diff export help" -f -a "show" -d 'The topology in force'
complete -c pchat -n "__fish_pchat_using_subcommand topology; and not __fish_seen_subcommand_from validate publish show history diff export help" -f -a "history" -d 'Every published version, newest first: who published it and when'
complete -c pchat -n "__fish_pchat_using_subcommand topology; and not __fish_seen_subcommand_from validate publish show history diff export help" -f -a "diff" -d 'What publishing a file would change: the topology in force against the file'
complete -c pchat -n "__fish_pchat_using_subcommand topology; and not __fish_seen_subcommand_from validate publish show history diff export help" -f -a "export" -d 'The topology in force as a file to edit and publish (its version as `metadata.version`)'
complete -c pchat -n "__fish_pchat_using_subcommand topology; and not __fish_seen_subcommand_from validate publish show history diff export help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from validate" -s f -l file -d 'The topology file (one `kind: Topology` document)' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from validate" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from validate" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from validate" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from validate" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from validate" -l strict -d 'Warnings fail too (exit 2)'
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from validate" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from validate" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from validate" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from validate" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from validate" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from publish" -s f -l file -d 'The topology file (one `kind: Topology` document)' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from publish" -l base -d 'The version this file was prepared on; refused if another was published since (default: the file\'s `metadata.version`, as `topology export` writes it)' -r
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from publish" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from publish" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from publish" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from publish" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from publish" -l strict -d 'Warnings refuse the publish too'
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from publish" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from publish" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from publish" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from publish" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from publish" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from show" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from show" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from show" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from show" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from history" -l limit -d 'At most this many versions' -r
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from history" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from history" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from history" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from history" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from history" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from history" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from history" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from diff" -s f -l file -d 'The topology file (one `kind: Topology` document)' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from diff" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from diff" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from diff" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from diff" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from diff" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from diff" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from diff" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from diff" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from diff" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from export" -l out -d 'Write it here instead of standard output' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from export" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from export" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from export" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from export" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from export" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from export" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from help" -f -a "validate" -d 'Check a topology file offline against every rule (docs/topology.md), all problems at once, each with its rule id, FILE:LINE:COLUMN and a fix; exits 2 on errors'
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from help" -f -a "publish" -d 'Publish a topology file as the next version (checked here, then by the server)'
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from help" -f -a "show" -d 'The topology in force'
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from help" -f -a "history" -d 'Every published version, newest first: who published it and when'
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from help" -f -a "diff" -d 'What publishing a file would change: the topology in force against the file'
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from help" -f -a "export" -d 'The topology in force as a file to edit and publish (its version as `metadata.version`)'
complete -c pchat -n "__fish_pchat_using_subcommand topology; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pchat -n "__fish_pchat_using_subcommand pools; and not __fish_seen_subcommand_from list show status failover failback set-active help" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand pools; and not __fish_seen_subcommand_from list show status failover failback set-active help" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand pools; and not __fish_seen_subcommand_from list show status failover failback set-active help" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand pools; and not __fish_seen_subcommand_from list show status failover failback set-active help" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand pools; and not __fish_seen_subcommand_from list show status failover failback set-active help" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand pools; and not __fish_seen_subcommand_from list show status failover failback set-active help" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand pools; and not __fish_seen_subcommand_from list show status failover failback set-active help" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand pools; and not __fish_seen_subcommand_from list show status failover failback set-active help" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand pools; and not __fish_seen_subcommand_from list show status failover failback set-active help" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand pools; and not __fish_seen_subcommand_from list show status failover failback set-active help" -f -a "list" -d 'Every pool: its site, state, nodes up, and the active servers'
complete -c pchat -n "__fish_pchat_using_subcommand pools; and not __fish_seen_subcommand_from list show status failover failback set-active help" -f -a "show" -d 'One pool: its nodes, each up or down, active or standby, and what does not match the topology'
complete -c pchat -n "__fish_pchat_using_subcommand pools; and not __fish_seen_subcommand_from list show status failover failback set-active help" -f -a "status" -d 'Every node (of one pool, or of all): up or down, role, version, address, last heartbeat, uptime, connections, requests per second, live subscribers; exits 4 when a node is down or anything does not match the topology'
complete -c pchat -n "__fish_pchat_using_subcommand pools; and not __fish_seen_subcommand_from list show status failover failback set-active help" -f -a "failover" -d 'Move a pool to its backup store: checked first (reachable, schema current, no further behind than --max-lag), then every node moves; waits until they all did'
complete -c pchat -n "__fish_pchat_using_subcommand pools; and not __fish_seen_subcommand_from list show status failover failback set-active help" -f -a "failback" -d 'Move a failed-over pool back to its primary store, checked alike'
complete -c pchat -n "__fish_pchat_using_subcommand pools; and not __fish_seen_subcommand_from list show status failover failback set-active help" -f -a "set-active" -d 'Make exactly these servers of a pool active, the others standby (a new topology version)'
complete -c pchat -n "__fish_pchat_using_subcommand pools; and not __fish_seen_subcommand_from list show status failover failback set-active help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from list" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from list" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from list" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from list" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from show" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from show" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from show" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from show" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from status" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from status" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from status" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from status" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from failover" -l max-lag -d 'How far behind the store switched to may be, as its newest heartbeat of the pool tells (30s, 5m)' -r
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from failover" -l wait -d 'How long to wait for every node of the pool to move' -r
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from failover" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from failover" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from failover" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from failover" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from failover" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from failover" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from failover" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from failover" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from failover" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from failback" -l max-lag -d 'How far behind the store switched to may be, as its newest heartbeat of the pool tells (30s, 5m)' -r
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from failback" -l wait -d 'How long to wait for every node of the pool to move' -r
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from failback" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from failback" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from failback" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from failback" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from failback" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from failback" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from failback" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from failback" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from failback" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from set-active" -l servers -d 'The servers to be active (comma-separated or repeated)' -r
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from set-active" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from set-active" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from set-active" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from set-active" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from set-active" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from set-active" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from set-active" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from set-active" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from set-active" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from help" -f -a "list" -d 'Every pool: its site, state, nodes up, and the active servers'
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from help" -f -a "show" -d 'One pool: its nodes, each up or down, active or standby, and what does not match the topology'
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from help" -f -a "status" -d 'Every node (of one pool, or of all): up or down, role, version, address, last heartbeat, uptime, connections, requests per second, live subscribers; exits 4 when a node is down or anything does not match the topology'
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from help" -f -a "failover" -d 'Move a pool to its backup store: checked first (reachable, schema current, no further behind than --max-lag), then every node moves; waits until they all did'
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from help" -f -a "failback" -d 'Move a failed-over pool back to its primary store, checked alike'
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from help" -f -a "set-active" -d 'Make exactly these servers of a pool active, the others standby (a new topology version)'
complete -c pchat -n "__fish_pchat_using_subcommand pools; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pchat -n "__fish_pchat_using_subcommand directory; and not __fish_seen_subcommand_from users groups import export help" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand directory; and not __fish_seen_subcommand_from users groups import export help" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand directory; and not __fish_seen_subcommand_from users groups import export help" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand directory; and not __fish_seen_subcommand_from users groups import export help" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand directory; and not __fish_seen_subcommand_from users groups import export help" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand directory; and not __fish_seen_subcommand_from users groups import export help" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand directory; and not __fish_seen_subcommand_from users groups import export help" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand directory; and not __fish_seen_subcommand_from users groups import export help" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand directory; and not __fish_seen_subcommand_from users groups import export help" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand directory; and not __fish_seen_subcommand_from users groups import export help" -f -a "users" -d 'Users (SIP URI, display name, OU, site)'
complete -c pchat -n "__fish_pchat_using_subcommand directory; and not __fish_seen_subcommand_from users groups import export help" -f -a "groups" -d 'Groups of users, groups and OUs'
complete -c pchat -n "__fish_pchat_using_subcommand directory; and not __fish_seen_subcommand_from users groups import export help" -f -a "import" -d 'Create or update users and groups from CSV files, in one transaction'
complete -c pchat -n "__fish_pchat_using_subcommand directory; and not __fish_seen_subcommand_from users groups import export help" -f -a "export" -d 'Write users and groups as plan documents (kinds User and Group)'
complete -c pchat -n "__fish_pchat_using_subcommand directory; and not __fish_seen_subcommand_from users groups import export help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pchat -n "__fish_pchat_using_subcommand directory; and __fish_seen_subcommand_from users" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand directory; and __fish_seen_subcommand_from users" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand directory; and __fish_seen_subcommand_from users" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand directory; and __fish_seen_subcommand_from users" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand directory; and __fish_seen_subcommand_from users" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand directory; and __fish_seen_subcommand_from users" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand directory; and __fish_seen_subcommand_from users" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand directory; and __fish_seen_subcommand_from users" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand directory; and __fish_seen_subcommand_from users" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand directory; and __fish_seen_subcommand_from users" -f -a "list" -d 'List users'
complete -c pchat -n "__fish_pchat_using_subcommand directory; and __fish_seen_subcommand_from users" -f -a "show" -d 'Show one user'
complete -c pchat -n "__fish_pchat_using_subcommand directory; and __fish_seen_subcommand_from users" -f -a "create" -d 'Create a user'
complete -c pchat -n "__fish_pchat_using_subcommand directory; and __fish_seen_subcommand_from users" -f -a "set" -d 'Change a user'
complete -c pchat -n "__fish_pchat_using_subcommand directory; and __fish_seen_subcommand_from users" -f -a "delete" -d 'Delete a user'
complete -c pchat -n "__fish_pchat_using_subcommand directory; and __fish_seen_subcommand_from users" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pchat -n "__fish_pchat_using_subcommand directory; and __fish_seen_subcommand_from groups" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand directory; and __fish_seen_subcommand_from groups" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand directory; and __fish_seen_subcommand_from groups" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand directory; and __fish_seen_subcommand_from groups" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand directory; and __fish_seen_subcommand_from groups" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand directory; and __fish_seen_subcommand_from groups" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand directory; and __fish_seen_subcommand_from groups" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand directory; and __fish_seen_subcommand_from groups" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand directory; and __fish_seen_subcommand_from groups" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand directory; and __fish_seen_subcommand_from groups" -f -a "list" -d 'List groups'
complete -c pchat -n "__fish_pchat_using_subcommand directory; and __fish_seen_subcommand_from groups" -f -a "show" -d 'Show one group'
complete -c pchat -n "__fish_pchat_using_subcommand directory; and __fish_seen_subcommand_from groups" -f -a "create" -d 'Create a group'
complete -c pchat -n "__fish_pchat_using_subcommand directory; and __fish_seen_subcommand_from groups" -f -a "set" -d 'Change a group; --member replaces the whole member list'
complete -c pchat -n "__fish_pchat_using_subcommand directory; and __fish_seen_subcommand_from groups" -f -a "delete" -d 'Delete a group'
complete -c pchat -n "__fish_pchat_using_subcommand directory; and __fish_seen_subcommand_from groups" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pchat -n "__fish_pchat_using_subcommand directory; and __fish_seen_subcommand_from import" -l users -d 'Users CSV: sip,display_name,ou,site[,enabled] with a header row' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand directory; and __fish_seen_subcommand_from import" -l groups -d 'Groups CSV: name,members (members separated by \';\') with a header row' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand directory; and __fish_seen_subcommand_from import" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand directory; and __fish_seen_subcommand_from import" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand directory; and __fish_seen_subcommand_from import" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand directory; and __fish_seen_subcommand_from import" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand directory; and __fish_seen_subcommand_from import" -l dry-run -d 'Validate only; change nothing'
complete -c pchat -n "__fish_pchat_using_subcommand directory; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand directory; and __fish_seen_subcommand_from import" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand directory; and __fish_seen_subcommand_from import" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand directory; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand directory; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand directory; and __fish_seen_subcommand_from export" -l out -d 'Write one YAML file per kind (users.yaml, rooms.yaml, ...) into this directory, created when missing, instead of one YAML stream on stdout. Existing files of those names are replaced; kinds with nothing to export write no file' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand directory; and __fish_seen_subcommand_from export" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand directory; and __fish_seen_subcommand_from export" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand directory; and __fish_seen_subcommand_from export" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand directory; and __fish_seen_subcommand_from export" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand directory; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand directory; and __fish_seen_subcommand_from export" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand directory; and __fish_seen_subcommand_from export" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand directory; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pchat -n "__fish_pchat_using_subcommand directory; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand directory; and __fish_seen_subcommand_from help" -f -a "users" -d 'Users (SIP URI, display name, OU, site)'
complete -c pchat -n "__fish_pchat_using_subcommand directory; and __fish_seen_subcommand_from help" -f -a "groups" -d 'Groups of users, groups and OUs'
complete -c pchat -n "__fish_pchat_using_subcommand directory; and __fish_seen_subcommand_from help" -f -a "import" -d 'Create or update users and groups from CSV files, in one transaction'
complete -c pchat -n "__fish_pchat_using_subcommand directory; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write users and groups as plan documents (kinds User and Group)'
complete -c pchat -n "__fish_pchat_using_subcommand directory; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pchat -n "__fish_pchat_using_subcommand categories; and not __fish_seen_subcommand_from list show create set delete export help" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand categories; and not __fish_seen_subcommand_from list show create set delete export help" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand categories; and not __fish_seen_subcommand_from list show create set delete export help" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand categories; and not __fish_seen_subcommand_from list show create set delete export help" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand categories; and not __fish_seen_subcommand_from list show create set delete export help" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand categories; and not __fish_seen_subcommand_from list show create set delete export help" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand categories; and not __fish_seen_subcommand_from list show create set delete export help" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand categories; and not __fish_seen_subcommand_from list show create set delete export help" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand categories; and not __fish_seen_subcommand_from list show create set delete export help" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand categories; and not __fish_seen_subcommand_from list show create set delete export help" -f -a "list" -d 'List categories'
complete -c pchat -n "__fish_pchat_using_subcommand categories; and not __fish_seen_subcommand_from list show create set delete export help" -f -a "show" -d 'Show one category'
complete -c pchat -n "__fish_pchat_using_subcommand categories; and not __fish_seen_subcommand_from list show create set delete export help" -f -a "create" -d 'Create a category'
complete -c pchat -n "__fish_pchat_using_subcommand categories; and not __fish_seen_subcommand_from list show create set delete export help" -f -a "set" -d 'Change a category; list flags replace their lists. Room members outside a narrowed scope are dropped and listed'
complete -c pchat -n "__fish_pchat_using_subcommand categories; and not __fish_seen_subcommand_from list show create set delete export help" -f -a "delete" -d 'Delete an empty category'
complete -c pchat -n "__fish_pchat_using_subcommand categories; and not __fish_seen_subcommand_from list show create set delete export help" -f -a "export" -d 'Write categories and add-ins as plan documents (kinds Category and Addin)'
complete -c pchat -n "__fish_pchat_using_subcommand categories; and not __fish_seen_subcommand_from list show create set delete export help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from list" -l pool -d 'Only categories in this pool' -r
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from list" -l name -d 'Only names matching this glob' -r
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from list" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from list" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from list" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from list" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from show" -l pool -d 'The pool, when the name exists in several' -r
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from show" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from show" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from show" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from show" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from create" -l allow -d 'Who may be in the category\'s rooms: sip:USER, group:NAME or ou:PATH (repeatable)' -r
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from create" -l deny -d 'Who may not, even when allowed (repeatable)' -r
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from create" -l creator -d 'Who may create rooms in the category (repeatable)' -r
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from create" -l pool -d 'The pool the category lives in (default: default)' -r
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from create" -l description -d 'What the category is for, at most 256 characters' -r
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from create" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from create" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from create" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from create" -l file-upload -d 'Allow file uploads in its rooms'
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from create" -l no-file-upload
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from create" -l invitations -d 'Allow invitations'
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from create" -l no-invitations
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from create" -l no-chat-history -d 'Keep no chat history (compliance still records everything)'
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from create" -l chat-history
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from create" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from set" -l rename -d 'Rename the category' -r
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from set" -l allow -d 'Who may be in the category\'s rooms: sip:USER, group:NAME or ou:PATH (repeatable)' -r
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from set" -l deny -d 'Who may not, even when allowed (repeatable)' -r
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from set" -l creator -d 'Who may create rooms in the category (repeatable)' -r
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from set" -l pool -d 'The pool the category lives in (default: default)' -r
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from set" -l description -d 'What the category is for, at most 256 characters' -r
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from set" -l if-revision -d 'Refuse unless the category is still at this revision' -r
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from set" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from set" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from set" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from set" -l file-upload -d 'Allow file uploads in its rooms'
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from set" -l no-file-upload
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from set" -l invitations -d 'Allow invitations'
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from set" -l no-invitations
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from set" -l no-chat-history -d 'Keep no chat history (compliance still records everything)'
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from set" -l chat-history
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from set" -l no-deny -d 'Make the denied list empty'
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from set" -l no-creators -d 'Make the creators list empty (only administrators create rooms then)'
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from set" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from delete" -l pool -d 'The pool, when the name exists in several' -r
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from delete" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from delete" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from delete" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation'
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from delete" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from export" -l pool -d 'Only this pool (categories and add-ins)' -r
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from export" -l name -d 'Only categories whose names match this glob (add-ins are all exported)' -r
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from export" -l out -d 'Write one YAML file per kind (users.yaml, rooms.yaml, ...) into this directory, created when missing, instead of one YAML stream on stdout. Existing files of those names are replaced; kinds with nothing to export write no file' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from export" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from export" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from export" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from export" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from export" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from export" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from help" -f -a "list" -d 'List categories'
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one category'
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a category'
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from help" -f -a "set" -d 'Change a category; list flags replace their lists. Room members outside a narrowed scope are dropped and listed'
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete an empty category'
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write categories and add-ins as plan documents (kinds Category and Addin)'
complete -c pchat -n "__fish_pchat_using_subcommand categories; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and not __fish_seen_subcommand_from list show create set delete disable enable members export import clear help" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and not __fish_seen_subcommand_from list show create set delete disable enable members export import clear help" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and not __fish_seen_subcommand_from list show create set delete disable enable members export import clear help" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and not __fish_seen_subcommand_from list show create set delete disable enable members export import clear help" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and not __fish_seen_subcommand_from list show create set delete disable enable members export import clear help" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and not __fish_seen_subcommand_from list show create set delete disable enable members export import clear help" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and not __fish_seen_subcommand_from list show create set delete disable enable members export import clear help" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and not __fish_seen_subcommand_from list show create set delete disable enable members export import clear help" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and not __fish_seen_subcommand_from list show create set delete disable enable members export import clear help" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and not __fish_seen_subcommand_from list show create set delete disable enable members export import clear help" -f -a "list" -d 'List rooms'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and not __fish_seen_subcommand_from list show create set delete disable enable members export import clear help" -f -a "show" -d 'Show one room'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and not __fish_seen_subcommand_from list show create set delete disable enable members export import clear help" -f -a "create" -d 'Create a room'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and not __fish_seen_subcommand_from list show create set delete disable enable members export import clear help" -f -a "set" -d 'Change a room; list flags replace their lists'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and not __fish_seen_subcommand_from list show create set delete disable enable members export import clear help" -f -a "delete" -d 'Delete a room and its history'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and not __fish_seen_subcommand_from list show create set delete disable enable members export import clear help" -f -a "disable" -d 'Disable a room: members are disconnected, nothing is lost'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and not __fish_seen_subcommand_from list show create set delete disable enable members export import clear help" -f -a "enable" -d 'Enable a disabled room'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and not __fish_seen_subcommand_from list show create set delete disable enable members export import clear help" -f -a "members" -d 'Members, managers and presenters'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and not __fish_seen_subcommand_from list show create set delete disable enable members export import clear help" -f -a "export" -d 'Write rooms as plan documents (kind Room), for `pchat apply`'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and not __fish_seen_subcommand_from list show create set delete disable enable members export import clear help" -f -a "import" -d 'Create or update rooms from a CSV room list, through the same plan as `pchat apply`'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and not __fish_seen_subcommand_from list show create set delete disable enable members export import clear help" -f -a "clear" -d 'Remove every message posted on or before a time; the room, its settings and its members stay (administrators; shows what it would remove and asks first)'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and not __fish_seen_subcommand_from list show create set delete disable enable members export import clear help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from list" -l category -d 'Rooms of this category' -r
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from list" -l pool -d 'Rooms in this pool' -r
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from list" -l privacy -d 'Rooms with this privacy' -r -f -a "open\t''
closed\t''
secret\t''"
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from list" -l type -d 'Rooms of this type' -r -f -a "normal\t''
auditorium\t''"
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from list" -l disabled -d 'Only disabled (true) or enabled (false) rooms' -r -f -a "true\t''
false\t''"
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from list" -l member -d 'Rooms that list this principal as a member' -r
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from list" -l manager -d 'Rooms that list this principal as a manager' -r
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from list" -l addin -d 'Rooms that use this add-in' -r
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from list" -l name -d 'Names matching this glob (* and ?)' -r
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from list" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from list" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from list" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from list" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from show" -l pool -d 'The pool, when the name exists in several' -r
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from show" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from show" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from show" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from show" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from create" -l category -d 'The category the room belongs to' -r
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from create" -l pool -d 'The pool, when the name exists in several' -r
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from create" -l privacy -d 'open, closed or secret (default closed)' -r -f -a "open\t''
closed\t''
secret\t''"
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from create" -l type -d 'normal (the default), or auditorium (only presenters post)' -r -f -a "normal\t''
auditorium\t''"
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from create" -l description -d 'What the room is about, at most 256 characters' -r
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from create" -l invitations -d 'Invitations: inherit (from the category) or false' -r -f -a "inherit\t''
false\t''"
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from create" -l member -d 'A member: sip:USER, group:NAME or ou:PATH (repeatable)' -r
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from create" -l manager -d 'A manager (repeatable)' -r
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from create" -l presenter -d 'A presenter, auditorium rooms only (repeatable)' -r
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from create" -l addin -d 'The add-in shown beside the room' -r
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from create" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from create" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from create" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from create" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from set" -l category -d 'Move the room to another category (members outside its scope are dropped)' -r
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from set" -l rename -d 'Rename the room' -r
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from set" -l pool -d 'The pool, when the name exists in several' -r
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from set" -l privacy -d 'open, closed or secret (default closed)' -r -f -a "open\t''
closed\t''
secret\t''"
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from set" -l type -d 'normal (the default), or auditorium (only presenters post)' -r -f -a "normal\t''
auditorium\t''"
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from set" -l description -d 'What the room is about, at most 256 characters' -r
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from set" -l invitations -d 'Invitations: inherit (from the category) or false' -r -f -a "inherit\t''
false\t''"
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from set" -l member -d 'A member: sip:USER, group:NAME or ou:PATH (repeatable)' -r
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from set" -l manager -d 'A manager (repeatable)' -r
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from set" -l presenter -d 'A presenter, auditorium rooms only (repeatable)' -r
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from set" -l addin -d 'The add-in shown beside the room' -r
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from set" -l if-revision -d 'Refuse unless the room is still at this revision' -r
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from set" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from set" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from set" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from set" -l no-addin -d 'Remove the add-in'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from set" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from delete" -l pool -d 'The pool, when the name exists in several' -r
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from delete" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from delete" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from delete" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from delete" -l allow-destroy -d 'Delete it even if it holds messages (its history goes with it); --yes also does, with a warning'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from delete" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from disable" -l pool -d 'The pool, when the name exists in several' -r
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from disable" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from disable" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from disable" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from disable" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from disable" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from disable" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from disable" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from disable" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from disable" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from enable" -l pool -d 'The pool, when the name exists in several' -r
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from enable" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from enable" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from enable" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from enable" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from enable" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from enable" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from enable" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from enable" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from enable" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from members" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from members" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from members" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from members" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from members" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from members" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from members" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from members" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from members" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from members" -f -a "list" -d 'List a room\'s members, managers and presenters'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from members" -f -a "add" -d 'Add principals in one role'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from members" -f -a "remove" -d 'Remove principals from one role'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from members" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from export" -l category -d 'Rooms of this category' -r
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from export" -l pool -d 'Rooms in this pool' -r
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from export" -l privacy -d 'Rooms with this privacy' -r -f -a "open\t''
closed\t''
secret\t''"
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from export" -l type -d 'Rooms of this type' -r -f -a "normal\t''
auditorium\t''"
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from export" -l disabled -d 'Only disabled (true) or enabled (false) rooms' -r -f -a "true\t''
false\t''"
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from export" -l member -d 'Rooms that list this principal as a member' -r
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from export" -l manager -d 'Rooms that list this principal as a manager' -r
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from export" -l addin -d 'Rooms that use this add-in' -r
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from export" -l name -d 'Names matching this glob (* and ?)' -r
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from export" -l out -d 'Write one YAML file per kind (users.yaml, rooms.yaml, ...) into this directory, created when missing, instead of one YAML stream on stdout. Existing files of those names are replaced; kinds with nothing to export write no file' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from export" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from export" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from export" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from export" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from export" -l with-history -d 'Export ROOM as an archive with its history into --out'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from export" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from export" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from import" -s f -l file -d 'The CSV room list' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from import" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from import" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from import" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from import" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from import" -s y -l yes -d 'Do not ask for confirmation'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from import" -l dry-run -d 'Stop after the server has validated the plan; change nothing'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from import" -l allow-destroy -d 'Allow replacing rooms whose category now lives in another pool (their history is lost)'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from import" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from import" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from clear" -l pool -d 'The pool, when the name exists in several' -r
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from clear" -l before -d 'Remove what was posted on or before this time: RFC 3339, a date (its midnight UTC) or a duration ago (30d); never in the future' -r
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from clear" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from clear" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from clear" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from clear" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from clear" -l dry-run -d 'Show what would be removed, remove nothing'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from clear" -s y -l yes -d 'Do not ask for confirmation'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from clear" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from clear" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from clear" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from clear" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from clear" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from help" -f -a "list" -d 'List rooms'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one room'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a room'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from help" -f -a "set" -d 'Change a room; list flags replace their lists'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a room and its history'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from help" -f -a "disable" -d 'Disable a room: members are disconnected, nothing is lost'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from help" -f -a "enable" -d 'Enable a disabled room'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from help" -f -a "members" -d 'Members, managers and presenters'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write rooms as plan documents (kind Room), for `pchat apply`'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from help" -f -a "import" -d 'Create or update rooms from a CSV room list, through the same plan as `pchat apply`'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from help" -f -a "clear" -d 'Remove every message posted on or before a time; the room, its settings and its members stay (administrators; shows what it would remove and asks first)'
complete -c pchat -n "__fish_pchat_using_subcommand rooms; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and not __fish_seen_subcommand_from post history search tail remove download rooms join leave invitations help" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand messages; and not __fish_seen_subcommand_from post history search tail remove download rooms join leave invitations help" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand messages; and not __fish_seen_subcommand_from post history search tail remove download rooms join leave invitations help" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand messages; and not __fish_seen_subcommand_from post history search tail remove download rooms join leave invitations help" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand messages; and not __fish_seen_subcommand_from post history search tail remove download rooms join leave invitations help" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and not __fish_seen_subcommand_from post history search tail remove download rooms join leave invitations help" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and not __fish_seen_subcommand_from post history search tail remove download rooms join leave invitations help" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and not __fish_seen_subcommand_from post history search tail remove download rooms join leave invitations help" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and not __fish_seen_subcommand_from post history search tail remove download rooms join leave invitations help" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and not __fish_seen_subcommand_from post history search tail remove download rooms join leave invitations help" -f -a "post" -d 'Post a message (or with --story, a story) into a room, as the token\'s user'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and not __fish_seen_subcommand_from post history search tail remove download rooms join leave invitations help" -f -a "history" -d 'A room\'s history, newest first'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and not __fish_seen_subcommand_from post history search tail remove download rooms join leave invitations help" -f -a "search" -d 'Search the messages of the rooms the token\'s user may read, newest first'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and not __fish_seen_subcommand_from post history search tail remove download rooms join leave invitations help" -f -a "tail" -d 'Follow rooms live: print each message as it is posted, resuming after a dropped connection (and reading what was missed from the history)'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and not __fish_seen_subcommand_from post history search tail remove download rooms join leave invitations help" -f -a "remove" -d 'Remove messages of a room, or replace their text (administrators): a selection by sender, dates and keywords; shows what it would change and asks first'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and not __fish_seen_subcommand_from post history search tail remove download rooms join leave invitations help" -f -a "download" -d 'Download a file posted into a room'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and not __fish_seen_subcommand_from post history search tail remove download rooms join leave invitations help" -f -a "rooms" -d 'The rooms the token\'s user may chat in, with their role and whether they may post'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and not __fish_seen_subcommand_from post history search tail remove download rooms join leave invitations help" -f -a "join" -d 'Join a room, and print its last messages (the default chat history)'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and not __fish_seen_subcommand_from post history search tail remove download rooms join leave invitations help" -f -a "leave" -d 'Leave a room'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and not __fish_seen_subcommand_from post history search tail remove download rooms join leave invitations help" -f -a "invitations" -d 'Rooms that invite the token\'s user (invitations on, listed, not joined)'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and not __fish_seen_subcommand_from post history search tail remove download rooms join leave invitations help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from post" -l pool -d 'The room\'s pool, where several pools have a room of that name' -r
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from post" -l story -d 'Post a story with this title; the text is its body' -r
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from post" -l file -d 'Post this file with the message (uploaded first; repeat for several)' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from post" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from post" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from post" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from post" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from post" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from post" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from post" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from post" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from post" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from history" -l pool -d 'The room\'s pool, where several pools have a room of that name' -r
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from history" -l limit -d 'How many messages at most (the newest of them)' -r
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from history" -l since -d 'Only messages posted at or after this time: RFC 3339 (2026-12-01T09:00:00Z), a date (2026-12-01), or a duration ago (90m, 2h, 7d)' -r
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from history" -l until -d 'Only messages posted at or before this time (as --since)' -r
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from history" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from history" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from history" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from history" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from history" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from history" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from history" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from search" -l room -d 'Only this room' -r
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from search" -l pool -d 'The room\'s pool, where several pools have a room of that name' -r
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from search" -l from -d 'Only messages from this user' -r
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from search" -l since -d 'Only messages posted at or after this time (as history --since)' -r
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from search" -l until -d 'Only messages posted at or before this time' -r
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from search" -l limit -d 'How many messages at most' -r
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from search" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from search" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from search" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from search" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from search" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from search" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from search" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from search" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from search" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from tail" -l pool -d 'The rooms\' pool, where several pools have rooms of those names' -r
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from tail" -l count -d 'Stop after this many messages' -r
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from tail" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from tail" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from tail" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from tail" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from tail" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from tail" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from tail" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from tail" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from tail" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from remove" -l pool -d 'The room\'s pool, where several pools have a room of that name' -r
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from remove" -l from -d 'Only messages from this user' -r
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from remove" -l since -d 'Only messages posted at or after this time (as history --since)' -r
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from remove" -l until -d 'Only messages posted at or before this time' -r
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from remove" -l keywords -d 'Space-separated keywords the title or text must hold' -r
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from remove" -l match -d 'all: every keyword; any: one of them; exact: the keywords as one phrase' -r -f -a "all\t''
any\t''
exact\t''"
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from remove" -l replacement -d 'The text replaced messages show (default: "This message was removed by an administrator.")' -r
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from remove" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from remove" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from remove" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from remove" -l case-sensitive -d 'Match keywords with their case (by default case is ignored)'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from remove" -l delete -d 'Delete the messages outright instead of replacing their text'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from remove" -l dry-run -d 'Show what would change, change nothing'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Do not ask for confirmation'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from remove" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from download" -l pool -d 'The room\'s pool, where several pools have a room of that name' -r
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from download" -l out -d 'Write it here instead of stdout' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from download" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from download" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from download" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from download" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from download" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from download" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from download" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from download" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from download" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from rooms" -l pool -d 'Only the rooms of this pool' -r
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from rooms" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from rooms" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from rooms" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from rooms" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from rooms" -l joined -d 'Only the rooms joined'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from rooms" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from rooms" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from rooms" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from rooms" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from rooms" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from join" -l pool -d 'The room\'s pool, where several pools have a room of that name' -r
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from join" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from join" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from join" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from join" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from join" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from join" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from join" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from join" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from join" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from leave" -l pool -d 'The room\'s pool, where several pools have a room of that name' -r
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from leave" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from leave" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from leave" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from leave" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from leave" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from leave" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from leave" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from leave" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from leave" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from invitations" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from invitations" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from invitations" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from invitations" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from invitations" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from invitations" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from invitations" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from invitations" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from invitations" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from help" -f -a "post" -d 'Post a message (or with --story, a story) into a room, as the token\'s user'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from help" -f -a "history" -d 'A room\'s history, newest first'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from help" -f -a "search" -d 'Search the messages of the rooms the token\'s user may read, newest first'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from help" -f -a "tail" -d 'Follow rooms live: print each message as it is posted, resuming after a dropped connection (and reading what was missed from the history)'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove messages of a room, or replace their text (administrators): a selection by sender, dates and keywords; shows what it would change and asks first'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from help" -f -a "download" -d 'Download a file posted into a room'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from help" -f -a "rooms" -d 'The rooms the token\'s user may chat in, with their role and whether they may post'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from help" -f -a "join" -d 'Join a room, and print its last messages (the default chat history)'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from help" -f -a "leave" -d 'Leave a room'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from help" -f -a "invitations" -d 'Rooms that invite the token\'s user (invitations on, listed, not joined)'
complete -c pchat -n "__fish_pchat_using_subcommand messages; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pchat -n "__fish_pchat_using_subcommand addins; and not __fish_seen_subcommand_from list show create set delete help" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand addins; and not __fish_seen_subcommand_from list show create set delete help" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand addins; and not __fish_seen_subcommand_from list show create set delete help" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand addins; and not __fish_seen_subcommand_from list show create set delete help" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand addins; and not __fish_seen_subcommand_from list show create set delete help" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand addins; and not __fish_seen_subcommand_from list show create set delete help" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand addins; and not __fish_seen_subcommand_from list show create set delete help" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand addins; and not __fish_seen_subcommand_from list show create set delete help" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand addins; and not __fish_seen_subcommand_from list show create set delete help" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand addins; and not __fish_seen_subcommand_from list show create set delete help" -f -a "list" -d 'List add-ins'
complete -c pchat -n "__fish_pchat_using_subcommand addins; and not __fish_seen_subcommand_from list show create set delete help" -f -a "show" -d 'Show one add-in'
complete -c pchat -n "__fish_pchat_using_subcommand addins; and not __fish_seen_subcommand_from list show create set delete help" -f -a "create" -d 'Register an add-in'
complete -c pchat -n "__fish_pchat_using_subcommand addins; and not __fish_seen_subcommand_from list show create set delete help" -f -a "set" -d 'Change an add-in'
complete -c pchat -n "__fish_pchat_using_subcommand addins; and not __fish_seen_subcommand_from list show create set delete help" -f -a "delete" -d 'Delete an add-in no room uses'
complete -c pchat -n "__fish_pchat_using_subcommand addins; and not __fish_seen_subcommand_from list show create set delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pchat -n "__fish_pchat_using_subcommand addins; and __fish_seen_subcommand_from list" -l pool -d 'Only add-ins in this pool' -r
complete -c pchat -n "__fish_pchat_using_subcommand addins; and __fish_seen_subcommand_from list" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand addins; and __fish_seen_subcommand_from list" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand addins; and __fish_seen_subcommand_from list" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand addins; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand addins; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand addins; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand addins; and __fish_seen_subcommand_from list" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand addins; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand addins; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand addins; and __fish_seen_subcommand_from show" -l pool -d 'The pool, when the name exists in several' -r
complete -c pchat -n "__fish_pchat_using_subcommand addins; and __fish_seen_subcommand_from show" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand addins; and __fish_seen_subcommand_from show" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand addins; and __fish_seen_subcommand_from show" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand addins; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand addins; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand addins; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand addins; and __fish_seen_subcommand_from show" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand addins; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand addins; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand addins; and __fish_seen_subcommand_from create" -l url -d 'http:// or https:// URL' -r
complete -c pchat -n "__fish_pchat_using_subcommand addins; and __fish_seen_subcommand_from create" -l pool -d 'The pool the add-in lives in (default: default)' -r
complete -c pchat -n "__fish_pchat_using_subcommand addins; and __fish_seen_subcommand_from create" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand addins; and __fish_seen_subcommand_from create" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand addins; and __fish_seen_subcommand_from create" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand addins; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand addins; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand addins; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand addins; and __fish_seen_subcommand_from create" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand addins; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand addins; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand addins; and __fish_seen_subcommand_from set" -l url -d 'The new http:// or https:// URL' -r
complete -c pchat -n "__fish_pchat_using_subcommand addins; and __fish_seen_subcommand_from set" -l rename -d 'Rename the add-in' -r
complete -c pchat -n "__fish_pchat_using_subcommand addins; and __fish_seen_subcommand_from set" -l pool -d 'The pool, when the name exists in several' -r
complete -c pchat -n "__fish_pchat_using_subcommand addins; and __fish_seen_subcommand_from set" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand addins; and __fish_seen_subcommand_from set" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand addins; and __fish_seen_subcommand_from set" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand addins; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand addins; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand addins; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand addins; and __fish_seen_subcommand_from set" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand addins; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand addins; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand addins; and __fish_seen_subcommand_from delete" -l pool -d 'The pool, when the name exists in several' -r
complete -c pchat -n "__fish_pchat_using_subcommand addins; and __fish_seen_subcommand_from delete" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand addins; and __fish_seen_subcommand_from delete" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand addins; and __fish_seen_subcommand_from delete" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand addins; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand addins; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation'
complete -c pchat -n "__fish_pchat_using_subcommand addins; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand addins; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand addins; and __fish_seen_subcommand_from delete" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand addins; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand addins; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand addins; and __fish_seen_subcommand_from help" -f -a "list" -d 'List add-ins'
complete -c pchat -n "__fish_pchat_using_subcommand addins; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one add-in'
complete -c pchat -n "__fish_pchat_using_subcommand addins; and __fish_seen_subcommand_from help" -f -a "create" -d 'Register an add-in'
complete -c pchat -n "__fish_pchat_using_subcommand addins; and __fish_seen_subcommand_from help" -f -a "set" -d 'Change an add-in'
complete -c pchat -n "__fish_pchat_using_subcommand addins; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete an add-in no room uses'
complete -c pchat -n "__fish_pchat_using_subcommand addins; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and not __fish_seen_subcommand_from list show create set delete grant revoke effective export help" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand policies; and not __fish_seen_subcommand_from list show create set delete grant revoke effective export help" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand policies; and not __fish_seen_subcommand_from list show create set delete grant revoke effective export help" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand policies; and not __fish_seen_subcommand_from list show create set delete grant revoke effective export help" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand policies; and not __fish_seen_subcommand_from list show create set delete grant revoke effective export help" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and not __fish_seen_subcommand_from list show create set delete grant revoke effective export help" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and not __fish_seen_subcommand_from list show create set delete grant revoke effective export help" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and not __fish_seen_subcommand_from list show create set delete grant revoke effective export help" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and not __fish_seen_subcommand_from list show create set delete grant revoke effective export help" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and not __fish_seen_subcommand_from list show create set delete grant revoke effective export help" -f -a "list" -d 'List policies'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and not __fish_seen_subcommand_from list show create set delete grant revoke effective export help" -f -a "show" -d 'Show one policy'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and not __fish_seen_subcommand_from list show create set delete grant revoke effective export help" -f -a "create" -d 'Create a site or tag policy'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and not __fish_seen_subcommand_from list show create set delete grant revoke effective export help" -f -a "set" -d 'Change a policy'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and not __fish_seen_subcommand_from list show create set delete grant revoke effective export help" -f -a "delete" -d 'Delete a policy (the global policy is reset instead)'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and not __fish_seen_subcommand_from list show create set delete grant revoke effective export help" -f -a "grant" -d 'Grant a tag policy to users'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and not __fish_seen_subcommand_from list show create set delete grant revoke effective export help" -f -a "revoke" -d 'Take users\' tag policy away (their site or the global policy applies again)'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and not __fish_seen_subcommand_from list show create set delete grant revoke effective export help" -f -a "effective" -d 'The policy that applies to a user, and why'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and not __fish_seen_subcommand_from list show create set delete grant revoke effective export help" -f -a "export" -d 'Write policies and tag policy grants as plan documents (kinds Policy and PolicyGrant)'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and not __fish_seen_subcommand_from list show create set delete grant revoke effective export help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from list" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from list" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from list" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from list" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from show" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from show" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from show" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from show" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from create" -l description -d 'What the policy is for, at most 256 characters' -r
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from create" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from create" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from create" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from create" -l enabled -d 'Allow persistent chat'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from create" -l disabled -d 'Refuse persistent chat'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from create" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from set" -l description -d 'What the policy is for, at most 256 characters' -r
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from set" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from set" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from set" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from set" -l enabled -d 'Allow persistent chat'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from set" -l disabled -d 'Refuse persistent chat'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from set" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from delete" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from delete" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from delete" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from delete" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from grant" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from grant" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from grant" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from grant" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from grant" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from grant" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from grant" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from grant" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from grant" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from revoke" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from revoke" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from revoke" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from revoke" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from revoke" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from revoke" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from effective" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from effective" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from effective" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from effective" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from effective" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from effective" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from effective" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from effective" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from effective" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from export" -l out -d 'Write one YAML file per kind (users.yaml, rooms.yaml, ...) into this directory, created when missing, instead of one YAML stream on stdout. Existing files of those names are replaced; kinds with nothing to export write no file' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from export" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from export" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from export" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from export" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from export" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from export" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from help" -f -a "list" -d 'List policies'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one policy'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a site or tag policy'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from help" -f -a "set" -d 'Change a policy'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a policy (the global policy is reset instead)'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from help" -f -a "grant" -d 'Grant a tag policy to users'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Take users\' tag policy away (their site or the global policy applies again)'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from help" -f -a "effective" -d 'The policy that applies to a user, and why'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write policies and tag policy grants as plan documents (kinds Policy and PolicyGrant)'
complete -c pchat -n "__fish_pchat_using_subcommand policies; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pchat -n "__fish_pchat_using_subcommand config; and not __fish_seen_subcommand_from show set reset export help" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand config; and not __fish_seen_subcommand_from show set reset export help" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand config; and not __fish_seen_subcommand_from show set reset export help" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand config; and not __fish_seen_subcommand_from show set reset export help" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand config; and not __fish_seen_subcommand_from show set reset export help" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand config; and not __fish_seen_subcommand_from show set reset export help" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand config; and not __fish_seen_subcommand_from show set reset export help" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand config; and not __fish_seen_subcommand_from show set reset export help" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand config; and not __fish_seen_subcommand_from show set reset export help" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand config; and not __fish_seen_subcommand_from show set reset export help" -f -a "show" -d 'The effective settings at a scope, and where each comes from'
complete -c pchat -n "__fish_pchat_using_subcommand config; and not __fish_seen_subcommand_from show set reset export help" -f -a "set" -d 'Set values at a scope'
complete -c pchat -n "__fish_pchat_using_subcommand config; and not __fish_seen_subcommand_from show set reset export help" -f -a "reset" -d 'Remove a scope\'s values (global: back to the defaults)'
complete -c pchat -n "__fish_pchat_using_subcommand config; and not __fish_seen_subcommand_from show set reset export help" -f -a "export" -d 'Write the scopes that set anything as plan documents (kind ChatConfig)'
complete -c pchat -n "__fish_pchat_using_subcommand config; and not __fish_seen_subcommand_from show set reset export help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pchat -n "__fish_pchat_using_subcommand config; and __fish_seen_subcommand_from show" -l scope -d 'global, site:NAME or pool:NAME (a pool falls back to its site, a site to global)' -r
complete -c pchat -n "__fish_pchat_using_subcommand config; and __fish_seen_subcommand_from show" -l site -d 'With a pool scope: the site the pool stands in, whose values come next' -r
complete -c pchat -n "__fish_pchat_using_subcommand config; and __fish_seen_subcommand_from show" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand config; and __fish_seen_subcommand_from show" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand config; and __fish_seen_subcommand_from show" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand config; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand config; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand config; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand config; and __fish_seen_subcommand_from show" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand config; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand config; and __fish_seen_subcommand_from set" -l scope -d 'global, site:NAME or pool:NAME' -r
complete -c pchat -n "__fish_pchat_using_subcommand config; and __fish_seen_subcommand_from set" -l default-chat-history -d 'Messages sent on first join (1-500)' -r
complete -c pchat -n "__fish_pchat_using_subcommand config; and __fish_seen_subcommand_from set" -l max-file-size-kb -d 'Largest file in KB (1-2097152)' -r
complete -c pchat -n "__fish_pchat_using_subcommand config; and __fish_seen_subcommand_from set" -l participant-update-limit -d 'Above this many participants roster updates stop (1-16000)' -r
complete -c pchat -n "__fish_pchat_using_subcommand config; and __fish_seen_subcommand_from set" -l room-management-url -d 'Custom room management URL ("" unsets it)' -r
complete -c pchat -n "__fish_pchat_using_subcommand config; and __fish_seen_subcommand_from set" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand config; and __fish_seen_subcommand_from set" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand config; and __fish_seen_subcommand_from set" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand config; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand config; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand config; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand config; and __fish_seen_subcommand_from set" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand config; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand config; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand config; and __fish_seen_subcommand_from reset" -l scope -d 'global, site:NAME or pool:NAME' -r
complete -c pchat -n "__fish_pchat_using_subcommand config; and __fish_seen_subcommand_from reset" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand config; and __fish_seen_subcommand_from reset" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand config; and __fish_seen_subcommand_from reset" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand config; and __fish_seen_subcommand_from reset" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand config; and __fish_seen_subcommand_from reset" -s y -l yes -d 'Do not ask for confirmation'
complete -c pchat -n "__fish_pchat_using_subcommand config; and __fish_seen_subcommand_from reset" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand config; and __fish_seen_subcommand_from reset" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand config; and __fish_seen_subcommand_from reset" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand config; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand config; and __fish_seen_subcommand_from reset" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand config; and __fish_seen_subcommand_from export" -l out -d 'Write one YAML file per kind (users.yaml, rooms.yaml, ...) into this directory, created when missing, instead of one YAML stream on stdout. Existing files of those names are replaced; kinds with nothing to export write no file' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand config; and __fish_seen_subcommand_from export" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand config; and __fish_seen_subcommand_from export" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand config; and __fish_seen_subcommand_from export" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand config; and __fish_seen_subcommand_from export" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand config; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand config; and __fish_seen_subcommand_from export" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand config; and __fish_seen_subcommand_from export" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand config; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pchat -n "__fish_pchat_using_subcommand config; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'The effective settings at a scope, and where each comes from'
complete -c pchat -n "__fish_pchat_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set values at a scope'
complete -c pchat -n "__fish_pchat_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "reset" -d 'Remove a scope\'s values (global: back to the defaults)'
complete -c pchat -n "__fish_pchat_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write the scopes that set anything as plan documents (kind ChatConfig)'
complete -c pchat -n "__fish_pchat_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and not __fish_seen_subcommand_from show set reset status export events help" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and not __fish_seen_subcommand_from show set reset status export events help" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and not __fish_seen_subcommand_from show set reset status export events help" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and not __fish_seen_subcommand_from show set reset status export events help" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and not __fish_seen_subcommand_from show set reset status export events help" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and not __fish_seen_subcommand_from show set reset status export events help" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and not __fish_seen_subcommand_from show set reset status export events help" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and not __fish_seen_subcommand_from show set reset status export events help" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and not __fish_seen_subcommand_from show set reset status export events help" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and not __fish_seen_subcommand_from show set reset status export events help" -f -a "show" -d 'What is set globally and per pool, and what applies to each pool'
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and not __fish_seen_subcommand_from show set reset status export events help" -f -a "set" -d 'Set compliance values globally or for one pool (others are kept)'
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and not __fish_seen_subcommand_from show set reset status export events help" -f -a "reset" -d 'Remove the values set globally or for one pool (it inherits again)'
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and not __fish_seen_subcommand_from show set reset status export events help" -f -a "status" -d 'Each pool\'s exporter: events waiting, last run and error, lease holder'
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and not __fish_seen_subcommand_from show set reset status export events help" -f -a "export" -d 'Export now the waiting events (of a pool, a room, a time range); each event is exported once, however often this runs'
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and not __fish_seen_subcommand_from show set reset status export events help" -f -a "events" -d 'The recorded events, oldest first'
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and not __fish_seen_subcommand_from show set reset status export events help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from show" -l pool -d 'Only this pool\'s effective settings' -r
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from show" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from show" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from show" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from show" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from set" -l pool -d 'The pool to configure (default: global)' -r
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from set" -l enabled -d 'Record every event (true) or none (false)' -r -f -a "true\t''
false\t''"
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from set" -l adapter -d 'The adapter that writes the events out (xml, the one there is)' -r
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from set" -l run-interval -d 'How often the adapter runs: 1m to 30days (default 15m)' -r
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from set" -l one-room-per-file -d 'One output file per room' -r -f -a "true\t''
false\t''"
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from set" -l room-details -d 'Add each room\'s category, privacy, type and description' -r -f -a "true\t''
false\t''"
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from set" -l user-details -d 'Add each sender\'s email, OU and site' -r -f -a "true\t''
false\t''"
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from set" -l output-dir -d 'Where the files go: an absolute directory on the nodes, the same for a pool\'s nodes ("" unsets it)' -r
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from set" -l retention -d 'How long exported events stay in the compliance store (0s: purged at once; default 7days)' -r
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from set" -l if-match -d 'Refuse unless the settings are still at this revision' -r
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from set" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from set" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from set" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from set" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from reset" -l pool -d 'The pool whose values go (default: global)' -r
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from reset" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from reset" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from reset" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from reset" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from reset" -s y -l yes -d 'Do not ask for confirmation'
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from reset" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from reset" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from reset" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from reset" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from status" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from status" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from status" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from status" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from export" -l pool -d 'Only this pool\'s events (default: every pool\'s)' -r
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from export" -l since -d 'Events recorded at or after this time (RFC 3339)' -r
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from export" -l until -d 'Events recorded before this time (RFC 3339)' -r
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from export" -l room -d 'Only this room\'s events' -r
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from export" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from export" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from export" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from export" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from export" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from export" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from events" -l pool -d 'Only this pool\'s events' -r
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from events" -l state -d 'waiting or exported' -r -f -a "waiting\t''
exported\t''"
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from events" -l room -d 'Only this room\'s events (its name)' -r
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from events" -l after -d 'Only events with ids above this one (`pchat compliance status` shows the last)' -r
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from events" -l limit -d 'The first N only (at most 10,000); by default every page' -r
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from events" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from events" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from events" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from events" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from events" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from events" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from events" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from events" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from events" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from help" -f -a "show" -d 'What is set globally and per pool, and what applies to each pool'
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set compliance values globally or for one pool (others are kept)'
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from help" -f -a "reset" -d 'Remove the values set globally or for one pool (it inherits again)'
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from help" -f -a "status" -d 'Each pool\'s exporter: events waiting, last run and error, lease holder'
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from help" -f -a "export" -d 'Export now the waiting events (of a pool, a room, a time range); each event is exported once, however often this runs'
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from help" -f -a "events" -d 'The recorded events, oldest first'
complete -c pchat -n "__fish_pchat_using_subcommand compliance; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pchat -n "__fish_pchat_using_subcommand migration; and not __fish_seen_subcommand_from export import verify from-slack from-mattermost from-lync-compliance help" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand migration; and not __fish_seen_subcommand_from export import verify from-slack from-mattermost from-lync-compliance help" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand migration; and not __fish_seen_subcommand_from export import verify from-slack from-mattermost from-lync-compliance help" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand migration; and not __fish_seen_subcommand_from export import verify from-slack from-mattermost from-lync-compliance help" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand migration; and not __fish_seen_subcommand_from export import verify from-slack from-mattermost from-lync-compliance help" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand migration; and not __fish_seen_subcommand_from export import verify from-slack from-mattermost from-lync-compliance help" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand migration; and not __fish_seen_subcommand_from export import verify from-slack from-mattermost from-lync-compliance help" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand migration; and not __fish_seen_subcommand_from export import verify from-slack from-mattermost from-lync-compliance help" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand migration; and not __fish_seen_subcommand_from export import verify from-slack from-mattermost from-lync-compliance help" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand migration; and not __fish_seen_subcommand_from export import verify from-slack from-mattermost from-lync-compliance help" -f -a "export" -d 'Export a scope with its history into an archive (docs/archive.md), read from one snapshot of the server while it keeps serving'
complete -c pchat -n "__fish_pchat_using_subcommand migration; and not __fish_seen_subcommand_from export import verify from-slack from-mattermost from-lync-compliance help" -f -a "import" -d 'Import an archive: checked whole first, then applied by a job on the server'
complete -c pchat -n "__fish_pchat_using_subcommand migration; and not __fish_seen_subcommand_from export import verify from-slack from-mattermost from-lync-compliance help" -f -a "verify" -d 'Check an archive offline (docs/archive.md): manifest, every checksum, the references between members and the counts; prints what it holds, and every problem with its member and line (exit 2)'
complete -c pchat -n "__fish_pchat_using_subcommand migration; and not __fish_seen_subcommand_from export import verify from-slack from-mattermost from-lync-compliance help" -f -a "from-slack" -d 'Turn a Slack workspace export (the zip) into an archive: channels as rooms (private ones closed), users, memberships, messages with thread replies in order and Slack markup as plain text with links; counts what it leaves out (direct messages, reactions, files, channel events)'
complete -c pchat -n "__fish_pchat_using_subcommand migration; and not __fish_seen_subcommand_from export import verify from-slack from-mattermost from-lync-compliance help" -f -a "from-mattermost" -d 'Turn a Mattermost bulk export (JSON Lines, or the zip of `mmctl export`) into an archive: teams as categories, channels as rooms, users and their memberships, posts with their replies; counts what it leaves out'
complete -c pchat -n "__fish_pchat_using_subcommand migration; and not __fish_seen_subcommand_from export import verify from-slack from-mattermost from-lync-compliance help" -f -a "from-lync-compliance" -d 'Turn the XML Conversations files of the old system\'s compliance adapter into an archive (rooms, senders, messages with their times); counts what it leaves out'
complete -c pchat -n "__fish_pchat_using_subcommand migration; and not __fish_seen_subcommand_from export import verify from-slack from-mattermost from-lync-compliance help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from export" -l pool -d 'Every category and room of this pool' -r
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from export" -l category -d 'This category and its rooms (NAME or POOL/NAME)' -r
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from export" -l room -d 'This room (NAME or POOL/NAME)' -r
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from export" -l since -d 'Messages posted at or after this time only (RFC 3339, or a date: 2026-01-31)' -r
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from export" -l out -d 'The archive to write: a .pchat file, or a directory (new or empty)' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from export" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from export" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from export" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from export" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from export" -l all -d 'Everything: every pool, category and room, policies and chat configuration'
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from export" -l definitions-only -d 'Definitions only: no messages and no files'
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from export" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from export" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from import" -l on-conflict -d 'What to do with a category or room the server has already: skip it (its messages too), rename the imported one (NAME-imported), or merge (its messages after the room\'s own)' -r -f -a "skip\t''
rename\t''
merge\t''"
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from import" -l pool -d 'Put every category, room and add-in into this pool' -r
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from import" -l category -d 'Put every room into this existing category (the archive\'s categories are not created)' -r
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from import" -l room -d 'Only this room (NAME or POOL/NAME; repeatable) and what it needs: its category, add-in, entries, and the groups and users they name (a room restored from a full archive)' -r
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from import" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from import" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from import" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from import" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from import" -l dry-run -d 'Check the archive and the server\'s validation, print what would be done, change nothing'
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from import" -l allow-same-store -d 'Import an archive exported from this very server (with --on-conflict rename)'
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from import" -l wait -d 'Follow the job until it ends (the default on a terminal)'
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from import" -l no-wait -d 'Print the job and return at once'
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from import" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from import" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from verify" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from verify" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from verify" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from verify" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from verify" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from from-slack" -l out -d 'The archive to write: a directory, or a .pchat file' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from from-slack" -l pool -d 'The pool the rooms go to' -r
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from from-slack" -l site -d 'The site of users the source gives none (a site of the topology, where one is published)' -r
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from from-slack" -l category -d 'The category the rooms go to' -r
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from from-slack" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from from-slack" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from from-slack" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from from-slack" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from from-slack" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from from-slack" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from from-slack" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from from-slack" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from from-slack" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from from-mattermost" -l out -d 'The archive to write: a directory, or a .pchat file' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from from-mattermost" -l pool -d 'The pool the rooms go to' -r
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from from-mattermost" -l site -d 'The site of users the source gives none (a site of the topology, where one is published)' -r
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from from-mattermost" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from from-mattermost" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from from-mattermost" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from from-mattermost" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from from-mattermost" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from from-mattermost" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from from-mattermost" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from from-mattermost" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from from-mattermost" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from from-lync-compliance" -l out -d 'The archive to write: a directory, or a .pchat file' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from from-lync-compliance" -l pool -d 'The pool the rooms go to' -r
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from from-lync-compliance" -l site -d 'The site of users the source gives none (a site of the topology, where one is published)' -r
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from from-lync-compliance" -l category -d 'The category of rooms whose channel names none' -r
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from from-lync-compliance" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from from-lync-compliance" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from from-lync-compliance" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from from-lync-compliance" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from from-lync-compliance" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from from-lync-compliance" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from from-lync-compliance" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from from-lync-compliance" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from from-lync-compliance" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from help" -f -a "export" -d 'Export a scope with its history into an archive (docs/archive.md), read from one snapshot of the server while it keeps serving'
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import an archive: checked whole first, then applied by a job on the server'
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Check an archive offline (docs/archive.md): manifest, every checksum, the references between members and the counts; prints what it holds, and every problem with its member and line (exit 2)'
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from help" -f -a "from-slack" -d 'Turn a Slack workspace export (the zip) into an archive: channels as rooms (private ones closed), users, memberships, messages with thread replies in order and Slack markup as plain text with links; counts what it leaves out (direct messages, reactions, files, channel events)'
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from help" -f -a "from-mattermost" -d 'Turn a Mattermost bulk export (JSON Lines, or the zip of `mmctl export`) into an archive: teams as categories, channels as rooms, users and their memberships, posts with their replies; counts what it leaves out'
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from help" -f -a "from-lync-compliance" -d 'Turn the XML Conversations files of the old system\'s compliance adapter into an archive (rooms, senders, messages with their times); counts what it leaves out'
complete -c pchat -n "__fish_pchat_using_subcommand migration; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pchat -n "__fish_pchat_using_subcommand jobs; and not __fish_seen_subcommand_from list show follow cancel help" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand jobs; and not __fish_seen_subcommand_from list show follow cancel help" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand jobs; and not __fish_seen_subcommand_from list show follow cancel help" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand jobs; and not __fish_seen_subcommand_from list show follow cancel help" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand jobs; and not __fish_seen_subcommand_from list show follow cancel help" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand jobs; and not __fish_seen_subcommand_from list show follow cancel help" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand jobs; and not __fish_seen_subcommand_from list show follow cancel help" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand jobs; and not __fish_seen_subcommand_from list show follow cancel help" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand jobs; and not __fish_seen_subcommand_from list show follow cancel help" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand jobs; and not __fish_seen_subcommand_from list show follow cancel help" -f -a "list" -d 'The newest jobs first: kind, state, percent, rate, who started them'
complete -c pchat -n "__fish_pchat_using_subcommand jobs; and not __fish_seen_subcommand_from list show follow cancel help" -f -a "show" -d 'One job: counts per type, percent, rate, time left, and its error with where it is'
complete -c pchat -n "__fish_pchat_using_subcommand jobs; and not __fish_seen_subcommand_from list show follow cancel help" -f -a "follow" -d 'Follow a job with a progress bar on stderr until it ends (exit 1 unless it succeeds)'
complete -c pchat -n "__fish_pchat_using_subcommand jobs; and not __fish_seen_subcommand_from list show follow cancel help" -f -a "cancel" -d 'Ask a running job to stop; an import stopped this way can be run again to finish'
complete -c pchat -n "__fish_pchat_using_subcommand jobs; and not __fish_seen_subcommand_from list show follow cancel help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pchat -n "__fish_pchat_using_subcommand jobs; and __fish_seen_subcommand_from list" -l limit -d 'At most this many' -r
complete -c pchat -n "__fish_pchat_using_subcommand jobs; and __fish_seen_subcommand_from list" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand jobs; and __fish_seen_subcommand_from list" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand jobs; and __fish_seen_subcommand_from list" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand jobs; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand jobs; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand jobs; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand jobs; and __fish_seen_subcommand_from list" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand jobs; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand jobs; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand jobs; and __fish_seen_subcommand_from show" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand jobs; and __fish_seen_subcommand_from show" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand jobs; and __fish_seen_subcommand_from show" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand jobs; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand jobs; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand jobs; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand jobs; and __fish_seen_subcommand_from show" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand jobs; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand jobs; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand jobs; and __fish_seen_subcommand_from follow" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand jobs; and __fish_seen_subcommand_from follow" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand jobs; and __fish_seen_subcommand_from follow" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand jobs; and __fish_seen_subcommand_from follow" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand jobs; and __fish_seen_subcommand_from follow" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand jobs; and __fish_seen_subcommand_from follow" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand jobs; and __fish_seen_subcommand_from follow" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand jobs; and __fish_seen_subcommand_from follow" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand jobs; and __fish_seen_subcommand_from follow" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand jobs; and __fish_seen_subcommand_from cancel" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand jobs; and __fish_seen_subcommand_from cancel" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand jobs; and __fish_seen_subcommand_from cancel" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand jobs; and __fish_seen_subcommand_from cancel" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand jobs; and __fish_seen_subcommand_from cancel" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand jobs; and __fish_seen_subcommand_from cancel" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand jobs; and __fish_seen_subcommand_from cancel" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand jobs; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand jobs; and __fish_seen_subcommand_from cancel" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "list" -d 'The newest jobs first: kind, state, percent, rate, who started them'
complete -c pchat -n "__fish_pchat_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "show" -d 'One job: counts per type, percent, rate, time left, and its error with where it is'
complete -c pchat -n "__fish_pchat_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "follow" -d 'Follow a job with a progress bar on stderr until it ends (exit 1 unless it succeeds)'
complete -c pchat -n "__fish_pchat_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Ask a running job to stop; an import stopped this way can be run again to finish'
complete -c pchat -n "__fish_pchat_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pchat -n "__fish_pchat_using_subcommand checklist" -l phase -d 'Only the checks of this phase (repeatable)' -r -f -a "prerequisites\t''
topology\t''
installation\t''
administrators\t''
configuration\t''
verification\t''"
complete -c pchat -n "__fish_pchat_using_subcommand checklist" -l check -d 'Only this check, by its id, e.g. configuration.category-scope (repeatable)' -r
complete -c pchat -n "__fish_pchat_using_subcommand checklist" -l unused-after -d 'Administrator tokens unused for longer than this warn' -r
complete -c pchat -n "__fish_pchat_using_subcommand checklist" -l min-free-mb -d 'Less free disk than this (in MB) under the store or the file store fails' -r
complete -c pchat -n "__fish_pchat_using_subcommand checklist" -l watch -d 'Run the checks again every INTERVAL (e.g. 5m) and print only what changed, until interrupted; each run also updates the node\'s `pchat_checklist_result` metrics (and --metrics-file)' -r
complete -c pchat -n "__fish_pchat_using_subcommand checklist" -l leftover-age -d 'The synthetic transaction removes what an interrupted earlier run left behind once it is this old (younger objects may be another run\'s, still going)' -r
complete -c pchat -n "__fish_pchat_using_subcommand checklist" -l metrics-file -d 'Write each run\'s results to FILE in the Prometheus text format (for a textfile collector), replacing it whole' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand checklist" -l pool -d 'Ask every running node of this pool for its own checks (as `pchat pools status` lists them), not only the server this command talks to' -r
complete -c pchat -n "__fish_pchat_using_subcommand checklist" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand checklist" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand checklist" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand checklist" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand checklist" -l strict -d 'Warnings fail the run too (exit 4)'
complete -c pchat -n "__fish_pchat_using_subcommand checklist" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand checklist" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand checklist" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand checklist" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand checklist" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand tokens; and not __fish_seen_subcommand_from create list revoke help" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand tokens; and not __fish_seen_subcommand_from create list revoke help" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand tokens; and not __fish_seen_subcommand_from create list revoke help" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand tokens; and not __fish_seen_subcommand_from create list revoke help" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand tokens; and not __fish_seen_subcommand_from create list revoke help" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand tokens; and not __fish_seen_subcommand_from create list revoke help" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand tokens; and not __fish_seen_subcommand_from create list revoke help" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand tokens; and not __fish_seen_subcommand_from create list revoke help" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand tokens; and not __fish_seen_subcommand_from create list revoke help" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand tokens; and not __fish_seen_subcommand_from create list revoke help" -f -a "create" -d 'Create a token; its secret is printed once'
complete -c pchat -n "__fish_pchat_using_subcommand tokens; and not __fish_seen_subcommand_from create list revoke help" -f -a "list" -d 'List tokens (never their secrets)'
complete -c pchat -n "__fish_pchat_using_subcommand tokens; and not __fish_seen_subcommand_from create list revoke help" -f -a "revoke" -d 'Revoke a token'
complete -c pchat -n "__fish_pchat_using_subcommand tokens; and not __fish_seen_subcommand_from create list revoke help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pchat -n "__fish_pchat_using_subcommand tokens; and __fish_seen_subcommand_from create" -l role -d 'admin, or user (acts for --owner)' -r -f -a "admin\t''
user\t''"
complete -c pchat -n "__fish_pchat_using_subcommand tokens; and __fish_seen_subcommand_from create" -l owner -d 'The user the token acts for (required for user tokens)' -r
complete -c pchat -n "__fish_pchat_using_subcommand tokens; and __fish_seen_subcommand_from create" -l description -d 'What the token is for, at most 256 characters' -r
complete -c pchat -n "__fish_pchat_using_subcommand tokens; and __fish_seen_subcommand_from create" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand tokens; and __fish_seen_subcommand_from create" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand tokens; and __fish_seen_subcommand_from create" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand tokens; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand tokens; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand tokens; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand tokens; and __fish_seen_subcommand_from create" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand tokens; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand tokens; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand tokens; and __fish_seen_subcommand_from list" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand tokens; and __fish_seen_subcommand_from list" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand tokens; and __fish_seen_subcommand_from list" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand tokens; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand tokens; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand tokens; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand tokens; and __fish_seen_subcommand_from list" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand tokens; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand tokens; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand tokens; and __fish_seen_subcommand_from revoke" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand tokens; and __fish_seen_subcommand_from revoke" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand tokens; and __fish_seen_subcommand_from revoke" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand tokens; and __fish_seen_subcommand_from revoke" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand tokens; and __fish_seen_subcommand_from revoke" -s y -l yes -d 'Do not ask for confirmation'
complete -c pchat -n "__fish_pchat_using_subcommand tokens; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand tokens; and __fish_seen_subcommand_from revoke" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand tokens; and __fish_seen_subcommand_from revoke" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand tokens; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand tokens; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand tokens; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a token; its secret is printed once'
complete -c pchat -n "__fish_pchat_using_subcommand tokens; and __fish_seen_subcommand_from help" -f -a "list" -d 'List tokens (never their secrets)'
complete -c pchat -n "__fish_pchat_using_subcommand tokens; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Revoke a token'
complete -c pchat -n "__fish_pchat_using_subcommand tokens; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pchat -n "__fish_pchat_using_subcommand plan" -s f -l file -d 'A plan file, or a directory whose *.yaml and *.yml files are read in name order (repeatable)' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand plan" -l out -d 'Save the plan, bound to the revisions it read, for `pchat apply FILE`' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand plan" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand plan" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand plan" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand plan" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand plan" -l prune -d 'Also delete managed objects the files no longer describe'
complete -c pchat -n "__fish_pchat_using_subcommand plan" -l detailed-exitcode -d 'Exit 0 when there is nothing to change, 3 when there is, 1 on errors, 2 on invalid input'
complete -c pchat -n "__fish_pchat_using_subcommand plan" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand plan" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand plan" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand plan" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand plan" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand apply" -s f -l file -d 'A plan file or directory (repeatable)' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand apply" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand apply" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand apply" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand apply" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand apply" -s y -l yes -d 'Do not ask for confirmation'
complete -c pchat -n "__fish_pchat_using_subcommand apply" -l dry-run -d 'Stop after the server has validated the plan; change nothing'
complete -c pchat -n "__fish_pchat_using_subcommand apply" -l prune -d 'Also delete managed objects the files no longer describe'
complete -c pchat -n "__fish_pchat_using_subcommand apply" -l allow-destroy -d 'Allow deleting rooms (and their history)'
complete -c pchat -n "__fish_pchat_using_subcommand apply" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand apply" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand apply" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand apply" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand apply" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand api" -l if-match -d 'Send `If-Match: "REVISION"`: the server refuses the write if the object\'s revision is another (a lost update avoided)' -r
complete -c pchat -n "__fish_pchat_using_subcommand api" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand api" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand api" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand api" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand api" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand api" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand api" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand api" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand api" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand completions" -l out -d 'Write into this directory instead of stdout' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand completions" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand completions" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand completions" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand completions" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand completions" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand completions" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand completions" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand completions" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand completions" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand man" -l out -d 'Directory to write pchat.1 and one page per subcommand into' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand man" -l server -d 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file' -r
complete -c pchat -n "__fish_pchat_using_subcommand man" -l token -d 'Bearer token (not needed with embedded:)' -r
complete -c pchat -n "__fish_pchat_using_subcommand man" -l ca-cert -d 'Also trust this certificate authority (PEM) for https:// servers, beside the system\'s' -r -F
complete -c pchat -n "__fish_pchat_using_subcommand man" -s o -l output -d 'Output format: table and wide for people, json and yaml for scripts' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c pchat -n "__fish_pchat_using_subcommand man" -s q -l quiet -d 'Print only data and errors'
complete -c pchat -n "__fish_pchat_using_subcommand man" -s v -l verbose -d 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
complete -c pchat -n "__fish_pchat_using_subcommand man" -l no-color -d 'Never colour the output'
complete -c pchat -n "__fish_pchat_using_subcommand man" -s h -l help -d 'Print help'
complete -c pchat -n "__fish_pchat_using_subcommand man" -s V -l version -d 'Print version'
complete -c pchat -n "__fish_pchat_using_subcommand help; and not __fish_seen_subcommand_from server topology pools directory categories rooms messages addins policies config compliance migration jobs checklist tokens plan apply api completions man help" -f -a "server" -d 'Run a pchat server node, or work on a server\'s store directly'
complete -c pchat -n "__fish_pchat_using_subcommand help; and not __fish_seen_subcommand_from server topology pools directory categories rooms messages addins policies config compliance migration jobs checklist tokens plan apply api completions man help" -f -a "topology" -d 'The deployment\'s topology: sites, pools, servers and stores'
complete -c pchat -n "__fish_pchat_using_subcommand help; and not __fish_seen_subcommand_from server topology pools directory categories rooms messages addins policies config compliance migration jobs checklist tokens plan apply api completions man help" -f -a "pools" -d 'Pools and their nodes: health, load, roles, and which servers are active'
complete -c pchat -n "__fish_pchat_using_subcommand help; and not __fish_seen_subcommand_from server topology pools directory categories rooms messages addins policies config compliance migration jobs checklist tokens plan apply api completions man help" -f -a "directory" -d 'Users and groups of the directory'
complete -c pchat -n "__fish_pchat_using_subcommand help; and not __fish_seen_subcommand_from server topology pools directory categories rooms messages addins policies config compliance migration jobs checklist tokens plan apply api completions man help" -f -a "categories" -d 'Categories: who may join and create rooms, and what rooms may do'
complete -c pchat -n "__fish_pchat_using_subcommand help; and not __fish_seen_subcommand_from server topology pools directory categories rooms messages addins policies config compliance migration jobs checklist tokens plan apply api completions man help" -f -a "rooms" -d 'Chat rooms and their members, managers and presenters'
complete -c pchat -n "__fish_pchat_using_subcommand help; and not __fish_seen_subcommand_from server topology pools directory categories rooms messages addins policies config compliance migration jobs checklist tokens plan apply api completions man help" -f -a "messages" -d 'Post, read and follow the messages of rooms (as the token\'s user)'
complete -c pchat -n "__fish_pchat_using_subcommand help; and not __fish_seen_subcommand_from server topology pools directory categories rooms messages addins policies config compliance migration jobs checklist tokens plan apply api completions man help" -f -a "addins" -d 'Add-ins shown beside rooms'
complete -c pchat -n "__fish_pchat_using_subcommand help; and not __fish_seen_subcommand_from server topology pools directory categories rooms messages addins policies config compliance migration jobs checklist tokens plan apply api completions man help" -f -a "policies" -d 'Who may use persistent chat (global, site and tag policies)'
complete -c pchat -n "__fish_pchat_using_subcommand help; and not __fish_seen_subcommand_from server topology pools directory categories rooms messages addins policies config compliance migration jobs checklist tokens plan apply api completions man help" -f -a "config" -d 'Chat configuration at global, site or pool scope'
complete -c pchat -n "__fish_pchat_using_subcommand help; and not __fish_seen_subcommand_from server topology pools directory categories rooms messages addins policies config compliance migration jobs checklist tokens plan apply api completions man help" -f -a "compliance" -d 'Compliance: recording every event, and the XML adapter that exports them'
complete -c pchat -n "__fish_pchat_using_subcommand help; and not __fish_seen_subcommand_from server topology pools directory categories rooms messages addins policies config compliance migration jobs checklist tokens plan apply api completions man help" -f -a "migration" -d 'Archives of rooms with their history: export, import, verify offline, convert from other systems'
complete -c pchat -n "__fish_pchat_using_subcommand help; and not __fish_seen_subcommand_from server topology pools directory categories rooms messages addins policies config compliance migration jobs checklist tokens plan apply api completions man help" -f -a "jobs" -d 'Exports and imports running on the server: progress, errors, cancel'
complete -c pchat -n "__fish_pchat_using_subcommand help; and not __fish_seen_subcommand_from server topology pools directory categories rooms messages addins policies config compliance migration jobs checklist tokens plan apply api completions man help" -f -a "checklist" -d 'The deployment checklist: every check with what it found and how to fix it (exit 4 when one fails)'
complete -c pchat -n "__fish_pchat_using_subcommand help; and not __fish_seen_subcommand_from server topology pools directory categories rooms messages addins policies config compliance migration jobs checklist tokens plan apply api completions man help" -f -a "tokens" -d 'API tokens'
complete -c pchat -n "__fish_pchat_using_subcommand help; and not __fish_seen_subcommand_from server topology pools directory categories rooms messages addins policies config compliance migration jobs checklist tokens plan apply api completions man help" -f -a "plan" -d 'Show what `apply` would change to make the server match YAML plan files'
complete -c pchat -n "__fish_pchat_using_subcommand help; and not __fish_seen_subcommand_from server topology pools directory categories rooms messages addins policies config compliance migration jobs checklist tokens plan apply api completions man help" -f -a "apply" -d 'Make the server match YAML plan files, or apply a saved plan'
complete -c pchat -n "__fish_pchat_using_subcommand help; and not __fish_seen_subcommand_from server topology pools directory categories rooms messages addins policies config compliance migration jobs checklist tokens plan apply api completions man help" -f -a "api" -d 'Call any endpoint of the management API (escape hatch for scripts)'
complete -c pchat -n "__fish_pchat_using_subcommand help; and not __fish_seen_subcommand_from server topology pools directory categories rooms messages addins policies config compliance migration jobs checklist tokens plan apply api completions man help" -f -a "completions" -d 'Print a shell completion script'
complete -c pchat -n "__fish_pchat_using_subcommand help; and not __fish_seen_subcommand_from server topology pools directory categories rooms messages addins policies config compliance migration jobs checklist tokens plan apply api completions man help" -f -a "man" -d 'Write man pages'
complete -c pchat -n "__fish_pchat_using_subcommand help; and not __fish_seen_subcommand_from server topology pools directory categories rooms messages addins policies config compliance migration jobs checklist tokens plan apply api completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from server" -f -a "token" -d 'Tokens minted straight into a store (to bootstrap a server)'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from server" -f -a "migrate" -d 'Run the store\'s migrations and exit'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from topology" -f -a "validate" -d 'Check a topology file offline against every rule (docs/topology.md), all problems at once, each with its rule id, FILE:LINE:COLUMN and a fix; exits 2 on errors'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from topology" -f -a "publish" -d 'Publish a topology file as the next version (checked here, then by the server)'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from topology" -f -a "show" -d 'The topology in force'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from topology" -f -a "history" -d 'Every published version, newest first: who published it and when'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from topology" -f -a "diff" -d 'What publishing a file would change: the topology in force against the file'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from topology" -f -a "export" -d 'The topology in force as a file to edit and publish (its version as `metadata.version`)'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from pools" -f -a "list" -d 'Every pool: its site, state, nodes up, and the active servers'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from pools" -f -a "show" -d 'One pool: its nodes, each up or down, active or standby, and what does not match the topology'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from pools" -f -a "status" -d 'Every node (of one pool, or of all): up or down, role, version, address, last heartbeat, uptime, connections, requests per second, live subscribers; exits 4 when a node is down or anything does not match the topology'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from pools" -f -a "failover" -d 'Move a pool to its backup store: checked first (reachable, schema current, no further behind than --max-lag), then every node moves; waits until they all did'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from pools" -f -a "failback" -d 'Move a failed-over pool back to its primary store, checked alike'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from pools" -f -a "set-active" -d 'Make exactly these servers of a pool active, the others standby (a new topology version)'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from directory" -f -a "users" -d 'Users (SIP URI, display name, OU, site)'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from directory" -f -a "groups" -d 'Groups of users, groups and OUs'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from directory" -f -a "import" -d 'Create or update users and groups from CSV files, in one transaction'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from directory" -f -a "export" -d 'Write users and groups as plan documents (kinds User and Group)'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from categories" -f -a "list" -d 'List categories'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from categories" -f -a "show" -d 'Show one category'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from categories" -f -a "create" -d 'Create a category'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from categories" -f -a "set" -d 'Change a category; list flags replace their lists. Room members outside a narrowed scope are dropped and listed'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from categories" -f -a "delete" -d 'Delete an empty category'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from categories" -f -a "export" -d 'Write categories and add-ins as plan documents (kinds Category and Addin)'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from rooms" -f -a "list" -d 'List rooms'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from rooms" -f -a "show" -d 'Show one room'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from rooms" -f -a "create" -d 'Create a room'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from rooms" -f -a "set" -d 'Change a room; list flags replace their lists'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from rooms" -f -a "delete" -d 'Delete a room and its history'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from rooms" -f -a "disable" -d 'Disable a room: members are disconnected, nothing is lost'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from rooms" -f -a "enable" -d 'Enable a disabled room'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from rooms" -f -a "members" -d 'Members, managers and presenters'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from rooms" -f -a "export" -d 'Write rooms as plan documents (kind Room), for `pchat apply`'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from rooms" -f -a "import" -d 'Create or update rooms from a CSV room list, through the same plan as `pchat apply`'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from rooms" -f -a "clear" -d 'Remove every message posted on or before a time; the room, its settings and its members stay (administrators; shows what it would remove and asks first)'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from messages" -f -a "post" -d 'Post a message (or with --story, a story) into a room, as the token\'s user'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from messages" -f -a "history" -d 'A room\'s history, newest first'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from messages" -f -a "search" -d 'Search the messages of the rooms the token\'s user may read, newest first'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from messages" -f -a "tail" -d 'Follow rooms live: print each message as it is posted, resuming after a dropped connection (and reading what was missed from the history)'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from messages" -f -a "remove" -d 'Remove messages of a room, or replace their text (administrators): a selection by sender, dates and keywords; shows what it would change and asks first'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from messages" -f -a "download" -d 'Download a file posted into a room'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from messages" -f -a "rooms" -d 'The rooms the token\'s user may chat in, with their role and whether they may post'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from messages" -f -a "join" -d 'Join a room, and print its last messages (the default chat history)'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from messages" -f -a "leave" -d 'Leave a room'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from messages" -f -a "invitations" -d 'Rooms that invite the token\'s user (invitations on, listed, not joined)'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from addins" -f -a "list" -d 'List add-ins'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from addins" -f -a "show" -d 'Show one add-in'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from addins" -f -a "create" -d 'Register an add-in'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from addins" -f -a "set" -d 'Change an add-in'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from addins" -f -a "delete" -d 'Delete an add-in no room uses'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from policies" -f -a "list" -d 'List policies'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from policies" -f -a "show" -d 'Show one policy'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from policies" -f -a "create" -d 'Create a site or tag policy'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from policies" -f -a "set" -d 'Change a policy'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from policies" -f -a "delete" -d 'Delete a policy (the global policy is reset instead)'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from policies" -f -a "grant" -d 'Grant a tag policy to users'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from policies" -f -a "revoke" -d 'Take users\' tag policy away (their site or the global policy applies again)'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from policies" -f -a "effective" -d 'The policy that applies to a user, and why'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from policies" -f -a "export" -d 'Write policies and tag policy grants as plan documents (kinds Policy and PolicyGrant)'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'The effective settings at a scope, and where each comes from'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "set" -d 'Set values at a scope'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "reset" -d 'Remove a scope\'s values (global: back to the defaults)'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "export" -d 'Write the scopes that set anything as plan documents (kind ChatConfig)'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from compliance" -f -a "show" -d 'What is set globally and per pool, and what applies to each pool'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from compliance" -f -a "set" -d 'Set compliance values globally or for one pool (others are kept)'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from compliance" -f -a "reset" -d 'Remove the values set globally or for one pool (it inherits again)'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from compliance" -f -a "status" -d 'Each pool\'s exporter: events waiting, last run and error, lease holder'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from compliance" -f -a "export" -d 'Export now the waiting events (of a pool, a room, a time range); each event is exported once, however often this runs'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from compliance" -f -a "events" -d 'The recorded events, oldest first'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from migration" -f -a "export" -d 'Export a scope with its history into an archive (docs/archive.md), read from one snapshot of the server while it keeps serving'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from migration" -f -a "import" -d 'Import an archive: checked whole first, then applied by a job on the server'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from migration" -f -a "verify" -d 'Check an archive offline (docs/archive.md): manifest, every checksum, the references between members and the counts; prints what it holds, and every problem with its member and line (exit 2)'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from migration" -f -a "from-slack" -d 'Turn a Slack workspace export (the zip) into an archive: channels as rooms (private ones closed), users, memberships, messages with thread replies in order and Slack markup as plain text with links; counts what it leaves out (direct messages, reactions, files, channel events)'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from migration" -f -a "from-mattermost" -d 'Turn a Mattermost bulk export (JSON Lines, or the zip of `mmctl export`) into an archive: teams as categories, channels as rooms, users and their memberships, posts with their replies; counts what it leaves out'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from migration" -f -a "from-lync-compliance" -d 'Turn the XML Conversations files of the old system\'s compliance adapter into an archive (rooms, senders, messages with their times); counts what it leaves out'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from jobs" -f -a "list" -d 'The newest jobs first: kind, state, percent, rate, who started them'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from jobs" -f -a "show" -d 'One job: counts per type, percent, rate, time left, and its error with where it is'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from jobs" -f -a "follow" -d 'Follow a job with a progress bar on stderr until it ends (exit 1 unless it succeeds)'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from jobs" -f -a "cancel" -d 'Ask a running job to stop; an import stopped this way can be run again to finish'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from tokens" -f -a "create" -d 'Create a token; its secret is printed once'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from tokens" -f -a "list" -d 'List tokens (never their secrets)'
complete -c pchat -n "__fish_pchat_using_subcommand help; and __fish_seen_subcommand_from tokens" -f -a "revoke" -d 'Revoke a token'
