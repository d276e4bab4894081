
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'pchat' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'pchat'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'pchat' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('server', 'server', [CompletionResultType]::ParameterValue, 'Run a pchat server node, or work on a server''s store directly')
            [CompletionResult]::new('topology', 'topology', [CompletionResultType]::ParameterValue, 'The deployment''s topology: sites, pools, servers and stores')
            [CompletionResult]::new('pools', 'pools', [CompletionResultType]::ParameterValue, 'Pools and their nodes: health, load, roles, and which servers are active')
            [CompletionResult]::new('directory', 'directory', [CompletionResultType]::ParameterValue, 'Users and groups of the directory')
            [CompletionResult]::new('categories', 'categories', [CompletionResultType]::ParameterValue, 'Categories: who may join and create rooms, and what rooms may do')
            [CompletionResult]::new('rooms', 'rooms', [CompletionResultType]::ParameterValue, 'Chat rooms and their members, managers and presenters')
            [CompletionResult]::new('messages', 'messages', [CompletionResultType]::ParameterValue, 'Post, read and follow the messages of rooms (as the token''s user)')
            [CompletionResult]::new('addins', 'addins', [CompletionResultType]::ParameterValue, 'Add-ins shown beside rooms')
            [CompletionResult]::new('policies', 'policies', [CompletionResultType]::ParameterValue, 'Who may use persistent chat (global, site and tag policies)')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Chat configuration at global, site or pool scope')
            [CompletionResult]::new('compliance', 'compliance', [CompletionResultType]::ParameterValue, 'Compliance: recording every event, and the XML adapter that exports them')
            [CompletionResult]::new('migration', 'migration', [CompletionResultType]::ParameterValue, 'Archives of rooms with their history: export, import, verify offline, convert from other systems')
            [CompletionResult]::new('jobs', 'jobs', [CompletionResultType]::ParameterValue, 'Exports and imports running on the server: progress, errors, cancel')
            [CompletionResult]::new('checklist', 'checklist', [CompletionResultType]::ParameterValue, 'The deployment checklist: every check with what it found and how to fix it (exit 4 when one fails)')
            [CompletionResult]::new('tokens', 'tokens', [CompletionResultType]::ParameterValue, 'API tokens')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Show what `apply` would change to make the server match YAML plan files')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the server match YAML plan files, or apply a saved plan')
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'Call any endpoint of the management API (escape hatch for scripts)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write man pages')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pchat;server' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Address to listen on (loopback unless told otherwise; port 0 picks a free one)')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Store: sqlite://PATH (default, a file in the working directory) or postgres://USER@HOST/DB')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Serve HTTPS with this certificate chain (PEM; read again on SIGHUP)')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'The certificate''s private key (PEM)')
            [CompletionResult]::new('--file-store', '--file-store', [CompletionResultType]::ParameterName, 'Where files posted into rooms are kept (every node of a pool names the same directory); by default beside the SQLite file (pchat.db: pchat-files/)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'This node''s name in its pool: a server of the pool in the published topology (default HOSTNAME:PORT)')
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'The pool this node serves, as the published topology names it (default: default)')
            [CompletionResult]::new('--heartbeat-interval', '--heartbeat-interval', [CompletionResultType]::ParameterName, 'How often the node writes its heartbeat to the store (100ms to 1m)')
            [CompletionResult]::new('--heartbeat-timeout', '--heartbeat-timeout', [CompletionResultType]::ParameterName, 'How old a node''s heartbeat may be before its pool counts it down (at least twice the interval)')
            [CompletionResult]::new('--compliance-lease', '--compliance-lease', [CompletionResultType]::ParameterName, 'How long a node holds a pool''s compliance exporter lease unrenewed: a node that dies hands its exports to another after this (1s to 1h)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--insecure-listen', '--insecure-listen', [CompletionResultType]::ParameterName, 'Listen beyond loopback without TLS (behind a proxy that terminates it); without this, such an address is refused')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Development mode: a temporary SQLite store and a printed administrator token')
            [CompletionResult]::new('--no-migrate', '--no-migrate', [CompletionResultType]::ParameterName, 'Do not run the store''s migrations at start (readyz reports a stale schema)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Tokens minted straight into a store (to bootstrap a server)')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Run the store''s migrations and exit')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pchat;server;token' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a token in the store and print it (shown once)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pchat;server;token;create' {
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'The store')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'admin or user')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'The user the token acts for (required for user tokens)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'What the token is for')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;server;token;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a token in the store and print it (shown once)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pchat;server;token;help;create' {
            break
        }
        'pchat;server;token;help;help' {
            break
        }
        'pchat;server;migrate' {
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'The store')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;server;help' {
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Tokens minted straight into a store (to bootstrap a server)')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Run the store''s migrations and exit')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pchat;server;help;token' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a token in the store and print it (shown once)')
            break
        }
        'pchat;server;help;token;create' {
            break
        }
        'pchat;server;help;migrate' {
            break
        }
        'pchat;server;help;help' {
            break
        }
        'pchat;topology' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check a topology file offline against every rule (docs/topology.md), all problems at once, each with its rule id, FILE:LINE:COLUMN and a fix; exits 2 on errors')
            [CompletionResult]::new('publish', 'publish', [CompletionResultType]::ParameterValue, 'Publish a topology file as the next version (checked here, then by the server)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The topology in force')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Every published version, newest first: who published it and when')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'What publishing a file would change: the topology in force against the file')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'The topology in force as a file to edit and publish (its version as `metadata.version`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pchat;topology;validate' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The topology file (one `kind: Topology` document)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The topology file (one `kind: Topology` document)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Warnings fail too (exit 2)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;topology;publish' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The topology file (one `kind: Topology` document)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The topology file (one `kind: Topology` document)')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'The version this file was prepared on; refused if another was published since (default: the file''s `metadata.version`, as `topology export` writes it)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Warnings refuse the publish too')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;topology;show' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;topology;history' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many versions')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;topology;diff' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The topology file (one `kind: Topology` document)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The topology file (one `kind: Topology` document)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;topology;export' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write it here instead of standard output')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;topology;help' {
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check a topology file offline against every rule (docs/topology.md), all problems at once, each with its rule id, FILE:LINE:COLUMN and a fix; exits 2 on errors')
            [CompletionResult]::new('publish', 'publish', [CompletionResultType]::ParameterValue, 'Publish a topology file as the next version (checked here, then by the server)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The topology in force')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Every published version, newest first: who published it and when')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'What publishing a file would change: the topology in force against the file')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'The topology in force as a file to edit and publish (its version as `metadata.version`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pchat;topology;help;validate' {
            break
        }
        'pchat;topology;help;publish' {
            break
        }
        'pchat;topology;help;show' {
            break
        }
        'pchat;topology;help;history' {
            break
        }
        'pchat;topology;help;diff' {
            break
        }
        'pchat;topology;help;export' {
            break
        }
        'pchat;topology;help;help' {
            break
        }
        'pchat;pools' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every pool: its site, state, nodes up, and the active servers')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One pool: its nodes, each up or down, active or standby, and what does not match the topology')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Every node (of one pool, or of all): up or down, role, version, address, last heartbeat, uptime, connections, requests per second, live subscribers; exits 4 when a node is down or anything does not match the topology')
            [CompletionResult]::new('failover', 'failover', [CompletionResultType]::ParameterValue, 'Move a pool to its backup store: checked first (reachable, schema current, no further behind than --max-lag), then every node moves; waits until they all did')
            [CompletionResult]::new('failback', 'failback', [CompletionResultType]::ParameterValue, 'Move a failed-over pool back to its primary store, checked alike')
            [CompletionResult]::new('set-active', 'set-active', [CompletionResultType]::ParameterValue, 'Make exactly these servers of a pool active, the others standby (a new topology version)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pchat;pools;list' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;pools;show' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;pools;status' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;pools;failover' {
            [CompletionResult]::new('--max-lag', '--max-lag', [CompletionResultType]::ParameterName, 'How far behind the store switched to may be, as its newest heartbeat of the pool tells (30s, 5m)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to wait for every node of the pool to move')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;pools;failback' {
            [CompletionResult]::new('--max-lag', '--max-lag', [CompletionResultType]::ParameterName, 'How far behind the store switched to may be, as its newest heartbeat of the pool tells (30s, 5m)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to wait for every node of the pool to move')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;pools;set-active' {
            [CompletionResult]::new('--servers', '--servers', [CompletionResultType]::ParameterName, 'The servers to be active (comma-separated or repeated)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;pools;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every pool: its site, state, nodes up, and the active servers')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One pool: its nodes, each up or down, active or standby, and what does not match the topology')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Every node (of one pool, or of all): up or down, role, version, address, last heartbeat, uptime, connections, requests per second, live subscribers; exits 4 when a node is down or anything does not match the topology')
            [CompletionResult]::new('failover', 'failover', [CompletionResultType]::ParameterValue, 'Move a pool to its backup store: checked first (reachable, schema current, no further behind than --max-lag), then every node moves; waits until they all did')
            [CompletionResult]::new('failback', 'failback', [CompletionResultType]::ParameterValue, 'Move a failed-over pool back to its primary store, checked alike')
            [CompletionResult]::new('set-active', 'set-active', [CompletionResultType]::ParameterValue, 'Make exactly these servers of a pool active, the others standby (a new topology version)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pchat;pools;help;list' {
            break
        }
        'pchat;pools;help;show' {
            break
        }
        'pchat;pools;help;status' {
            break
        }
        'pchat;pools;help;failover' {
            break
        }
        'pchat;pools;help;failback' {
            break
        }
        'pchat;pools;help;set-active' {
            break
        }
        'pchat;pools;help;help' {
            break
        }
        'pchat;directory' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'Users (SIP URI, display name, OU, site)')
            [CompletionResult]::new('groups', 'groups', [CompletionResultType]::ParameterValue, 'Groups of users, groups and OUs')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Create or update users and groups from CSV files, in one transaction')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write users and groups as plan documents (kinds User and Group)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pchat;directory;users' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one user')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a user')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a user')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a user')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pchat;directory;users;list' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Only SIP URIs matching this glob')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;directory;users;show' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;directory;users;create' {
            [CompletionResult]::new('--display-name', '--display-name', [CompletionResultType]::ParameterName, 'The name people see, at most 256 characters')
            [CompletionResult]::new('--ou', '--ou', [CompletionResultType]::ParameterName, 'Organisational unit path, e.g. contoso/eng')
            [CompletionResult]::new('--site', '--site', [CompletionResultType]::ParameterName, 'The user''s site, a name like redmond')
            [CompletionResult]::new('--enabled', '--enabled', [CompletionResultType]::ParameterName, 'Enable or disable the user')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;directory;users;set' {
            [CompletionResult]::new('--display-name', '--display-name', [CompletionResultType]::ParameterName, 'The name people see, at most 256 characters')
            [CompletionResult]::new('--ou', '--ou', [CompletionResultType]::ParameterName, 'Organisational unit path, e.g. contoso/eng')
            [CompletionResult]::new('--site', '--site', [CompletionResultType]::ParameterName, 'The user''s site, a name like redmond')
            [CompletionResult]::new('--enabled', '--enabled', [CompletionResultType]::ParameterName, 'Enable or disable the user')
            [CompletionResult]::new('--if-revision', '--if-revision', [CompletionResultType]::ParameterName, 'Refuse unless the user is still at this revision')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;directory;users;delete' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;directory;users;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one user')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a user')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a user')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a user')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pchat;directory;users;help;list' {
            break
        }
        'pchat;directory;users;help;show' {
            break
        }
        'pchat;directory;users;help;create' {
            break
        }
        'pchat;directory;users;help;set' {
            break
        }
        'pchat;directory;users;help;delete' {
            break
        }
        'pchat;directory;users;help;help' {
            break
        }
        'pchat;directory;groups' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List groups')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one group')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a group')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a group; --member replaces the whole member list')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a group')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pchat;directory;groups;list' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;directory;groups;show' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;directory;groups;create' {
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'A member: sip:USER, group:NAME or ou:PATH (repeatable)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'What the group is for, at most 256 characters')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;directory;groups;set' {
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'The new member list (repeatable)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'What the group is for, at most 256 characters')
            [CompletionResult]::new('--if-revision', '--if-revision', [CompletionResultType]::ParameterName, 'Refuse unless the group is still at this revision')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--no-members', '--no-members', [CompletionResultType]::ParameterName, 'Make the member list empty')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;directory;groups;delete' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;directory;groups;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List groups')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one group')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a group')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a group; --member replaces the whole member list')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a group')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pchat;directory;groups;help;list' {
            break
        }
        'pchat;directory;groups;help;show' {
            break
        }
        'pchat;directory;groups;help;create' {
            break
        }
        'pchat;directory;groups;help;set' {
            break
        }
        'pchat;directory;groups;help;delete' {
            break
        }
        'pchat;directory;groups;help;help' {
            break
        }
        'pchat;directory;import' {
            [CompletionResult]::new('--users', '--users', [CompletionResultType]::ParameterName, 'Users CSV: sip,display_name,ou,site[,enabled] with a header row')
            [CompletionResult]::new('--groups', '--groups', [CompletionResultType]::ParameterName, 'Groups CSV: name,members (members separated by '';'') with a header row')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Validate only; change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;directory;export' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write one YAML file per kind (users.yaml, rooms.yaml, ...) into this directory, created when missing, instead of one YAML stream on stdout. Existing files of those names are replaced; kinds with nothing to export write no file')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;directory;help' {
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'Users (SIP URI, display name, OU, site)')
            [CompletionResult]::new('groups', 'groups', [CompletionResultType]::ParameterValue, 'Groups of users, groups and OUs')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Create or update users and groups from CSV files, in one transaction')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write users and groups as plan documents (kinds User and Group)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pchat;directory;help;users' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one user')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a user')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a user')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a user')
            break
        }
        'pchat;directory;help;users;list' {
            break
        }
        'pchat;directory;help;users;show' {
            break
        }
        'pchat;directory;help;users;create' {
            break
        }
        'pchat;directory;help;users;set' {
            break
        }
        'pchat;directory;help;users;delete' {
            break
        }
        'pchat;directory;help;groups' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List groups')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one group')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a group')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a group; --member replaces the whole member list')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a group')
            break
        }
        'pchat;directory;help;groups;list' {
            break
        }
        'pchat;directory;help;groups;show' {
            break
        }
        'pchat;directory;help;groups;create' {
            break
        }
        'pchat;directory;help;groups;set' {
            break
        }
        'pchat;directory;help;groups;delete' {
            break
        }
        'pchat;directory;help;import' {
            break
        }
        'pchat;directory;help;export' {
            break
        }
        'pchat;directory;help;help' {
            break
        }
        'pchat;categories' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List categories')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one category')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a category')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a category; list flags replace their lists. Room members outside a narrowed scope are dropped and listed')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an empty category')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write categories and add-ins as plan documents (kinds Category and Addin)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pchat;categories;list' {
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'Only categories in this pool')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Only names matching this glob')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;categories;show' {
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'The pool, when the name exists in several')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;categories;create' {
            [CompletionResult]::new('--allow', '--allow', [CompletionResultType]::ParameterName, 'Who may be in the category''s rooms: sip:USER, group:NAME or ou:PATH (repeatable)')
            [CompletionResult]::new('--deny', '--deny', [CompletionResultType]::ParameterName, 'Who may not, even when allowed (repeatable)')
            [CompletionResult]::new('--creator', '--creator', [CompletionResultType]::ParameterName, 'Who may create rooms in the category (repeatable)')
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'The pool the category lives in (default: default)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'What the category is for, at most 256 characters')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--file-upload', '--file-upload', [CompletionResultType]::ParameterName, 'Allow file uploads in its rooms')
            [CompletionResult]::new('--no-file-upload', '--no-file-upload', [CompletionResultType]::ParameterName, 'no-file-upload')
            [CompletionResult]::new('--invitations', '--invitations', [CompletionResultType]::ParameterName, 'Allow invitations')
            [CompletionResult]::new('--no-invitations', '--no-invitations', [CompletionResultType]::ParameterName, 'no-invitations')
            [CompletionResult]::new('--no-chat-history', '--no-chat-history', [CompletionResultType]::ParameterName, 'Keep no chat history (compliance still records everything)')
            [CompletionResult]::new('--chat-history', '--chat-history', [CompletionResultType]::ParameterName, 'chat-history')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;categories;set' {
            [CompletionResult]::new('--rename', '--rename', [CompletionResultType]::ParameterName, 'Rename the category')
            [CompletionResult]::new('--allow', '--allow', [CompletionResultType]::ParameterName, 'Who may be in the category''s rooms: sip:USER, group:NAME or ou:PATH (repeatable)')
            [CompletionResult]::new('--deny', '--deny', [CompletionResultType]::ParameterName, 'Who may not, even when allowed (repeatable)')
            [CompletionResult]::new('--creator', '--creator', [CompletionResultType]::ParameterName, 'Who may create rooms in the category (repeatable)')
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'The pool the category lives in (default: default)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'What the category is for, at most 256 characters')
            [CompletionResult]::new('--if-revision', '--if-revision', [CompletionResultType]::ParameterName, 'Refuse unless the category is still at this revision')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--file-upload', '--file-upload', [CompletionResultType]::ParameterName, 'Allow file uploads in its rooms')
            [CompletionResult]::new('--no-file-upload', '--no-file-upload', [CompletionResultType]::ParameterName, 'no-file-upload')
            [CompletionResult]::new('--invitations', '--invitations', [CompletionResultType]::ParameterName, 'Allow invitations')
            [CompletionResult]::new('--no-invitations', '--no-invitations', [CompletionResultType]::ParameterName, 'no-invitations')
            [CompletionResult]::new('--no-chat-history', '--no-chat-history', [CompletionResultType]::ParameterName, 'Keep no chat history (compliance still records everything)')
            [CompletionResult]::new('--chat-history', '--chat-history', [CompletionResultType]::ParameterName, 'chat-history')
            [CompletionResult]::new('--no-deny', '--no-deny', [CompletionResultType]::ParameterName, 'Make the denied list empty')
            [CompletionResult]::new('--no-creators', '--no-creators', [CompletionResultType]::ParameterName, 'Make the creators list empty (only administrators create rooms then)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;categories;delete' {
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'The pool, when the name exists in several')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;categories;export' {
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'Only this pool (categories and add-ins)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Only categories whose names match this glob (add-ins are all exported)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write one YAML file per kind (users.yaml, rooms.yaml, ...) into this directory, created when missing, instead of one YAML stream on stdout. Existing files of those names are replaced; kinds with nothing to export write no file')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;categories;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List categories')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one category')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a category')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a category; list flags replace their lists. Room members outside a narrowed scope are dropped and listed')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an empty category')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write categories and add-ins as plan documents (kinds Category and Addin)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pchat;categories;help;list' {
            break
        }
        'pchat;categories;help;show' {
            break
        }
        'pchat;categories;help;create' {
            break
        }
        'pchat;categories;help;set' {
            break
        }
        'pchat;categories;help;delete' {
            break
        }
        'pchat;categories;help;export' {
            break
        }
        'pchat;categories;help;help' {
            break
        }
        'pchat;rooms' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List rooms')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one room')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a room')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a room; list flags replace their lists')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a room and its history')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable a room: members are disconnected, nothing is lost')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable a disabled room')
            [CompletionResult]::new('members', 'members', [CompletionResultType]::ParameterValue, 'Members, managers and presenters')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write rooms as plan documents (kind Room), for `pchat apply`')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Create or update rooms from a CSV room list, through the same plan as `pchat apply`')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove every message posted on or before a time; the room, its settings and its members stay (administrators; shows what it would remove and asks first)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pchat;rooms;list' {
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Rooms of this category')
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'Rooms in this pool')
            [CompletionResult]::new('--privacy', '--privacy', [CompletionResultType]::ParameterName, 'Rooms with this privacy')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Rooms of this type')
            [CompletionResult]::new('--disabled', '--disabled', [CompletionResultType]::ParameterName, 'Only disabled (true) or enabled (false) rooms')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Rooms that list this principal as a member')
            [CompletionResult]::new('--manager', '--manager', [CompletionResultType]::ParameterName, 'Rooms that list this principal as a manager')
            [CompletionResult]::new('--addin', '--addin', [CompletionResultType]::ParameterName, 'Rooms that use this add-in')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Names matching this glob (* and ?)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;rooms;show' {
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'The pool, when the name exists in several')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;rooms;create' {
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'The category the room belongs to')
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'The pool, when the name exists in several')
            [CompletionResult]::new('--privacy', '--privacy', [CompletionResultType]::ParameterName, 'open, closed or secret (default closed)')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'normal (the default), or auditorium (only presenters post)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'What the room is about, at most 256 characters')
            [CompletionResult]::new('--invitations', '--invitations', [CompletionResultType]::ParameterName, 'Invitations: inherit (from the category) or false')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'A member: sip:USER, group:NAME or ou:PATH (repeatable)')
            [CompletionResult]::new('--manager', '--manager', [CompletionResultType]::ParameterName, 'A manager (repeatable)')
            [CompletionResult]::new('--presenter', '--presenter', [CompletionResultType]::ParameterName, 'A presenter, auditorium rooms only (repeatable)')
            [CompletionResult]::new('--addin', '--addin', [CompletionResultType]::ParameterName, 'The add-in shown beside the room')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;rooms;set' {
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Move the room to another category (members outside its scope are dropped)')
            [CompletionResult]::new('--rename', '--rename', [CompletionResultType]::ParameterName, 'Rename the room')
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'The pool, when the name exists in several')
            [CompletionResult]::new('--privacy', '--privacy', [CompletionResultType]::ParameterName, 'open, closed or secret (default closed)')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'normal (the default), or auditorium (only presenters post)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'What the room is about, at most 256 characters')
            [CompletionResult]::new('--invitations', '--invitations', [CompletionResultType]::ParameterName, 'Invitations: inherit (from the category) or false')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'A member: sip:USER, group:NAME or ou:PATH (repeatable)')
            [CompletionResult]::new('--manager', '--manager', [CompletionResultType]::ParameterName, 'A manager (repeatable)')
            [CompletionResult]::new('--presenter', '--presenter', [CompletionResultType]::ParameterName, 'A presenter, auditorium rooms only (repeatable)')
            [CompletionResult]::new('--addin', '--addin', [CompletionResultType]::ParameterName, 'The add-in shown beside the room')
            [CompletionResult]::new('--if-revision', '--if-revision', [CompletionResultType]::ParameterName, 'Refuse unless the room is still at this revision')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--no-addin', '--no-addin', [CompletionResultType]::ParameterName, 'Remove the add-in')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;rooms;delete' {
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'The pool, when the name exists in several')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--allow-destroy', '--allow-destroy', [CompletionResultType]::ParameterName, 'Delete it even if it holds messages (its history goes with it); --yes also does, with a warning')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;rooms;disable' {
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'The pool, when the name exists in several')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;rooms;enable' {
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'The pool, when the name exists in several')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;rooms;members' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a room''s members, managers and presenters')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add principals in one role')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove principals from one role')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pchat;rooms;members;list' {
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'The pool, when the name exists in several')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;rooms;members;add' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'The role: member, manager or presenter (default member)')
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'The pool, when the name exists in several')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;rooms;members;remove' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'The role: member, manager or presenter (default member)')
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'The pool, when the name exists in several')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;rooms;members;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a room''s members, managers and presenters')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add principals in one role')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove principals from one role')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pchat;rooms;members;help;list' {
            break
        }
        'pchat;rooms;members;help;add' {
            break
        }
        'pchat;rooms;members;help;remove' {
            break
        }
        'pchat;rooms;members;help;help' {
            break
        }
        'pchat;rooms;export' {
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Rooms of this category')
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'Rooms in this pool')
            [CompletionResult]::new('--privacy', '--privacy', [CompletionResultType]::ParameterName, 'Rooms with this privacy')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Rooms of this type')
            [CompletionResult]::new('--disabled', '--disabled', [CompletionResultType]::ParameterName, 'Only disabled (true) or enabled (false) rooms')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Rooms that list this principal as a member')
            [CompletionResult]::new('--manager', '--manager', [CompletionResultType]::ParameterName, 'Rooms that list this principal as a manager')
            [CompletionResult]::new('--addin', '--addin', [CompletionResultType]::ParameterName, 'Rooms that use this add-in')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Names matching this glob (* and ?)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write one YAML file per kind (users.yaml, rooms.yaml, ...) into this directory, created when missing, instead of one YAML stream on stdout. Existing files of those names are replaced; kinds with nothing to export write no file')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--with-history', '--with-history', [CompletionResultType]::ParameterName, 'Export ROOM as an archive with its history into --out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;rooms;import' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The CSV room list')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The CSV room list')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Stop after the server has validated the plan; change nothing')
            [CompletionResult]::new('--allow-destroy', '--allow-destroy', [CompletionResultType]::ParameterName, 'Allow replacing rooms whose category now lives in another pool (their history is lost)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;rooms;clear' {
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'The pool, when the name exists in several')
            [CompletionResult]::new('--before', '--before', [CompletionResultType]::ParameterName, 'Remove what was posted on or before this time: RFC 3339, a date (its midnight UTC) or a duration ago (30d); never in the future')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be removed, remove nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;rooms;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List rooms')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one room')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a room')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a room; list flags replace their lists')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a room and its history')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable a room: members are disconnected, nothing is lost')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable a disabled room')
            [CompletionResult]::new('members', 'members', [CompletionResultType]::ParameterValue, 'Members, managers and presenters')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write rooms as plan documents (kind Room), for `pchat apply`')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Create or update rooms from a CSV room list, through the same plan as `pchat apply`')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove every message posted on or before a time; the room, its settings and its members stay (administrators; shows what it would remove and asks first)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pchat;rooms;help;list' {
            break
        }
        'pchat;rooms;help;show' {
            break
        }
        'pchat;rooms;help;create' {
            break
        }
        'pchat;rooms;help;set' {
            break
        }
        'pchat;rooms;help;delete' {
            break
        }
        'pchat;rooms;help;disable' {
            break
        }
        'pchat;rooms;help;enable' {
            break
        }
        'pchat;rooms;help;members' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a room''s members, managers and presenters')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add principals in one role')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove principals from one role')
            break
        }
        'pchat;rooms;help;members;list' {
            break
        }
        'pchat;rooms;help;members;add' {
            break
        }
        'pchat;rooms;help;members;remove' {
            break
        }
        'pchat;rooms;help;export' {
            break
        }
        'pchat;rooms;help;import' {
            break
        }
        'pchat;rooms;help;clear' {
            break
        }
        'pchat;rooms;help;help' {
            break
        }
        'pchat;messages' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('post', 'post', [CompletionResultType]::ParameterValue, 'Post a message (or with --story, a story) into a room, as the token''s user')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'A room''s history, newest first')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search the messages of the rooms the token''s user may read, newest first')
            [CompletionResult]::new('tail', 'tail', [CompletionResultType]::ParameterValue, 'Follow rooms live: print each message as it is posted, resuming after a dropped connection (and reading what was missed from the history)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove messages of a room, or replace their text (administrators): a selection by sender, dates and keywords; shows what it would change and asks first')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Download a file posted into a room')
            [CompletionResult]::new('rooms', 'rooms', [CompletionResultType]::ParameterValue, 'The rooms the token''s user may chat in, with their role and whether they may post')
            [CompletionResult]::new('join', 'join', [CompletionResultType]::ParameterValue, 'Join a room, and print its last messages (the default chat history)')
            [CompletionResult]::new('leave', 'leave', [CompletionResultType]::ParameterValue, 'Leave a room')
            [CompletionResult]::new('invitations', 'invitations', [CompletionResultType]::ParameterValue, 'Rooms that invite the token''s user (invitations on, listed, not joined)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pchat;messages;post' {
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'The room''s pool, where several pools have a room of that name')
            [CompletionResult]::new('--story', '--story', [CompletionResultType]::ParameterName, 'Post a story with this title; the text is its body')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Post this file with the message (uploaded first; repeat for several)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;messages;history' {
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'The room''s pool, where several pools have a room of that name')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many messages at most (the newest of them)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only messages posted at or after this time: RFC 3339 (2026-12-01T09:00:00Z), a date (2026-12-01), or a duration ago (90m, 2h, 7d)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Only messages posted at or before this time (as --since)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;messages;search' {
            [CompletionResult]::new('--room', '--room', [CompletionResultType]::ParameterName, 'Only this room')
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'The room''s pool, where several pools have a room of that name')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Only messages from this user')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only messages posted at or after this time (as history --since)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Only messages posted at or before this time')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many messages at most')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;messages;tail' {
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'The rooms'' pool, where several pools have rooms of those names')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Stop after this many messages')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;messages;remove' {
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'The room''s pool, where several pools have a room of that name')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Only messages from this user')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only messages posted at or after this time (as history --since)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Only messages posted at or before this time')
            [CompletionResult]::new('--keywords', '--keywords', [CompletionResultType]::ParameterName, 'Space-separated keywords the title or text must hold')
            [CompletionResult]::new('--match', '--match', [CompletionResultType]::ParameterName, 'all: every keyword; any: one of them; exact: the keywords as one phrase')
            [CompletionResult]::new('--replacement', '--replacement', [CompletionResultType]::ParameterName, 'The text replaced messages show (default: "This message was removed by an administrator.")')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--case-sensitive', '--case-sensitive', [CompletionResultType]::ParameterName, 'Match keywords with their case (by default case is ignored)')
            [CompletionResult]::new('--delete', '--delete', [CompletionResultType]::ParameterName, 'Delete the messages outright instead of replacing their text')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;messages;download' {
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'The room''s pool, where several pools have a room of that name')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write it here instead of stdout')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;messages;rooms' {
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'Only the rooms of this pool')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--joined', '--joined', [CompletionResultType]::ParameterName, 'Only the rooms joined')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;messages;join' {
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'The room''s pool, where several pools have a room of that name')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;messages;leave' {
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'The room''s pool, where several pools have a room of that name')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;messages;invitations' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;messages;help' {
            [CompletionResult]::new('post', 'post', [CompletionResultType]::ParameterValue, 'Post a message (or with --story, a story) into a room, as the token''s user')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'A room''s history, newest first')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search the messages of the rooms the token''s user may read, newest first')
            [CompletionResult]::new('tail', 'tail', [CompletionResultType]::ParameterValue, 'Follow rooms live: print each message as it is posted, resuming after a dropped connection (and reading what was missed from the history)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove messages of a room, or replace their text (administrators): a selection by sender, dates and keywords; shows what it would change and asks first')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Download a file posted into a room')
            [CompletionResult]::new('rooms', 'rooms', [CompletionResultType]::ParameterValue, 'The rooms the token''s user may chat in, with their role and whether they may post')
            [CompletionResult]::new('join', 'join', [CompletionResultType]::ParameterValue, 'Join a room, and print its last messages (the default chat history)')
            [CompletionResult]::new('leave', 'leave', [CompletionResultType]::ParameterValue, 'Leave a room')
            [CompletionResult]::new('invitations', 'invitations', [CompletionResultType]::ParameterValue, 'Rooms that invite the token''s user (invitations on, listed, not joined)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pchat;messages;help;post' {
            break
        }
        'pchat;messages;help;history' {
            break
        }
        'pchat;messages;help;search' {
            break
        }
        'pchat;messages;help;tail' {
            break
        }
        'pchat;messages;help;remove' {
            break
        }
        'pchat;messages;help;download' {
            break
        }
        'pchat;messages;help;rooms' {
            break
        }
        'pchat;messages;help;join' {
            break
        }
        'pchat;messages;help;leave' {
            break
        }
        'pchat;messages;help;invitations' {
            break
        }
        'pchat;messages;help;help' {
            break
        }
        'pchat;addins' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List add-ins')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one add-in')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Register an add-in')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change an add-in')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an add-in no room uses')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pchat;addins;list' {
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'Only add-ins in this pool')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;addins;show' {
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'The pool, when the name exists in several')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;addins;create' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'http:// or https:// URL')
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'The pool the add-in lives in (default: default)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;addins;set' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The new http:// or https:// URL')
            [CompletionResult]::new('--rename', '--rename', [CompletionResultType]::ParameterName, 'Rename the add-in')
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'The pool, when the name exists in several')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;addins;delete' {
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'The pool, when the name exists in several')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;addins;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List add-ins')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one add-in')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Register an add-in')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change an add-in')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an add-in no room uses')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pchat;addins;help;list' {
            break
        }
        'pchat;addins;help;show' {
            break
        }
        'pchat;addins;help;create' {
            break
        }
        'pchat;addins;help;set' {
            break
        }
        'pchat;addins;help;delete' {
            break
        }
        'pchat;addins;help;help' {
            break
        }
        'pchat;policies' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List policies')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one policy')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a site or tag policy')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a policy')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a policy (the global policy is reset instead)')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Grant a tag policy to users')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Take users'' tag policy away (their site or the global policy applies again)')
            [CompletionResult]::new('effective', 'effective', [CompletionResultType]::ParameterValue, 'The policy that applies to a user, and why')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write policies and tag policy grants as plan documents (kinds Policy and PolicyGrant)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pchat;policies;list' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;policies;show' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;policies;create' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'What the policy is for, at most 256 characters')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--enabled', '--enabled', [CompletionResultType]::ParameterName, 'Allow persistent chat')
            [CompletionResult]::new('--disabled', '--disabled', [CompletionResultType]::ParameterName, 'Refuse persistent chat')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;policies;set' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'What the policy is for, at most 256 characters')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--enabled', '--enabled', [CompletionResultType]::ParameterName, 'Allow persistent chat')
            [CompletionResult]::new('--disabled', '--disabled', [CompletionResultType]::ParameterName, 'Refuse persistent chat')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;policies;delete' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;policies;grant' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;policies;revoke' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;policies;effective' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;policies;export' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write one YAML file per kind (users.yaml, rooms.yaml, ...) into this directory, created when missing, instead of one YAML stream on stdout. Existing files of those names are replaced; kinds with nothing to export write no file')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;policies;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List policies')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one policy')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a site or tag policy')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a policy')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a policy (the global policy is reset instead)')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Grant a tag policy to users')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Take users'' tag policy away (their site or the global policy applies again)')
            [CompletionResult]::new('effective', 'effective', [CompletionResultType]::ParameterValue, 'The policy that applies to a user, and why')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write policies and tag policy grants as plan documents (kinds Policy and PolicyGrant)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pchat;policies;help;list' {
            break
        }
        'pchat;policies;help;show' {
            break
        }
        'pchat;policies;help;create' {
            break
        }
        'pchat;policies;help;set' {
            break
        }
        'pchat;policies;help;delete' {
            break
        }
        'pchat;policies;help;grant' {
            break
        }
        'pchat;policies;help;revoke' {
            break
        }
        'pchat;policies;help;effective' {
            break
        }
        'pchat;policies;help;export' {
            break
        }
        'pchat;policies;help;help' {
            break
        }
        'pchat;config' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The effective settings at a scope, and where each comes from')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set values at a scope')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Remove a scope''s values (global: back to the defaults)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the scopes that set anything as plan documents (kind ChatConfig)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pchat;config;show' {
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'global, site:NAME or pool:NAME (a pool falls back to its site, a site to global)')
            [CompletionResult]::new('--site', '--site', [CompletionResultType]::ParameterName, 'With a pool scope: the site the pool stands in, whose values come next')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;config;set' {
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'global, site:NAME or pool:NAME')
            [CompletionResult]::new('--default-chat-history', '--default-chat-history', [CompletionResultType]::ParameterName, 'Messages sent on first join (1-500)')
            [CompletionResult]::new('--max-file-size-kb', '--max-file-size-kb', [CompletionResultType]::ParameterName, 'Largest file in KB (1-2097152)')
            [CompletionResult]::new('--participant-update-limit', '--participant-update-limit', [CompletionResultType]::ParameterName, 'Above this many participants roster updates stop (1-16000)')
            [CompletionResult]::new('--room-management-url', '--room-management-url', [CompletionResultType]::ParameterName, 'Custom room management URL ("" unsets it)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;config;reset' {
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'global, site:NAME or pool:NAME')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;config;export' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write one YAML file per kind (users.yaml, rooms.yaml, ...) into this directory, created when missing, instead of one YAML stream on stdout. Existing files of those names are replaced; kinds with nothing to export write no file')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;config;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The effective settings at a scope, and where each comes from')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set values at a scope')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Remove a scope''s values (global: back to the defaults)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the scopes that set anything as plan documents (kind ChatConfig)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pchat;config;help;show' {
            break
        }
        'pchat;config;help;set' {
            break
        }
        'pchat;config;help;reset' {
            break
        }
        'pchat;config;help;export' {
            break
        }
        'pchat;config;help;help' {
            break
        }
        'pchat;compliance' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'What is set globally and per pool, and what applies to each pool')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set compliance values globally or for one pool (others are kept)')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Remove the values set globally or for one pool (it inherits again)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Each pool''s exporter: events waiting, last run and error, lease holder')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export now the waiting events (of a pool, a room, a time range); each event is exported once, however often this runs')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'The recorded events, oldest first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pchat;compliance;show' {
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'Only this pool''s effective settings')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;compliance;set' {
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'The pool to configure (default: global)')
            [CompletionResult]::new('--enabled', '--enabled', [CompletionResultType]::ParameterName, 'Record every event (true) or none (false)')
            [CompletionResult]::new('--adapter', '--adapter', [CompletionResultType]::ParameterName, 'The adapter that writes the events out (xml, the one there is)')
            [CompletionResult]::new('--run-interval', '--run-interval', [CompletionResultType]::ParameterName, 'How often the adapter runs: 1m to 30days (default 15m)')
            [CompletionResult]::new('--one-room-per-file', '--one-room-per-file', [CompletionResultType]::ParameterName, 'One output file per room')
            [CompletionResult]::new('--room-details', '--room-details', [CompletionResultType]::ParameterName, 'Add each room''s category, privacy, type and description')
            [CompletionResult]::new('--user-details', '--user-details', [CompletionResultType]::ParameterName, 'Add each sender''s email, OU and site')
            [CompletionResult]::new('--output-dir', '--output-dir', [CompletionResultType]::ParameterName, 'Where the files go: an absolute directory on the nodes, the same for a pool''s nodes ("" unsets it)')
            [CompletionResult]::new('--retention', '--retention', [CompletionResultType]::ParameterName, 'How long exported events stay in the compliance store (0s: purged at once; default 7days)')
            [CompletionResult]::new('--if-match', '--if-match', [CompletionResultType]::ParameterName, 'Refuse unless the settings are still at this revision')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;compliance;reset' {
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'The pool whose values go (default: global)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;compliance;status' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;compliance;export' {
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'Only this pool''s events (default: every pool''s)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Events recorded at or after this time (RFC 3339)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Events recorded before this time (RFC 3339)')
            [CompletionResult]::new('--room', '--room', [CompletionResultType]::ParameterName, 'Only this room''s events')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;compliance;events' {
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'Only this pool''s events')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'waiting or exported')
            [CompletionResult]::new('--room', '--room', [CompletionResultType]::ParameterName, 'Only this room''s events (its name)')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Only events with ids above this one (`pchat compliance status` shows the last)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'The first N only (at most 10,000); by default every page')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;compliance;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'What is set globally and per pool, and what applies to each pool')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set compliance values globally or for one pool (others are kept)')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Remove the values set globally or for one pool (it inherits again)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Each pool''s exporter: events waiting, last run and error, lease holder')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export now the waiting events (of a pool, a room, a time range); each event is exported once, however often this runs')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'The recorded events, oldest first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pchat;compliance;help;show' {
            break
        }
        'pchat;compliance;help;set' {
            break
        }
        'pchat;compliance;help;reset' {
            break
        }
        'pchat;compliance;help;status' {
            break
        }
        'pchat;compliance;help;export' {
            break
        }
        'pchat;compliance;help;events' {
            break
        }
        'pchat;compliance;help;help' {
            break
        }
        'pchat;migration' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export a scope with its history into an archive (docs/archive.md), read from one snapshot of the server while it keeps serving')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import an archive: checked whole first, then applied by a job on the server')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check an archive offline (docs/archive.md): manifest, every checksum, the references between members and the counts; prints what it holds, and every problem with its member and line (exit 2)')
            [CompletionResult]::new('from-slack', 'from-slack', [CompletionResultType]::ParameterValue, 'Turn a Slack workspace export (the zip) into an archive: channels as rooms (private ones closed), users, memberships, messages with thread replies in order and Slack markup as plain text with links; counts what it leaves out (direct messages, reactions, files, channel events)')
            [CompletionResult]::new('from-mattermost', 'from-mattermost', [CompletionResultType]::ParameterValue, 'Turn a Mattermost bulk export (JSON Lines, or the zip of `mmctl export`) into an archive: teams as categories, channels as rooms, users and their memberships, posts with their replies; counts what it leaves out')
            [CompletionResult]::new('from-lync-compliance', 'from-lync-compliance', [CompletionResultType]::ParameterValue, 'Turn the XML Conversations files of the old system''s compliance adapter into an archive (rooms, senders, messages with their times); counts what it leaves out')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pchat;migration;export' {
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'Every category and room of this pool')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'This category and its rooms (NAME or POOL/NAME)')
            [CompletionResult]::new('--room', '--room', [CompletionResultType]::ParameterName, 'This room (NAME or POOL/NAME)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Messages posted at or after this time only (RFC 3339, or a date: 2026-01-31)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'The archive to write: a .pchat file, or a directory (new or empty)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Everything: every pool, category and room, policies and chat configuration')
            [CompletionResult]::new('--definitions-only', '--definitions-only', [CompletionResultType]::ParameterName, 'Definitions only: no messages and no files')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;migration;import' {
            [CompletionResult]::new('--on-conflict', '--on-conflict', [CompletionResultType]::ParameterName, 'What to do with a category or room the server has already: skip it (its messages too), rename the imported one (NAME-imported), or merge (its messages after the room''s own)')
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'Put every category, room and add-in into this pool')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Put every room into this existing category (the archive''s categories are not created)')
            [CompletionResult]::new('--room', '--room', [CompletionResultType]::ParameterName, 'Only this room (NAME or POOL/NAME; repeatable) and what it needs: its category, add-in, entries, and the groups and users they name (a room restored from a full archive)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the archive and the server''s validation, print what would be done, change nothing')
            [CompletionResult]::new('--allow-same-store', '--allow-same-store', [CompletionResultType]::ParameterName, 'Import an archive exported from this very server (with --on-conflict rename)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Follow the job until it ends (the default on a terminal)')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Print the job and return at once')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;migration;verify' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;migration;from-slack' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'The archive to write: a directory, or a .pchat file')
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'The pool the rooms go to')
            [CompletionResult]::new('--site', '--site', [CompletionResultType]::ParameterName, 'The site of users the source gives none (a site of the topology, where one is published)')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'The category the rooms go to')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;migration;from-mattermost' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'The archive to write: a directory, or a .pchat file')
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'The pool the rooms go to')
            [CompletionResult]::new('--site', '--site', [CompletionResultType]::ParameterName, 'The site of users the source gives none (a site of the topology, where one is published)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;migration;from-lync-compliance' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'The archive to write: a directory, or a .pchat file')
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'The pool the rooms go to')
            [CompletionResult]::new('--site', '--site', [CompletionResultType]::ParameterName, 'The site of users the source gives none (a site of the topology, where one is published)')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'The category of rooms whose channel names none')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;migration;help' {
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export a scope with its history into an archive (docs/archive.md), read from one snapshot of the server while it keeps serving')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import an archive: checked whole first, then applied by a job on the server')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check an archive offline (docs/archive.md): manifest, every checksum, the references between members and the counts; prints what it holds, and every problem with its member and line (exit 2)')
            [CompletionResult]::new('from-slack', 'from-slack', [CompletionResultType]::ParameterValue, 'Turn a Slack workspace export (the zip) into an archive: channels as rooms (private ones closed), users, memberships, messages with thread replies in order and Slack markup as plain text with links; counts what it leaves out (direct messages, reactions, files, channel events)')
            [CompletionResult]::new('from-mattermost', 'from-mattermost', [CompletionResultType]::ParameterValue, 'Turn a Mattermost bulk export (JSON Lines, or the zip of `mmctl export`) into an archive: teams as categories, channels as rooms, users and their memberships, posts with their replies; counts what it leaves out')
            [CompletionResult]::new('from-lync-compliance', 'from-lync-compliance', [CompletionResultType]::ParameterValue, 'Turn the XML Conversations files of the old system''s compliance adapter into an archive (rooms, senders, messages with their times); counts what it leaves out')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pchat;migration;help;export' {
            break
        }
        'pchat;migration;help;import' {
            break
        }
        'pchat;migration;help;verify' {
            break
        }
        'pchat;migration;help;from-slack' {
            break
        }
        'pchat;migration;help;from-mattermost' {
            break
        }
        'pchat;migration;help;from-lync-compliance' {
            break
        }
        'pchat;migration;help;help' {
            break
        }
        'pchat;jobs' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The newest jobs first: kind, state, percent, rate, who started them')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One job: counts per type, percent, rate, time left, and its error with where it is')
            [CompletionResult]::new('follow', 'follow', [CompletionResultType]::ParameterValue, 'Follow a job with a progress bar on stderr until it ends (exit 1 unless it succeeds)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Ask a running job to stop; an import stopped this way can be run again to finish')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pchat;jobs;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;jobs;show' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;jobs;follow' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;jobs;cancel' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;jobs;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The newest jobs first: kind, state, percent, rate, who started them')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One job: counts per type, percent, rate, time left, and its error with where it is')
            [CompletionResult]::new('follow', 'follow', [CompletionResultType]::ParameterValue, 'Follow a job with a progress bar on stderr until it ends (exit 1 unless it succeeds)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Ask a running job to stop; an import stopped this way can be run again to finish')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pchat;jobs;help;list' {
            break
        }
        'pchat;jobs;help;show' {
            break
        }
        'pchat;jobs;help;follow' {
            break
        }
        'pchat;jobs;help;cancel' {
            break
        }
        'pchat;jobs;help;help' {
            break
        }
        'pchat;checklist' {
            [CompletionResult]::new('--phase', '--phase', [CompletionResultType]::ParameterName, 'Only the checks of this phase (repeatable)')
            [CompletionResult]::new('--check', '--check', [CompletionResultType]::ParameterName, 'Only this check, by its id, e.g. configuration.category-scope (repeatable)')
            [CompletionResult]::new('--unused-after', '--unused-after', [CompletionResultType]::ParameterName, 'Administrator tokens unused for longer than this warn')
            [CompletionResult]::new('--min-free-mb', '--min-free-mb', [CompletionResultType]::ParameterName, 'Less free disk than this (in MB) under the store or the file store fails')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Run the checks again every INTERVAL (e.g. 5m) and print only what changed, until interrupted; each run also updates the node''s `pchat_checklist_result` metrics (and --metrics-file)')
            [CompletionResult]::new('--leftover-age', '--leftover-age', [CompletionResultType]::ParameterName, 'The synthetic transaction removes what an interrupted earlier run left behind once it is this old (younger objects may be another run''s, still going)')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Write each run''s results to FILE in the Prometheus text format (for a textfile collector), replacing it whole')
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'Ask every running node of this pool for its own checks (as `pchat pools status` lists them), not only the server this command talks to')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Warnings fail the run too (exit 4)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;tokens' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a token; its secret is printed once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List tokens (never their secrets)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a token')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pchat;tokens;create' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'admin, or user (acts for --owner)')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'The user the token acts for (required for user tokens)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'What the token is for, at most 256 characters')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;tokens;list' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;tokens;revoke' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;tokens;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a token; its secret is printed once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List tokens (never their secrets)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a token')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pchat;tokens;help;create' {
            break
        }
        'pchat;tokens;help;list' {
            break
        }
        'pchat;tokens;help;revoke' {
            break
        }
        'pchat;tokens;help;help' {
            break
        }
        'pchat;plan' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A plan file, or a directory whose *.yaml and *.yml files are read in name order (repeatable)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A plan file, or a directory whose *.yaml and *.yml files are read in name order (repeatable)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Save the plan, bound to the revisions it read, for `pchat apply FILE`')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Also delete managed objects the files no longer describe')
            [CompletionResult]::new('--detailed-exitcode', '--detailed-exitcode', [CompletionResultType]::ParameterName, 'Exit 0 when there is nothing to change, 3 when there is, 1 on errors, 2 on invalid input')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;apply' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A plan file or directory (repeatable)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A plan file or directory (repeatable)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Stop after the server has validated the plan; change nothing')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Also delete managed objects the files no longer describe')
            [CompletionResult]::new('--allow-destroy', '--allow-destroy', [CompletionResultType]::ParameterName, 'Allow deleting rooms (and their history)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;api' {
            [CompletionResult]::new('--if-match', '--if-match', [CompletionResultType]::ParameterName, 'Send `If-Match: "REVISION"`: the server refuses the write if the object''s revision is another (a lost update avoided)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;completions' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write into this directory instead of stdout')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;man' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Directory to write pchat.1 and one page per subcommand into')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Server to talk to: http(s)://HOST:PORT, or embedded:PATH to run one in-process on a SQLite file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (not needed with embedded:)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this certificate authority (PEM) for https:// servers, beside the system''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table and wide for people, json and yaml for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the bodies too); never the token')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pchat;help' {
            [CompletionResult]::new('server', 'server', [CompletionResultType]::ParameterValue, 'Run a pchat server node, or work on a server''s store directly')
            [CompletionResult]::new('topology', 'topology', [CompletionResultType]::ParameterValue, 'The deployment''s topology: sites, pools, servers and stores')
            [CompletionResult]::new('pools', 'pools', [CompletionResultType]::ParameterValue, 'Pools and their nodes: health, load, roles, and which servers are active')
            [CompletionResult]::new('directory', 'directory', [CompletionResultType]::ParameterValue, 'Users and groups of the directory')
            [CompletionResult]::new('categories', 'categories', [CompletionResultType]::ParameterValue, 'Categories: who may join and create rooms, and what rooms may do')
            [CompletionResult]::new('rooms', 'rooms', [CompletionResultType]::ParameterValue, 'Chat rooms and their members, managers and presenters')
            [CompletionResult]::new('messages', 'messages', [CompletionResultType]::ParameterValue, 'Post, read and follow the messages of rooms (as the token''s user)')
            [CompletionResult]::new('addins', 'addins', [CompletionResultType]::ParameterValue, 'Add-ins shown beside rooms')
            [CompletionResult]::new('policies', 'policies', [CompletionResultType]::ParameterValue, 'Who may use persistent chat (global, site and tag policies)')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Chat configuration at global, site or pool scope')
            [CompletionResult]::new('compliance', 'compliance', [CompletionResultType]::ParameterValue, 'Compliance: recording every event, and the XML adapter that exports them')
            [CompletionResult]::new('migration', 'migration', [CompletionResultType]::ParameterValue, 'Archives of rooms with their history: export, import, verify offline, convert from other systems')
            [CompletionResult]::new('jobs', 'jobs', [CompletionResultType]::ParameterValue, 'Exports and imports running on the server: progress, errors, cancel')
            [CompletionResult]::new('checklist', 'checklist', [CompletionResultType]::ParameterValue, 'The deployment checklist: every check with what it found and how to fix it (exit 4 when one fails)')
            [CompletionResult]::new('tokens', 'tokens', [CompletionResultType]::ParameterValue, 'API tokens')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Show what `apply` would change to make the server match YAML plan files')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the server match YAML plan files, or apply a saved plan')
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'Call any endpoint of the management API (escape hatch for scripts)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write man pages')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pchat;help;server' {
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Tokens minted straight into a store (to bootstrap a server)')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Run the store''s migrations and exit')
            break
        }
        'pchat;help;server;token' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a token in the store and print it (shown once)')
            break
        }
        'pchat;help;server;token;create' {
            break
        }
        'pchat;help;server;migrate' {
            break
        }
        'pchat;help;topology' {
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check a topology file offline against every rule (docs/topology.md), all problems at once, each with its rule id, FILE:LINE:COLUMN and a fix; exits 2 on errors')
            [CompletionResult]::new('publish', 'publish', [CompletionResultType]::ParameterValue, 'Publish a topology file as the next version (checked here, then by the server)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The topology in force')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Every published version, newest first: who published it and when')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'What publishing a file would change: the topology in force against the file')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'The topology in force as a file to edit and publish (its version as `metadata.version`)')
            break
        }
        'pchat;help;topology;validate' {
            break
        }
        'pchat;help;topology;publish' {
            break
        }
        'pchat;help;topology;show' {
            break
        }
        'pchat;help;topology;history' {
            break
        }
        'pchat;help;topology;diff' {
            break
        }
        'pchat;help;topology;export' {
            break
        }
        'pchat;help;pools' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every pool: its site, state, nodes up, and the active servers')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One pool: its nodes, each up or down, active or standby, and what does not match the topology')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Every node (of one pool, or of all): up or down, role, version, address, last heartbeat, uptime, connections, requests per second, live subscribers; exits 4 when a node is down or anything does not match the topology')
            [CompletionResult]::new('failover', 'failover', [CompletionResultType]::ParameterValue, 'Move a pool to its backup store: checked first (reachable, schema current, no further behind than --max-lag), then every node moves; waits until they all did')
            [CompletionResult]::new('failback', 'failback', [CompletionResultType]::ParameterValue, 'Move a failed-over pool back to its primary store, checked alike')
            [CompletionResult]::new('set-active', 'set-active', [CompletionResultType]::ParameterValue, 'Make exactly these servers of a pool active, the others standby (a new topology version)')
            break
        }
        'pchat;help;pools;list' {
            break
        }
        'pchat;help;pools;show' {
            break
        }
        'pchat;help;pools;status' {
            break
        }
        'pchat;help;pools;failover' {
            break
        }
        'pchat;help;pools;failback' {
            break
        }
        'pchat;help;pools;set-active' {
            break
        }
        'pchat;help;directory' {
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'Users (SIP URI, display name, OU, site)')
            [CompletionResult]::new('groups', 'groups', [CompletionResultType]::ParameterValue, 'Groups of users, groups and OUs')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Create or update users and groups from CSV files, in one transaction')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write users and groups as plan documents (kinds User and Group)')
            break
        }
        'pchat;help;directory;users' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one user')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a user')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a user')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a user')
            break
        }
        'pchat;help;directory;users;list' {
            break
        }
        'pchat;help;directory;users;show' {
            break
        }
        'pchat;help;directory;users;create' {
            break
        }
        'pchat;help;directory;users;set' {
            break
        }
        'pchat;help;directory;users;delete' {
            break
        }
        'pchat;help;directory;groups' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List groups')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one group')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a group')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a group; --member replaces the whole member list')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a group')
            break
        }
        'pchat;help;directory;groups;list' {
            break
        }
        'pchat;help;directory;groups;show' {
            break
        }
        'pchat;help;directory;groups;create' {
            break
        }
        'pchat;help;directory;groups;set' {
            break
        }
        'pchat;help;directory;groups;delete' {
            break
        }
        'pchat;help;directory;import' {
            break
        }
        'pchat;help;directory;export' {
            break
        }
        'pchat;help;categories' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List categories')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one category')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a category')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a category; list flags replace their lists. Room members outside a narrowed scope are dropped and listed')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an empty category')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write categories and add-ins as plan documents (kinds Category and Addin)')
            break
        }
        'pchat;help;categories;list' {
            break
        }
        'pchat;help;categories;show' {
            break
        }
        'pchat;help;categories;create' {
            break
        }
        'pchat;help;categories;set' {
            break
        }
        'pchat;help;categories;delete' {
            break
        }
        'pchat;help;categories;export' {
            break
        }
        'pchat;help;rooms' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List rooms')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one room')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a room')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a room; list flags replace their lists')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a room and its history')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable a room: members are disconnected, nothing is lost')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable a disabled room')
            [CompletionResult]::new('members', 'members', [CompletionResultType]::ParameterValue, 'Members, managers and presenters')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write rooms as plan documents (kind Room), for `pchat apply`')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Create or update rooms from a CSV room list, through the same plan as `pchat apply`')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove every message posted on or before a time; the room, its settings and its members stay (administrators; shows what it would remove and asks first)')
            break
        }
        'pchat;help;rooms;list' {
            break
        }
        'pchat;help;rooms;show' {
            break
        }
        'pchat;help;rooms;create' {
            break
        }
        'pchat;help;rooms;set' {
            break
        }
        'pchat;help;rooms;delete' {
            break
        }
        'pchat;help;rooms;disable' {
            break
        }
        'pchat;help;rooms;enable' {
            break
        }
        'pchat;help;rooms;members' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a room''s members, managers and presenters')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add principals in one role')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove principals from one role')
            break
        }
        'pchat;help;rooms;members;list' {
            break
        }
        'pchat;help;rooms;members;add' {
            break
        }
        'pchat;help;rooms;members;remove' {
            break
        }
        'pchat;help;rooms;export' {
            break
        }
        'pchat;help;rooms;import' {
            break
        }
        'pchat;help;rooms;clear' {
            break
        }
        'pchat;help;messages' {
            [CompletionResult]::new('post', 'post', [CompletionResultType]::ParameterValue, 'Post a message (or with --story, a story) into a room, as the token''s user')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'A room''s history, newest first')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search the messages of the rooms the token''s user may read, newest first')
            [CompletionResult]::new('tail', 'tail', [CompletionResultType]::ParameterValue, 'Follow rooms live: print each message as it is posted, resuming after a dropped connection (and reading what was missed from the history)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove messages of a room, or replace their text (administrators): a selection by sender, dates and keywords; shows what it would change and asks first')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Download a file posted into a room')
            [CompletionResult]::new('rooms', 'rooms', [CompletionResultType]::ParameterValue, 'The rooms the token''s user may chat in, with their role and whether they may post')
            [CompletionResult]::new('join', 'join', [CompletionResultType]::ParameterValue, 'Join a room, and print its last messages (the default chat history)')
            [CompletionResult]::new('leave', 'leave', [CompletionResultType]::ParameterValue, 'Leave a room')
            [CompletionResult]::new('invitations', 'invitations', [CompletionResultType]::ParameterValue, 'Rooms that invite the token''s user (invitations on, listed, not joined)')
            break
        }
        'pchat;help;messages;post' {
            break
        }
        'pchat;help;messages;history' {
            break
        }
        'pchat;help;messages;search' {
            break
        }
        'pchat;help;messages;tail' {
            break
        }
        'pchat;help;messages;remove' {
            break
        }
        'pchat;help;messages;download' {
            break
        }
        'pchat;help;messages;rooms' {
            break
        }
        'pchat;help;messages;join' {
            break
        }
        'pchat;help;messages;leave' {
            break
        }
        'pchat;help;messages;invitations' {
            break
        }
        'pchat;help;addins' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List add-ins')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one add-in')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Register an add-in')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change an add-in')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an add-in no room uses')
            break
        }
        'pchat;help;addins;list' {
            break
        }
        'pchat;help;addins;show' {
            break
        }
        'pchat;help;addins;create' {
            break
        }
        'pchat;help;addins;set' {
            break
        }
        'pchat;help;addins;delete' {
            break
        }
        'pchat;help;policies' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List policies')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one policy')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a site or tag policy')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a policy')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a policy (the global policy is reset instead)')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Grant a tag policy to users')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Take users'' tag policy away (their site or the global policy applies again)')
            [CompletionResult]::new('effective', 'effective', [CompletionResultType]::ParameterValue, 'The policy that applies to a user, and why')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write policies and tag policy grants as plan documents (kinds Policy and PolicyGrant)')
            break
        }
        'pchat;help;policies;list' {
            break
        }
        'pchat;help;policies;show' {
            break
        }
        'pchat;help;policies;create' {
            break
        }
        'pchat;help;policies;set' {
            break
        }
        'pchat;help;policies;delete' {
            break
        }
        'pchat;help;policies;grant' {
            break
        }
        'pchat;help;policies;revoke' {
            break
        }
        'pchat;help;policies;effective' {
            break
        }
        'pchat;help;policies;export' {
            break
        }
        'pchat;help;config' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The effective settings at a scope, and where each comes from')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set values at a scope')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Remove a scope''s values (global: back to the defaults)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the scopes that set anything as plan documents (kind ChatConfig)')
            break
        }
        'pchat;help;config;show' {
            break
        }
        'pchat;help;config;set' {
            break
        }
        'pchat;help;config;reset' {
            break
        }
        'pchat;help;config;export' {
            break
        }
        'pchat;help;compliance' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'What is set globally and per pool, and what applies to each pool')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set compliance values globally or for one pool (others are kept)')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Remove the values set globally or for one pool (it inherits again)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Each pool''s exporter: events waiting, last run and error, lease holder')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export now the waiting events (of a pool, a room, a time range); each event is exported once, however often this runs')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'The recorded events, oldest first')
            break
        }
        'pchat;help;compliance;show' {
            break
        }
        'pchat;help;compliance;set' {
            break
        }
        'pchat;help;compliance;reset' {
            break
        }
        'pchat;help;compliance;status' {
            break
        }
        'pchat;help;compliance;export' {
            break
        }
        'pchat;help;compliance;events' {
            break
        }
        'pchat;help;migration' {
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export a scope with its history into an archive (docs/archive.md), read from one snapshot of the server while it keeps serving')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import an archive: checked whole first, then applied by a job on the server')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check an archive offline (docs/archive.md): manifest, every checksum, the references between members and the counts; prints what it holds, and every problem with its member and line (exit 2)')
            [CompletionResult]::new('from-slack', 'from-slack', [CompletionResultType]::ParameterValue, 'Turn a Slack workspace export (the zip) into an archive: channels as rooms (private ones closed), users, memberships, messages with thread replies in order and Slack markup as plain text with links; counts what it leaves out (direct messages, reactions, files, channel events)')
            [CompletionResult]::new('from-mattermost', 'from-mattermost', [CompletionResultType]::ParameterValue, 'Turn a Mattermost bulk export (JSON Lines, or the zip of `mmctl export`) into an archive: teams as categories, channels as rooms, users and their memberships, posts with their replies; counts what it leaves out')
            [CompletionResult]::new('from-lync-compliance', 'from-lync-compliance', [CompletionResultType]::ParameterValue, 'Turn the XML Conversations files of the old system''s compliance adapter into an archive (rooms, senders, messages with their times); counts what it leaves out')
            break
        }
        'pchat;help;migration;export' {
            break
        }
        'pchat;help;migration;import' {
            break
        }
        'pchat;help;migration;verify' {
            break
        }
        'pchat;help;migration;from-slack' {
            break
        }
        'pchat;help;migration;from-mattermost' {
            break
        }
        'pchat;help;migration;from-lync-compliance' {
            break
        }
        'pchat;help;jobs' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The newest jobs first: kind, state, percent, rate, who started them')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One job: counts per type, percent, rate, time left, and its error with where it is')
            [CompletionResult]::new('follow', 'follow', [CompletionResultType]::ParameterValue, 'Follow a job with a progress bar on stderr until it ends (exit 1 unless it succeeds)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Ask a running job to stop; an import stopped this way can be run again to finish')
            break
        }
        'pchat;help;jobs;list' {
            break
        }
        'pchat;help;jobs;show' {
            break
        }
        'pchat;help;jobs;follow' {
            break
        }
        'pchat;help;jobs;cancel' {
            break
        }
        'pchat;help;checklist' {
            break
        }
        'pchat;help;tokens' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a token; its secret is printed once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List tokens (never their secrets)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a token')
            break
        }
        'pchat;help;tokens;create' {
            break
        }
        'pchat;help;tokens;list' {
            break
        }
        'pchat;help;tokens;revoke' {
            break
        }
        'pchat;help;plan' {
            break
        }
        'pchat;help;apply' {
            break
        }
        'pchat;help;api' {
            break
        }
        'pchat;help;completions' {
            break
        }
        'pchat;help;man' {
            break
        }
        'pchat;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
