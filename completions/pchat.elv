
use builtin;
use str;

set edit:completion:arg-completer[pchat] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'pchat'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'pchat'= {
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand server 'Run a pchat server node, or work on a server''s store directly'
            cand topology 'The deployment''s topology: sites, pools, servers and stores'
            cand pools 'Pools and their nodes: health, load, roles, and which servers are active'
            cand directory 'Users and groups of the directory'
            cand categories 'Categories: who may join and create rooms, and what rooms may do'
            cand rooms 'Chat rooms and their members, managers and presenters'
            cand messages 'Post, read and follow the messages of rooms (as the token''s user)'
            cand addins 'Add-ins shown beside rooms'
            cand policies 'Who may use persistent chat (global, site and tag policies)'
            cand config 'Chat configuration at global, site or pool scope'
            cand compliance 'Compliance: recording every event, and the XML adapter that exports them'
            cand migration 'Archives of rooms with their history: export, import, verify offline, convert from other systems'
            cand jobs 'Exports and imports running on the server: progress, errors, cancel'
            cand checklist 'The deployment checklist: every check with what it found and how to fix it (exit 4 when one fails)'
            cand tokens 'API tokens'
            cand plan 'Show what `apply` would change to make the server match YAML plan files'
            cand apply 'Make the server match YAML plan files, or apply a saved plan'
            cand api 'Call any endpoint of the management API (escape hatch for scripts)'
            cand completions 'Print a shell completion script'
            cand man 'Write man pages'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pchat;server'= {
            cand --listen 'Address to listen on (loopback unless told otherwise; port 0 picks a free one)'
            cand --database 'Store: sqlite://PATH (default, a file in the working directory) or postgres://USER@HOST/DB'
            cand --tls-cert 'Serve HTTPS with this certificate chain (PEM; read again on SIGHUP)'
            cand --tls-key 'The certificate''s private key (PEM)'
            cand --file-store 'Where files posted into rooms are kept (every node of a pool names the same directory); by default beside the SQLite file (pchat.db: pchat-files/)'
            cand --node 'This node''s name in its pool: a server of the pool in the published topology (default HOSTNAME:PORT)'
            cand --pool 'The pool this node serves, as the published topology names it (default: default)'
            cand --heartbeat-interval 'How often the node writes its heartbeat to the store (100ms to 1m)'
            cand --heartbeat-timeout 'How old a node''s heartbeat may be before its pool counts it down (at least twice the interval)'
            cand --compliance-lease 'How long a node holds a pool''s compliance exporter lease unrenewed: a node that dies hands its exports to another after this (1s to 1h)'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand --insecure-listen 'Listen beyond loopback without TLS (behind a proxy that terminates it); without this, such an address is refused'
            cand --dev 'Development mode: a temporary SQLite store and a printed administrator token'
            cand --no-migrate 'Do not run the store''s migrations at start (readyz reports a stale schema)'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand token 'Tokens minted straight into a store (to bootstrap a server)'
            cand migrate 'Run the store''s migrations and exit'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pchat;server;token'= {
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a token in the store and print it (shown once)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pchat;server;token;create'= {
            cand --database 'The store'
            cand --role 'admin or user'
            cand --owner 'The user the token acts for (required for user tokens)'
            cand --description 'What the token is for'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;server;token;help'= {
            cand create 'Create a token in the store and print it (shown once)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pchat;server;token;help;create'= {
        }
        &'pchat;server;token;help;help'= {
        }
        &'pchat;server;migrate'= {
            cand --database 'The store'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;server;help'= {
            cand token 'Tokens minted straight into a store (to bootstrap a server)'
            cand migrate 'Run the store''s migrations and exit'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pchat;server;help;token'= {
            cand create 'Create a token in the store and print it (shown once)'
        }
        &'pchat;server;help;token;create'= {
        }
        &'pchat;server;help;migrate'= {
        }
        &'pchat;server;help;help'= {
        }
        &'pchat;topology'= {
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand validate 'Check a topology file offline against every rule (docs/topology.md), all problems at once, each with its rule id, FILE:LINE:COLUMN and a fix; exits 2 on errors'
            cand publish 'Publish a topology file as the next version (checked here, then by the server)'
            cand show 'The topology in force'
            cand history 'Every published version, newest first: who published it and when'
            cand diff 'What publishing a file would change: the topology in force against the file'
            cand export 'The topology in force as a file to edit and publish (its version as `metadata.version`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pchat;topology;validate'= {
            cand -f 'The topology file (one `kind: Topology` document)'
            cand --file 'The topology file (one `kind: Topology` document)'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand --strict 'Warnings fail too (exit 2)'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;topology;publish'= {
            cand -f 'The topology file (one `kind: Topology` document)'
            cand --file 'The topology file (one `kind: Topology` document)'
            cand --base 'The version this file was prepared on; refused if another was published since (default: the file''s `metadata.version`, as `topology export` writes it)'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand --strict 'Warnings refuse the publish too'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;topology;show'= {
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;topology;history'= {
            cand --limit 'At most this many versions'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;topology;diff'= {
            cand -f 'The topology file (one `kind: Topology` document)'
            cand --file 'The topology file (one `kind: Topology` document)'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;topology;export'= {
            cand --out 'Write it here instead of standard output'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;topology;help'= {
            cand validate 'Check a topology file offline against every rule (docs/topology.md), all problems at once, each with its rule id, FILE:LINE:COLUMN and a fix; exits 2 on errors'
            cand publish 'Publish a topology file as the next version (checked here, then by the server)'
            cand show 'The topology in force'
            cand history 'Every published version, newest first: who published it and when'
            cand diff 'What publishing a file would change: the topology in force against the file'
            cand export 'The topology in force as a file to edit and publish (its version as `metadata.version`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pchat;topology;help;validate'= {
        }
        &'pchat;topology;help;publish'= {
        }
        &'pchat;topology;help;show'= {
        }
        &'pchat;topology;help;history'= {
        }
        &'pchat;topology;help;diff'= {
        }
        &'pchat;topology;help;export'= {
        }
        &'pchat;topology;help;help'= {
        }
        &'pchat;pools'= {
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Every pool: its site, state, nodes up, and the active servers'
            cand show 'One pool: its nodes, each up or down, active or standby, and what does not match the topology'
            cand status 'Every node (of one pool, or of all): up or down, role, version, address, last heartbeat, uptime, connections, requests per second, live subscribers; exits 4 when a node is down or anything does not match the topology'
            cand failover 'Move a pool to its backup store: checked first (reachable, schema current, no further behind than --max-lag), then every node moves; waits until they all did'
            cand failback 'Move a failed-over pool back to its primary store, checked alike'
            cand set-active 'Make exactly these servers of a pool active, the others standby (a new topology version)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pchat;pools;list'= {
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;pools;show'= {
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;pools;status'= {
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;pools;failover'= {
            cand --max-lag 'How far behind the store switched to may be, as its newest heartbeat of the pool tells (30s, 5m)'
            cand --wait 'How long to wait for every node of the pool to move'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;pools;failback'= {
            cand --max-lag 'How far behind the store switched to may be, as its newest heartbeat of the pool tells (30s, 5m)'
            cand --wait 'How long to wait for every node of the pool to move'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;pools;set-active'= {
            cand --servers 'The servers to be active (comma-separated or repeated)'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;pools;help'= {
            cand list 'Every pool: its site, state, nodes up, and the active servers'
            cand show 'One pool: its nodes, each up or down, active or standby, and what does not match the topology'
            cand status 'Every node (of one pool, or of all): up or down, role, version, address, last heartbeat, uptime, connections, requests per second, live subscribers; exits 4 when a node is down or anything does not match the topology'
            cand failover 'Move a pool to its backup store: checked first (reachable, schema current, no further behind than --max-lag), then every node moves; waits until they all did'
            cand failback 'Move a failed-over pool back to its primary store, checked alike'
            cand set-active 'Make exactly these servers of a pool active, the others standby (a new topology version)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pchat;pools;help;list'= {
        }
        &'pchat;pools;help;show'= {
        }
        &'pchat;pools;help;status'= {
        }
        &'pchat;pools;help;failover'= {
        }
        &'pchat;pools;help;failback'= {
        }
        &'pchat;pools;help;set-active'= {
        }
        &'pchat;pools;help;help'= {
        }
        &'pchat;directory'= {
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand users 'Users (SIP URI, display name, OU, site)'
            cand groups 'Groups of users, groups and OUs'
            cand import 'Create or update users and groups from CSV files, in one transaction'
            cand export 'Write users and groups as plan documents (kinds User and Group)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pchat;directory;users'= {
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List users'
            cand show 'Show one user'
            cand create 'Create a user'
            cand set 'Change a user'
            cand delete 'Delete a user'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pchat;directory;users;list'= {
            cand --name 'Only SIP URIs matching this glob'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;directory;users;show'= {
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;directory;users;create'= {
            cand --display-name 'The name people see, at most 256 characters'
            cand --ou 'Organisational unit path, e.g. contoso/eng'
            cand --site 'The user''s site, a name like redmond'
            cand --enabled 'Enable or disable the user'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;directory;users;set'= {
            cand --display-name 'The name people see, at most 256 characters'
            cand --ou 'Organisational unit path, e.g. contoso/eng'
            cand --site 'The user''s site, a name like redmond'
            cand --enabled 'Enable or disable the user'
            cand --if-revision 'Refuse unless the user is still at this revision'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;directory;users;delete'= {
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;directory;users;help'= {
            cand list 'List users'
            cand show 'Show one user'
            cand create 'Create a user'
            cand set 'Change a user'
            cand delete 'Delete a user'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pchat;directory;users;help;list'= {
        }
        &'pchat;directory;users;help;show'= {
        }
        &'pchat;directory;users;help;create'= {
        }
        &'pchat;directory;users;help;set'= {
        }
        &'pchat;directory;users;help;delete'= {
        }
        &'pchat;directory;users;help;help'= {
        }
        &'pchat;directory;groups'= {
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List groups'
            cand show 'Show one group'
            cand create 'Create a group'
            cand set 'Change a group; --member replaces the whole member list'
            cand delete 'Delete a group'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pchat;directory;groups;list'= {
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;directory;groups;show'= {
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;directory;groups;create'= {
            cand --member 'A member: sip:USER, group:NAME or ou:PATH (repeatable)'
            cand --description 'What the group is for, at most 256 characters'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;directory;groups;set'= {
            cand --member 'The new member list (repeatable)'
            cand --description 'What the group is for, at most 256 characters'
            cand --if-revision 'Refuse unless the group is still at this revision'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand --no-members 'Make the member list empty'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;directory;groups;delete'= {
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;directory;groups;help'= {
            cand list 'List groups'
            cand show 'Show one group'
            cand create 'Create a group'
            cand set 'Change a group; --member replaces the whole member list'
            cand delete 'Delete a group'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pchat;directory;groups;help;list'= {
        }
        &'pchat;directory;groups;help;show'= {
        }
        &'pchat;directory;groups;help;create'= {
        }
        &'pchat;directory;groups;help;set'= {
        }
        &'pchat;directory;groups;help;delete'= {
        }
        &'pchat;directory;groups;help;help'= {
        }
        &'pchat;directory;import'= {
            cand --users 'Users CSV: sip,display_name,ou,site[,enabled] with a header row'
            cand --groups 'Groups CSV: name,members (members separated by '';'') with a header row'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand --dry-run 'Validate only; change nothing'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;directory;export'= {
            cand --out 'Write one YAML file per kind (users.yaml, rooms.yaml, ...) into this directory, created when missing, instead of one YAML stream on stdout. Existing files of those names are replaced; kinds with nothing to export write no file'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;directory;help'= {
            cand users 'Users (SIP URI, display name, OU, site)'
            cand groups 'Groups of users, groups and OUs'
            cand import 'Create or update users and groups from CSV files, in one transaction'
            cand export 'Write users and groups as plan documents (kinds User and Group)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pchat;directory;help;users'= {
            cand list 'List users'
            cand show 'Show one user'
            cand create 'Create a user'
            cand set 'Change a user'
            cand delete 'Delete a user'
        }
        &'pchat;directory;help;users;list'= {
        }
        &'pchat;directory;help;users;show'= {
        }
        &'pchat;directory;help;users;create'= {
        }
        &'pchat;directory;help;users;set'= {
        }
        &'pchat;directory;help;users;delete'= {
        }
        &'pchat;directory;help;groups'= {
            cand list 'List groups'
            cand show 'Show one group'
            cand create 'Create a group'
            cand set 'Change a group; --member replaces the whole member list'
            cand delete 'Delete a group'
        }
        &'pchat;directory;help;groups;list'= {
        }
        &'pchat;directory;help;groups;show'= {
        }
        &'pchat;directory;help;groups;create'= {
        }
        &'pchat;directory;help;groups;set'= {
        }
        &'pchat;directory;help;groups;delete'= {
        }
        &'pchat;directory;help;import'= {
        }
        &'pchat;directory;help;export'= {
        }
        &'pchat;directory;help;help'= {
        }
        &'pchat;categories'= {
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List categories'
            cand show 'Show one category'
            cand create 'Create a category'
            cand set 'Change a category; list flags replace their lists. Room members outside a narrowed scope are dropped and listed'
            cand delete 'Delete an empty category'
            cand export 'Write categories and add-ins as plan documents (kinds Category and Addin)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pchat;categories;list'= {
            cand --pool 'Only categories in this pool'
            cand --name 'Only names matching this glob'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;categories;show'= {
            cand --pool 'The pool, when the name exists in several'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;categories;create'= {
            cand --allow 'Who may be in the category''s rooms: sip:USER, group:NAME or ou:PATH (repeatable)'
            cand --deny 'Who may not, even when allowed (repeatable)'
            cand --creator 'Who may create rooms in the category (repeatable)'
            cand --pool 'The pool the category lives in (default: default)'
            cand --description 'What the category is for, at most 256 characters'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand --file-upload 'Allow file uploads in its rooms'
            cand --no-file-upload 'no-file-upload'
            cand --invitations 'Allow invitations'
            cand --no-invitations 'no-invitations'
            cand --no-chat-history 'Keep no chat history (compliance still records everything)'
            cand --chat-history 'chat-history'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;categories;set'= {
            cand --rename 'Rename the category'
            cand --allow 'Who may be in the category''s rooms: sip:USER, group:NAME or ou:PATH (repeatable)'
            cand --deny 'Who may not, even when allowed (repeatable)'
            cand --creator 'Who may create rooms in the category (repeatable)'
            cand --pool 'The pool the category lives in (default: default)'
            cand --description 'What the category is for, at most 256 characters'
            cand --if-revision 'Refuse unless the category is still at this revision'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand --file-upload 'Allow file uploads in its rooms'
            cand --no-file-upload 'no-file-upload'
            cand --invitations 'Allow invitations'
            cand --no-invitations 'no-invitations'
            cand --no-chat-history 'Keep no chat history (compliance still records everything)'
            cand --chat-history 'chat-history'
            cand --no-deny 'Make the denied list empty'
            cand --no-creators 'Make the creators list empty (only administrators create rooms then)'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;categories;delete'= {
            cand --pool 'The pool, when the name exists in several'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;categories;export'= {
            cand --pool 'Only this pool (categories and add-ins)'
            cand --name 'Only categories whose names match this glob (add-ins are all exported)'
            cand --out 'Write one YAML file per kind (users.yaml, rooms.yaml, ...) into this directory, created when missing, instead of one YAML stream on stdout. Existing files of those names are replaced; kinds with nothing to export write no file'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;categories;help'= {
            cand list 'List categories'
            cand show 'Show one category'
            cand create 'Create a category'
            cand set 'Change a category; list flags replace their lists. Room members outside a narrowed scope are dropped and listed'
            cand delete 'Delete an empty category'
            cand export 'Write categories and add-ins as plan documents (kinds Category and Addin)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pchat;categories;help;list'= {
        }
        &'pchat;categories;help;show'= {
        }
        &'pchat;categories;help;create'= {
        }
        &'pchat;categories;help;set'= {
        }
        &'pchat;categories;help;delete'= {
        }
        &'pchat;categories;help;export'= {
        }
        &'pchat;categories;help;help'= {
        }
        &'pchat;rooms'= {
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List rooms'
            cand show 'Show one room'
            cand create 'Create a room'
            cand set 'Change a room; list flags replace their lists'
            cand delete 'Delete a room and its history'
            cand disable 'Disable a room: members are disconnected, nothing is lost'
            cand enable 'Enable a disabled room'
            cand members 'Members, managers and presenters'
            cand export 'Write rooms as plan documents (kind Room), for `pchat apply`'
            cand import 'Create or update rooms from a CSV room list, through the same plan as `pchat apply`'
            cand clear 'Remove every message posted on or before a time; the room, its settings and its members stay (administrators; shows what it would remove and asks first)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pchat;rooms;list'= {
            cand --category 'Rooms of this category'
            cand --pool 'Rooms in this pool'
            cand --privacy 'Rooms with this privacy'
            cand --type 'Rooms of this type'
            cand --disabled 'Only disabled (true) or enabled (false) rooms'
            cand --member 'Rooms that list this principal as a member'
            cand --manager 'Rooms that list this principal as a manager'
            cand --addin 'Rooms that use this add-in'
            cand --name 'Names matching this glob (* and ?)'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;rooms;show'= {
            cand --pool 'The pool, when the name exists in several'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;rooms;create'= {
            cand --category 'The category the room belongs to'
            cand --pool 'The pool, when the name exists in several'
            cand --privacy 'open, closed or secret (default closed)'
            cand --type 'normal (the default), or auditorium (only presenters post)'
            cand --description 'What the room is about, at most 256 characters'
            cand --invitations 'Invitations: inherit (from the category) or false'
            cand --member 'A member: sip:USER, group:NAME or ou:PATH (repeatable)'
            cand --manager 'A manager (repeatable)'
            cand --presenter 'A presenter, auditorium rooms only (repeatable)'
            cand --addin 'The add-in shown beside the room'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;rooms;set'= {
            cand --category 'Move the room to another category (members outside its scope are dropped)'
            cand --rename 'Rename the room'
            cand --pool 'The pool, when the name exists in several'
            cand --privacy 'open, closed or secret (default closed)'
            cand --type 'normal (the default), or auditorium (only presenters post)'
            cand --description 'What the room is about, at most 256 characters'
            cand --invitations 'Invitations: inherit (from the category) or false'
            cand --member 'A member: sip:USER, group:NAME or ou:PATH (repeatable)'
            cand --manager 'A manager (repeatable)'
            cand --presenter 'A presenter, auditorium rooms only (repeatable)'
            cand --addin 'The add-in shown beside the room'
            cand --if-revision 'Refuse unless the room is still at this revision'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand --no-addin 'Remove the add-in'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;rooms;delete'= {
            cand --pool 'The pool, when the name exists in several'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand --allow-destroy 'Delete it even if it holds messages (its history goes with it); --yes also does, with a warning'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;rooms;disable'= {
            cand --pool 'The pool, when the name exists in several'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;rooms;enable'= {
            cand --pool 'The pool, when the name exists in several'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;rooms;members'= {
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List a room''s members, managers and presenters'
            cand add 'Add principals in one role'
            cand remove 'Remove principals from one role'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pchat;rooms;members;list'= {
            cand --pool 'The pool, when the name exists in several'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;rooms;members;add'= {
            cand --role 'The role: member, manager or presenter (default member)'
            cand --pool 'The pool, when the name exists in several'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;rooms;members;remove'= {
            cand --role 'The role: member, manager or presenter (default member)'
            cand --pool 'The pool, when the name exists in several'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;rooms;members;help'= {
            cand list 'List a room''s members, managers and presenters'
            cand add 'Add principals in one role'
            cand remove 'Remove principals from one role'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pchat;rooms;members;help;list'= {
        }
        &'pchat;rooms;members;help;add'= {
        }
        &'pchat;rooms;members;help;remove'= {
        }
        &'pchat;rooms;members;help;help'= {
        }
        &'pchat;rooms;export'= {
            cand --category 'Rooms of this category'
            cand --pool 'Rooms in this pool'
            cand --privacy 'Rooms with this privacy'
            cand --type 'Rooms of this type'
            cand --disabled 'Only disabled (true) or enabled (false) rooms'
            cand --member 'Rooms that list this principal as a member'
            cand --manager 'Rooms that list this principal as a manager'
            cand --addin 'Rooms that use this add-in'
            cand --name 'Names matching this glob (* and ?)'
            cand --out 'Write one YAML file per kind (users.yaml, rooms.yaml, ...) into this directory, created when missing, instead of one YAML stream on stdout. Existing files of those names are replaced; kinds with nothing to export write no file'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand --with-history 'Export ROOM as an archive with its history into --out'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;rooms;import'= {
            cand -f 'The CSV room list'
            cand --file 'The CSV room list'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand --dry-run 'Stop after the server has validated the plan; change nothing'
            cand --allow-destroy 'Allow replacing rooms whose category now lives in another pool (their history is lost)'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;rooms;clear'= {
            cand --pool 'The pool, when the name exists in several'
            cand --before 'Remove what was posted on or before this time: RFC 3339, a date (its midnight UTC) or a duration ago (30d); never in the future'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand --dry-run 'Show what would be removed, remove nothing'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;rooms;help'= {
            cand list 'List rooms'
            cand show 'Show one room'
            cand create 'Create a room'
            cand set 'Change a room; list flags replace their lists'
            cand delete 'Delete a room and its history'
            cand disable 'Disable a room: members are disconnected, nothing is lost'
            cand enable 'Enable a disabled room'
            cand members 'Members, managers and presenters'
            cand export 'Write rooms as plan documents (kind Room), for `pchat apply`'
            cand import 'Create or update rooms from a CSV room list, through the same plan as `pchat apply`'
            cand clear 'Remove every message posted on or before a time; the room, its settings and its members stay (administrators; shows what it would remove and asks first)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pchat;rooms;help;list'= {
        }
        &'pchat;rooms;help;show'= {
        }
        &'pchat;rooms;help;create'= {
        }
        &'pchat;rooms;help;set'= {
        }
        &'pchat;rooms;help;delete'= {
        }
        &'pchat;rooms;help;disable'= {
        }
        &'pchat;rooms;help;enable'= {
        }
        &'pchat;rooms;help;members'= {
            cand list 'List a room''s members, managers and presenters'
            cand add 'Add principals in one role'
            cand remove 'Remove principals from one role'
        }
        &'pchat;rooms;help;members;list'= {
        }
        &'pchat;rooms;help;members;add'= {
        }
        &'pchat;rooms;help;members;remove'= {
        }
        &'pchat;rooms;help;export'= {
        }
        &'pchat;rooms;help;import'= {
        }
        &'pchat;rooms;help;clear'= {
        }
        &'pchat;rooms;help;help'= {
        }
        &'pchat;messages'= {
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand post 'Post a message (or with --story, a story) into a room, as the token''s user'
            cand history 'A room''s history, newest first'
            cand search 'Search the messages of the rooms the token''s user may read, newest first'
            cand tail 'Follow rooms live: print each message as it is posted, resuming after a dropped connection (and reading what was missed from the history)'
            cand remove 'Remove messages of a room, or replace their text (administrators): a selection by sender, dates and keywords; shows what it would change and asks first'
            cand download 'Download a file posted into a room'
            cand rooms 'The rooms the token''s user may chat in, with their role and whether they may post'
            cand join 'Join a room, and print its last messages (the default chat history)'
            cand leave 'Leave a room'
            cand invitations 'Rooms that invite the token''s user (invitations on, listed, not joined)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pchat;messages;post'= {
            cand --pool 'The room''s pool, where several pools have a room of that name'
            cand --story 'Post a story with this title; the text is its body'
            cand --file 'Post this file with the message (uploaded first; repeat for several)'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;messages;history'= {
            cand --pool 'The room''s pool, where several pools have a room of that name'
            cand --limit 'How many messages at most (the newest of them)'
            cand --since 'Only messages posted at or after this time: RFC 3339 (2026-12-01T09:00:00Z), a date (2026-12-01), or a duration ago (90m, 2h, 7d)'
            cand --until 'Only messages posted at or before this time (as --since)'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;messages;search'= {
            cand --room 'Only this room'
            cand --pool 'The room''s pool, where several pools have a room of that name'
            cand --from 'Only messages from this user'
            cand --since 'Only messages posted at or after this time (as history --since)'
            cand --until 'Only messages posted at or before this time'
            cand --limit 'How many messages at most'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;messages;tail'= {
            cand --pool 'The rooms'' pool, where several pools have rooms of those names'
            cand --count 'Stop after this many messages'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;messages;remove'= {
            cand --pool 'The room''s pool, where several pools have a room of that name'
            cand --from 'Only messages from this user'
            cand --since 'Only messages posted at or after this time (as history --since)'
            cand --until 'Only messages posted at or before this time'
            cand --keywords 'Space-separated keywords the title or text must hold'
            cand --match 'all: every keyword; any: one of them; exact: the keywords as one phrase'
            cand --replacement 'The text replaced messages show (default: "This message was removed by an administrator.")'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand --case-sensitive 'Match keywords with their case (by default case is ignored)'
            cand --delete 'Delete the messages outright instead of replacing their text'
            cand --dry-run 'Show what would change, change nothing'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;messages;download'= {
            cand --pool 'The room''s pool, where several pools have a room of that name'
            cand --out 'Write it here instead of stdout'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;messages;rooms'= {
            cand --pool 'Only the rooms of this pool'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand --joined 'Only the rooms joined'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;messages;join'= {
            cand --pool 'The room''s pool, where several pools have a room of that name'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;messages;leave'= {
            cand --pool 'The room''s pool, where several pools have a room of that name'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;messages;invitations'= {
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;messages;help'= {
            cand post 'Post a message (or with --story, a story) into a room, as the token''s user'
            cand history 'A room''s history, newest first'
            cand search 'Search the messages of the rooms the token''s user may read, newest first'
            cand tail 'Follow rooms live: print each message as it is posted, resuming after a dropped connection (and reading what was missed from the history)'
            cand remove 'Remove messages of a room, or replace their text (administrators): a selection by sender, dates and keywords; shows what it would change and asks first'
            cand download 'Download a file posted into a room'
            cand rooms 'The rooms the token''s user may chat in, with their role and whether they may post'
            cand join 'Join a room, and print its last messages (the default chat history)'
            cand leave 'Leave a room'
            cand invitations 'Rooms that invite the token''s user (invitations on, listed, not joined)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pchat;messages;help;post'= {
        }
        &'pchat;messages;help;history'= {
        }
        &'pchat;messages;help;search'= {
        }
        &'pchat;messages;help;tail'= {
        }
        &'pchat;messages;help;remove'= {
        }
        &'pchat;messages;help;download'= {
        }
        &'pchat;messages;help;rooms'= {
        }
        &'pchat;messages;help;join'= {
        }
        &'pchat;messages;help;leave'= {
        }
        &'pchat;messages;help;invitations'= {
        }
        &'pchat;messages;help;help'= {
        }
        &'pchat;addins'= {
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List add-ins'
            cand show 'Show one add-in'
            cand create 'Register an add-in'
            cand set 'Change an add-in'
            cand delete 'Delete an add-in no room uses'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pchat;addins;list'= {
            cand --pool 'Only add-ins in this pool'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;addins;show'= {
            cand --pool 'The pool, when the name exists in several'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;addins;create'= {
            cand --url 'http:// or https:// URL'
            cand --pool 'The pool the add-in lives in (default: default)'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;addins;set'= {
            cand --url 'The new http:// or https:// URL'
            cand --rename 'Rename the add-in'
            cand --pool 'The pool, when the name exists in several'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;addins;delete'= {
            cand --pool 'The pool, when the name exists in several'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;addins;help'= {
            cand list 'List add-ins'
            cand show 'Show one add-in'
            cand create 'Register an add-in'
            cand set 'Change an add-in'
            cand delete 'Delete an add-in no room uses'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pchat;addins;help;list'= {
        }
        &'pchat;addins;help;show'= {
        }
        &'pchat;addins;help;create'= {
        }
        &'pchat;addins;help;set'= {
        }
        &'pchat;addins;help;delete'= {
        }
        &'pchat;addins;help;help'= {
        }
        &'pchat;policies'= {
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List policies'
            cand show 'Show one policy'
            cand create 'Create a site or tag policy'
            cand set 'Change a policy'
            cand delete 'Delete a policy (the global policy is reset instead)'
            cand grant 'Grant a tag policy to users'
            cand revoke 'Take users'' tag policy away (their site or the global policy applies again)'
            cand effective 'The policy that applies to a user, and why'
            cand export 'Write policies and tag policy grants as plan documents (kinds Policy and PolicyGrant)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pchat;policies;list'= {
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;policies;show'= {
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;policies;create'= {
            cand --description 'What the policy is for, at most 256 characters'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand --enabled 'Allow persistent chat'
            cand --disabled 'Refuse persistent chat'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;policies;set'= {
            cand --description 'What the policy is for, at most 256 characters'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand --enabled 'Allow persistent chat'
            cand --disabled 'Refuse persistent chat'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;policies;delete'= {
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;policies;grant'= {
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;policies;revoke'= {
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;policies;effective'= {
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;policies;export'= {
            cand --out 'Write one YAML file per kind (users.yaml, rooms.yaml, ...) into this directory, created when missing, instead of one YAML stream on stdout. Existing files of those names are replaced; kinds with nothing to export write no file'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;policies;help'= {
            cand list 'List policies'
            cand show 'Show one policy'
            cand create 'Create a site or tag policy'
            cand set 'Change a policy'
            cand delete 'Delete a policy (the global policy is reset instead)'
            cand grant 'Grant a tag policy to users'
            cand revoke 'Take users'' tag policy away (their site or the global policy applies again)'
            cand effective 'The policy that applies to a user, and why'
            cand export 'Write policies and tag policy grants as plan documents (kinds Policy and PolicyGrant)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pchat;policies;help;list'= {
        }
        &'pchat;policies;help;show'= {
        }
        &'pchat;policies;help;create'= {
        }
        &'pchat;policies;help;set'= {
        }
        &'pchat;policies;help;delete'= {
        }
        &'pchat;policies;help;grant'= {
        }
        &'pchat;policies;help;revoke'= {
        }
        &'pchat;policies;help;effective'= {
        }
        &'pchat;policies;help;export'= {
        }
        &'pchat;policies;help;help'= {
        }
        &'pchat;config'= {
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'The effective settings at a scope, and where each comes from'
            cand set 'Set values at a scope'
            cand reset 'Remove a scope''s values (global: back to the defaults)'
            cand export 'Write the scopes that set anything as plan documents (kind ChatConfig)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pchat;config;show'= {
            cand --scope 'global, site:NAME or pool:NAME (a pool falls back to its site, a site to global)'
            cand --site 'With a pool scope: the site the pool stands in, whose values come next'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;config;set'= {
            cand --scope 'global, site:NAME or pool:NAME'
            cand --default-chat-history 'Messages sent on first join (1-500)'
            cand --max-file-size-kb 'Largest file in KB (1-2097152)'
            cand --participant-update-limit 'Above this many participants roster updates stop (1-16000)'
            cand --room-management-url 'Custom room management URL ("" unsets it)'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;config;reset'= {
            cand --scope 'global, site:NAME or pool:NAME'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;config;export'= {
            cand --out 'Write one YAML file per kind (users.yaml, rooms.yaml, ...) into this directory, created when missing, instead of one YAML stream on stdout. Existing files of those names are replaced; kinds with nothing to export write no file'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;config;help'= {
            cand show 'The effective settings at a scope, and where each comes from'
            cand set 'Set values at a scope'
            cand reset 'Remove a scope''s values (global: back to the defaults)'
            cand export 'Write the scopes that set anything as plan documents (kind ChatConfig)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pchat;config;help;show'= {
        }
        &'pchat;config;help;set'= {
        }
        &'pchat;config;help;reset'= {
        }
        &'pchat;config;help;export'= {
        }
        &'pchat;config;help;help'= {
        }
        &'pchat;compliance'= {
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'What is set globally and per pool, and what applies to each pool'
            cand set 'Set compliance values globally or for one pool (others are kept)'
            cand reset 'Remove the values set globally or for one pool (it inherits again)'
            cand status 'Each pool''s exporter: events waiting, last run and error, lease holder'
            cand export 'Export now the waiting events (of a pool, a room, a time range); each event is exported once, however often this runs'
            cand events 'The recorded events, oldest first'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pchat;compliance;show'= {
            cand --pool 'Only this pool''s effective settings'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;compliance;set'= {
            cand --pool 'The pool to configure (default: global)'
            cand --enabled 'Record every event (true) or none (false)'
            cand --adapter 'The adapter that writes the events out (xml, the one there is)'
            cand --run-interval 'How often the adapter runs: 1m to 30days (default 15m)'
            cand --one-room-per-file 'One output file per room'
            cand --room-details 'Add each room''s category, privacy, type and description'
            cand --user-details 'Add each sender''s email, OU and site'
            cand --output-dir 'Where the files go: an absolute directory on the nodes, the same for a pool''s nodes ("" unsets it)'
            cand --retention 'How long exported events stay in the compliance store (0s: purged at once; default 7days)'
            cand --if-match 'Refuse unless the settings are still at this revision'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;compliance;reset'= {
            cand --pool 'The pool whose values go (default: global)'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;compliance;status'= {
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;compliance;export'= {
            cand --pool 'Only this pool''s events (default: every pool''s)'
            cand --since 'Events recorded at or after this time (RFC 3339)'
            cand --until 'Events recorded before this time (RFC 3339)'
            cand --room 'Only this room''s events'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;compliance;events'= {
            cand --pool 'Only this pool''s events'
            cand --state 'waiting or exported'
            cand --room 'Only this room''s events (its name)'
            cand --after 'Only events with ids above this one (`pchat compliance status` shows the last)'
            cand --limit 'The first N only (at most 10,000); by default every page'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;compliance;help'= {
            cand show 'What is set globally and per pool, and what applies to each pool'
            cand set 'Set compliance values globally or for one pool (others are kept)'
            cand reset 'Remove the values set globally or for one pool (it inherits again)'
            cand status 'Each pool''s exporter: events waiting, last run and error, lease holder'
            cand export 'Export now the waiting events (of a pool, a room, a time range); each event is exported once, however often this runs'
            cand events 'The recorded events, oldest first'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pchat;compliance;help;show'= {
        }
        &'pchat;compliance;help;set'= {
        }
        &'pchat;compliance;help;reset'= {
        }
        &'pchat;compliance;help;status'= {
        }
        &'pchat;compliance;help;export'= {
        }
        &'pchat;compliance;help;events'= {
        }
        &'pchat;compliance;help;help'= {
        }
        &'pchat;migration'= {
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand export 'Export a scope with its history into an archive (docs/archive.md), read from one snapshot of the server while it keeps serving'
            cand import 'Import an archive: checked whole first, then applied by a job on the server'
            cand verify 'Check an archive offline (docs/archive.md): manifest, every checksum, the references between members and the counts; prints what it holds, and every problem with its member and line (exit 2)'
            cand from-slack 'Turn a Slack workspace export (the zip) into an archive: channels as rooms (private ones closed), users, memberships, messages with thread replies in order and Slack markup as plain text with links; counts what it leaves out (direct messages, reactions, files, channel events)'
            cand from-mattermost 'Turn a Mattermost bulk export (JSON Lines, or the zip of `mmctl export`) into an archive: teams as categories, channels as rooms, users and their memberships, posts with their replies; counts what it leaves out'
            cand from-lync-compliance 'Turn the XML Conversations files of the old system''s compliance adapter into an archive (rooms, senders, messages with their times); counts what it leaves out'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pchat;migration;export'= {
            cand --pool 'Every category and room of this pool'
            cand --category 'This category and its rooms (NAME or POOL/NAME)'
            cand --room 'This room (NAME or POOL/NAME)'
            cand --since 'Messages posted at or after this time only (RFC 3339, or a date: 2026-01-31)'
            cand --out 'The archive to write: a .pchat file, or a directory (new or empty)'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand --all 'Everything: every pool, category and room, policies and chat configuration'
            cand --definitions-only 'Definitions only: no messages and no files'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;migration;import'= {
            cand --on-conflict 'What to do with a category or room the server has already: skip it (its messages too), rename the imported one (NAME-imported), or merge (its messages after the room''s own)'
            cand --pool 'Put every category, room and add-in into this pool'
            cand --category 'Put every room into this existing category (the archive''s categories are not created)'
            cand --room 'Only this room (NAME or POOL/NAME; repeatable) and what it needs: its category, add-in, entries, and the groups and users they name (a room restored from a full archive)'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand --dry-run 'Check the archive and the server''s validation, print what would be done, change nothing'
            cand --allow-same-store 'Import an archive exported from this very server (with --on-conflict rename)'
            cand --wait 'Follow the job until it ends (the default on a terminal)'
            cand --no-wait 'Print the job and return at once'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;migration;verify'= {
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;migration;from-slack'= {
            cand --out 'The archive to write: a directory, or a .pchat file'
            cand --pool 'The pool the rooms go to'
            cand --site 'The site of users the source gives none (a site of the topology, where one is published)'
            cand --category 'The category the rooms go to'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;migration;from-mattermost'= {
            cand --out 'The archive to write: a directory, or a .pchat file'
            cand --pool 'The pool the rooms go to'
            cand --site 'The site of users the source gives none (a site of the topology, where one is published)'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;migration;from-lync-compliance'= {
            cand --out 'The archive to write: a directory, or a .pchat file'
            cand --pool 'The pool the rooms go to'
            cand --site 'The site of users the source gives none (a site of the topology, where one is published)'
            cand --category 'The category of rooms whose channel names none'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;migration;help'= {
            cand export 'Export a scope with its history into an archive (docs/archive.md), read from one snapshot of the server while it keeps serving'
            cand import 'Import an archive: checked whole first, then applied by a job on the server'
            cand verify 'Check an archive offline (docs/archive.md): manifest, every checksum, the references between members and the counts; prints what it holds, and every problem with its member and line (exit 2)'
            cand from-slack 'Turn a Slack workspace export (the zip) into an archive: channels as rooms (private ones closed), users, memberships, messages with thread replies in order and Slack markup as plain text with links; counts what it leaves out (direct messages, reactions, files, channel events)'
            cand from-mattermost 'Turn a Mattermost bulk export (JSON Lines, or the zip of `mmctl export`) into an archive: teams as categories, channels as rooms, users and their memberships, posts with their replies; counts what it leaves out'
            cand from-lync-compliance 'Turn the XML Conversations files of the old system''s compliance adapter into an archive (rooms, senders, messages with their times); counts what it leaves out'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pchat;migration;help;export'= {
        }
        &'pchat;migration;help;import'= {
        }
        &'pchat;migration;help;verify'= {
        }
        &'pchat;migration;help;from-slack'= {
        }
        &'pchat;migration;help;from-mattermost'= {
        }
        &'pchat;migration;help;from-lync-compliance'= {
        }
        &'pchat;migration;help;help'= {
        }
        &'pchat;jobs'= {
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'The newest jobs first: kind, state, percent, rate, who started them'
            cand show 'One job: counts per type, percent, rate, time left, and its error with where it is'
            cand follow 'Follow a job with a progress bar on stderr until it ends (exit 1 unless it succeeds)'
            cand cancel 'Ask a running job to stop; an import stopped this way can be run again to finish'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pchat;jobs;list'= {
            cand --limit 'At most this many'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;jobs;show'= {
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;jobs;follow'= {
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;jobs;cancel'= {
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;jobs;help'= {
            cand list 'The newest jobs first: kind, state, percent, rate, who started them'
            cand show 'One job: counts per type, percent, rate, time left, and its error with where it is'
            cand follow 'Follow a job with a progress bar on stderr until it ends (exit 1 unless it succeeds)'
            cand cancel 'Ask a running job to stop; an import stopped this way can be run again to finish'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pchat;jobs;help;list'= {
        }
        &'pchat;jobs;help;show'= {
        }
        &'pchat;jobs;help;follow'= {
        }
        &'pchat;jobs;help;cancel'= {
        }
        &'pchat;jobs;help;help'= {
        }
        &'pchat;checklist'= {
            cand --phase 'Only the checks of this phase (repeatable)'
            cand --check 'Only this check, by its id, e.g. configuration.category-scope (repeatable)'
            cand --unused-after 'Administrator tokens unused for longer than this warn'
            cand --min-free-mb 'Less free disk than this (in MB) under the store or the file store fails'
            cand --watch 'Run the checks again every INTERVAL (e.g. 5m) and print only what changed, until interrupted; each run also updates the node''s `pchat_checklist_result` metrics (and --metrics-file)'
            cand --leftover-age 'The synthetic transaction removes what an interrupted earlier run left behind once it is this old (younger objects may be another run''s, still going)'
            cand --metrics-file 'Write each run''s results to FILE in the Prometheus text format (for a textfile collector), replacing it whole'
            cand --pool 'Ask every running node of this pool for its own checks (as `pchat pools status` lists them), not only the server this command talks to'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand --strict 'Warnings fail the run too (exit 4)'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;tokens'= {
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a token; its secret is printed once'
            cand list 'List tokens (never their secrets)'
            cand revoke 'Revoke a token'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pchat;tokens;create'= {
            cand --role 'admin, or user (acts for --owner)'
            cand --owner 'The user the token acts for (required for user tokens)'
            cand --description 'What the token is for, at most 256 characters'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;tokens;list'= {
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;tokens;revoke'= {
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;tokens;help'= {
            cand create 'Create a token; its secret is printed once'
            cand list 'List tokens (never their secrets)'
            cand revoke 'Revoke a token'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pchat;tokens;help;create'= {
        }
        &'pchat;tokens;help;list'= {
        }
        &'pchat;tokens;help;revoke'= {
        }
        &'pchat;tokens;help;help'= {
        }
        &'pchat;plan'= {
            cand -f 'A plan file, or a directory whose *.yaml and *.yml files are read in name order (repeatable)'
            cand --file 'A plan file, or a directory whose *.yaml and *.yml files are read in name order (repeatable)'
            cand --out 'Save the plan, bound to the revisions it read, for `pchat apply FILE`'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand --prune 'Also delete managed objects the files no longer describe'
            cand --detailed-exitcode 'Exit 0 when there is nothing to change, 3 when there is, 1 on errors, 2 on invalid input'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;apply'= {
            cand -f 'A plan file or directory (repeatable)'
            cand --file 'A plan file or directory (repeatable)'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand --dry-run 'Stop after the server has validated the plan; change nothing'
            cand --prune 'Also delete managed objects the files no longer describe'
            cand --allow-destroy 'Allow deleting rooms (and their history)'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;api'= {
            cand --if-match 'Send `If-Match: "REVISION"`: the server refuses the write if the object''s revision is another (a lost update avoided)'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;completions'= {
            cand --out 'Write into this directory instead of stdout'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;man'= {
            cand --out 'Directory to write pchat.1 and one page per subcommand into'
            cand --server 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file'
            cand --token 'Bearer token (not needed with embedded:)'
            cand --ca-cert 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s'
            cand -o 'Output format: table and wide for people, json and yaml for scripts'
            cand --output 'Output format: table and wide for people, json and yaml for scripts'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --verbose 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token'
            cand --no-color 'Never colour the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pchat;help'= {
            cand server 'Run a pchat server node, or work on a server''s store directly'
            cand topology 'The deployment''s topology: sites, pools, servers and stores'
            cand pools 'Pools and their nodes: health, load, roles, and which servers are active'
            cand directory 'Users and groups of the directory'
            cand categories 'Categories: who may join and create rooms, and what rooms may do'
            cand rooms 'Chat rooms and their members, managers and presenters'
            cand messages 'Post, read and follow the messages of rooms (as the token''s user)'
            cand addins 'Add-ins shown beside rooms'
            cand policies 'Who may use persistent chat (global, site and tag policies)'
            cand config 'Chat configuration at global, site or pool scope'
            cand compliance 'Compliance: recording every event, and the XML adapter that exports them'
            cand migration 'Archives of rooms with their history: export, import, verify offline, convert from other systems'
            cand jobs 'Exports and imports running on the server: progress, errors, cancel'
            cand checklist 'The deployment checklist: every check with what it found and how to fix it (exit 4 when one fails)'
            cand tokens 'API tokens'
            cand plan 'Show what `apply` would change to make the server match YAML plan files'
            cand apply 'Make the server match YAML plan files, or apply a saved plan'
            cand api 'Call any endpoint of the management API (escape hatch for scripts)'
            cand completions 'Print a shell completion script'
            cand man 'Write man pages'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pchat;help;server'= {
            cand token 'Tokens minted straight into a store (to bootstrap a server)'
            cand migrate 'Run the store''s migrations and exit'
        }
        &'pchat;help;server;token'= {
            cand create 'Create a token in the store and print it (shown once)'
        }
        &'pchat;help;server;token;create'= {
        }
        &'pchat;help;server;migrate'= {
        }
        &'pchat;help;topology'= {
            cand validate 'Check a topology file offline against every rule (docs/topology.md), all problems at once, each with its rule id, FILE:LINE:COLUMN and a fix; exits 2 on errors'
            cand publish 'Publish a topology file as the next version (checked here, then by the server)'
            cand show 'The topology in force'
            cand history 'Every published version, newest first: who published it and when'
            cand diff 'What publishing a file would change: the topology in force against the file'
            cand export 'The topology in force as a file to edit and publish (its version as `metadata.version`)'
        }
        &'pchat;help;topology;validate'= {
        }
        &'pchat;help;topology;publish'= {
        }
        &'pchat;help;topology;show'= {
        }
        &'pchat;help;topology;history'= {
        }
        &'pchat;help;topology;diff'= {
        }
        &'pchat;help;topology;export'= {
        }
        &'pchat;help;pools'= {
            cand list 'Every pool: its site, state, nodes up, and the active servers'
            cand show 'One pool: its nodes, each up or down, active or standby, and what does not match the topology'
            cand status 'Every node (of one pool, or of all): up or down, role, version, address, last heartbeat, uptime, connections, requests per second, live subscribers; exits 4 when a node is down or anything does not match the topology'
            cand failover 'Move a pool to its backup store: checked first (reachable, schema current, no further behind than --max-lag), then every node moves; waits until they all did'
            cand failback 'Move a failed-over pool back to its primary store, checked alike'
            cand set-active 'Make exactly these servers of a pool active, the others standby (a new topology version)'
        }
        &'pchat;help;pools;list'= {
        }
        &'pchat;help;pools;show'= {
        }
        &'pchat;help;pools;status'= {
        }
        &'pchat;help;pools;failover'= {
        }
        &'pchat;help;pools;failback'= {
        }
        &'pchat;help;pools;set-active'= {
        }
        &'pchat;help;directory'= {
            cand users 'Users (SIP URI, display name, OU, site)'
            cand groups 'Groups of users, groups and OUs'
            cand import 'Create or update users and groups from CSV files, in one transaction'
            cand export 'Write users and groups as plan documents (kinds User and Group)'
        }
        &'pchat;help;directory;users'= {
            cand list 'List users'
            cand show 'Show one user'
            cand create 'Create a user'
            cand set 'Change a user'
            cand delete 'Delete a user'
        }
        &'pchat;help;directory;users;list'= {
        }
        &'pchat;help;directory;users;show'= {
        }
        &'pchat;help;directory;users;create'= {
        }
        &'pchat;help;directory;users;set'= {
        }
        &'pchat;help;directory;users;delete'= {
        }
        &'pchat;help;directory;groups'= {
            cand list 'List groups'
            cand show 'Show one group'
            cand create 'Create a group'
            cand set 'Change a group; --member replaces the whole member list'
            cand delete 'Delete a group'
        }
        &'pchat;help;directory;groups;list'= {
        }
        &'pchat;help;directory;groups;show'= {
        }
        &'pchat;help;directory;groups;create'= {
        }
        &'pchat;help;directory;groups;set'= {
        }
        &'pchat;help;directory;groups;delete'= {
        }
        &'pchat;help;directory;import'= {
        }
        &'pchat;help;directory;export'= {
        }
        &'pchat;help;categories'= {
            cand list 'List categories'
            cand show 'Show one category'
            cand create 'Create a category'
            cand set 'Change a category; list flags replace their lists. Room members outside a narrowed scope are dropped and listed'
            cand delete 'Delete an empty category'
            cand export 'Write categories and add-ins as plan documents (kinds Category and Addin)'
        }
        &'pchat;help;categories;list'= {
        }
        &'pchat;help;categories;show'= {
        }
        &'pchat;help;categories;create'= {
        }
        &'pchat;help;categories;set'= {
        }
        &'pchat;help;categories;delete'= {
        }
        &'pchat;help;categories;export'= {
        }
        &'pchat;help;rooms'= {
            cand list 'List rooms'
            cand show 'Show one room'
            cand create 'Create a room'
            cand set 'Change a room; list flags replace their lists'
            cand delete 'Delete a room and its history'
            cand disable 'Disable a room: members are disconnected, nothing is lost'
            cand enable 'Enable a disabled room'
            cand members 'Members, managers and presenters'
            cand export 'Write rooms as plan documents (kind Room), for `pchat apply`'
            cand import 'Create or update rooms from a CSV room list, through the same plan as `pchat apply`'
            cand clear 'Remove every message posted on or before a time; the room, its settings and its members stay (administrators; shows what it would remove and asks first)'
        }
        &'pchat;help;rooms;list'= {
        }
        &'pchat;help;rooms;show'= {
        }
        &'pchat;help;rooms;create'= {
        }
        &'pchat;help;rooms;set'= {
        }
        &'pchat;help;rooms;delete'= {
        }
        &'pchat;help;rooms;disable'= {
        }
        &'pchat;help;rooms;enable'= {
        }
        &'pchat;help;rooms;members'= {
            cand list 'List a room''s members, managers and presenters'
            cand add 'Add principals in one role'
            cand remove 'Remove principals from one role'
        }
        &'pchat;help;rooms;members;list'= {
        }
        &'pchat;help;rooms;members;add'= {
        }
        &'pchat;help;rooms;members;remove'= {
        }
        &'pchat;help;rooms;export'= {
        }
        &'pchat;help;rooms;import'= {
        }
        &'pchat;help;rooms;clear'= {
        }
        &'pchat;help;messages'= {
            cand post 'Post a message (or with --story, a story) into a room, as the token''s user'
            cand history 'A room''s history, newest first'
            cand search 'Search the messages of the rooms the token''s user may read, newest first'
            cand tail 'Follow rooms live: print each message as it is posted, resuming after a dropped connection (and reading what was missed from the history)'
            cand remove 'Remove messages of a room, or replace their text (administrators): a selection by sender, dates and keywords; shows what it would change and asks first'
            cand download 'Download a file posted into a room'
            cand rooms 'The rooms the token''s user may chat in, with their role and whether they may post'
            cand join 'Join a room, and print its last messages (the default chat history)'
            cand leave 'Leave a room'
            cand invitations 'Rooms that invite the token''s user (invitations on, listed, not joined)'
        }
        &'pchat;help;messages;post'= {
        }
        &'pchat;help;messages;history'= {
        }
        &'pchat;help;messages;search'= {
        }
        &'pchat;help;messages;tail'= {
        }
        &'pchat;help;messages;remove'= {
        }
        &'pchat;help;messages;download'= {
        }
        &'pchat;help;messages;rooms'= {
        }
        &'pchat;help;messages;join'= {
        }
        &'pchat;help;messages;leave'= {
        }
        &'pchat;help;messages;invitations'= {
        }
        &'pchat;help;addins'= {
            cand list 'List add-ins'
            cand show 'Show one add-in'
            cand create 'Register an add-in'
            cand set 'Change an add-in'
            cand delete 'Delete an add-in no room uses'
        }
        &'pchat;help;addins;list'= {
        }
        &'pchat;help;addins;show'= {
        }
        &'pchat;help;addins;create'= {
        }
        &'pchat;help;addins;set'= {
        }
        &'pchat;help;addins;delete'= {
        }
        &'pchat;help;policies'= {
            cand list 'List policies'
            cand show 'Show one policy'
            cand create 'Create a site or tag policy'
            cand set 'Change a policy'
            cand delete 'Delete a policy (the global policy is reset instead)'
            cand grant 'Grant a tag policy to users'
            cand revoke 'Take users'' tag policy away (their site or the global policy applies again)'
            cand effective 'The policy that applies to a user, and why'
            cand export 'Write policies and tag policy grants as plan documents (kinds Policy and PolicyGrant)'
        }
        &'pchat;help;policies;list'= {
        }
        &'pchat;help;policies;show'= {
        }
        &'pchat;help;policies;create'= {
        }
        &'pchat;help;policies;set'= {
        }
        &'pchat;help;policies;delete'= {
        }
        &'pchat;help;policies;grant'= {
        }
        &'pchat;help;policies;revoke'= {
        }
        &'pchat;help;policies;effective'= {
        }
        &'pchat;help;policies;export'= {
        }
        &'pchat;help;config'= {
            cand show 'The effective settings at a scope, and where each comes from'
            cand set 'Set values at a scope'
            cand reset 'Remove a scope''s values (global: back to the defaults)'
            cand export 'Write the scopes that set anything as plan documents (kind ChatConfig)'
        }
        &'pchat;help;config;show'= {
        }
        &'pchat;help;config;set'= {
        }
        &'pchat;help;config;reset'= {
        }
        &'pchat;help;config;export'= {
        }
        &'pchat;help;compliance'= {
            cand show 'What is set globally and per pool, and what applies to each pool'
            cand set 'Set compliance values globally or for one pool (others are kept)'
            cand reset 'Remove the values set globally or for one pool (it inherits again)'
            cand status 'Each pool''s exporter: events waiting, last run and error, lease holder'
            cand export 'Export now the waiting events (of a pool, a room, a time range); each event is exported once, however often this runs'
            cand events 'The recorded events, oldest first'
        }
        &'pchat;help;compliance;show'= {
        }
        &'pchat;help;compliance;set'= {
        }
        &'pchat;help;compliance;reset'= {
        }
        &'pchat;help;compliance;status'= {
        }
        &'pchat;help;compliance;export'= {
        }
        &'pchat;help;compliance;events'= {
        }
        &'pchat;help;migration'= {
            cand export 'Export a scope with its history into an archive (docs/archive.md), read from one snapshot of the server while it keeps serving'
            cand import 'Import an archive: checked whole first, then applied by a job on the server'
            cand verify 'Check an archive offline (docs/archive.md): manifest, every checksum, the references between members and the counts; prints what it holds, and every problem with its member and line (exit 2)'
            cand from-slack 'Turn a Slack workspace export (the zip) into an archive: channels as rooms (private ones closed), users, memberships, messages with thread replies in order and Slack markup as plain text with links; counts what it leaves out (direct messages, reactions, files, channel events)'
            cand from-mattermost 'Turn a Mattermost bulk export (JSON Lines, or the zip of `mmctl export`) into an archive: teams as categories, channels as rooms, users and their memberships, posts with their replies; counts what it leaves out'
            cand from-lync-compliance 'Turn the XML Conversations files of the old system''s compliance adapter into an archive (rooms, senders, messages with their times); counts what it leaves out'
        }
        &'pchat;help;migration;export'= {
        }
        &'pchat;help;migration;import'= {
        }
        &'pchat;help;migration;verify'= {
        }
        &'pchat;help;migration;from-slack'= {
        }
        &'pchat;help;migration;from-mattermost'= {
        }
        &'pchat;help;migration;from-lync-compliance'= {
        }
        &'pchat;help;jobs'= {
            cand list 'The newest jobs first: kind, state, percent, rate, who started them'
            cand show 'One job: counts per type, percent, rate, time left, and its error with where it is'
            cand follow 'Follow a job with a progress bar on stderr until it ends (exit 1 unless it succeeds)'
            cand cancel 'Ask a running job to stop; an import stopped this way can be run again to finish'
        }
        &'pchat;help;jobs;list'= {
        }
        &'pchat;help;jobs;show'= {
        }
        &'pchat;help;jobs;follow'= {
        }
        &'pchat;help;jobs;cancel'= {
        }
        &'pchat;help;checklist'= {
        }
        &'pchat;help;tokens'= {
            cand create 'Create a token; its secret is printed once'
            cand list 'List tokens (never their secrets)'
            cand revoke 'Revoke a token'
        }
        &'pchat;help;tokens;create'= {
        }
        &'pchat;help;tokens;list'= {
        }
        &'pchat;help;tokens;revoke'= {
        }
        &'pchat;help;plan'= {
        }
        &'pchat;help;apply'= {
        }
        &'pchat;help;api'= {
        }
        &'pchat;help;completions'= {
        }
        &'pchat;help;man'= {
        }
        &'pchat;help;help'= {
        }
    ]
    $completions[$command]
}
