CREATE TABLE dir_users (
    id INTEGER PRIMARY KEY,
    sip TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    ou TEXT NOT NULL,
    site TEXT NOT NULL,
    enabled BOOLEAN NOT NULL,
    policy TEXT,
    labels TEXT NOT NULL DEFAULT '{}',
    revision BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX dir_users_ou ON dir_users (ou);

CREATE TABLE dir_groups (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT '',
    labels TEXT NOT NULL DEFAULT '{}',
    revision BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE dir_group_members (
    group_id BIGINT NOT NULL REFERENCES dir_groups (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    principal TEXT NOT NULL,
    PRIMARY KEY (group_id, principal)
);

CREATE TABLE categories (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    pool TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    invitations BOOLEAN NOT NULL,
    file_upload BOOLEAN NOT NULL,
    chat_history BOOLEAN NOT NULL,
    labels TEXT NOT NULL DEFAULT '{}',
    revision BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (pool, name)
);

CREATE TABLE category_principals (
    category_id BIGINT NOT NULL REFERENCES categories (id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    position INTEGER NOT NULL,
    principal TEXT NOT NULL,
    PRIMARY KEY (category_id, role, principal)
);

CREATE TABLE addins (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    pool TEXT NOT NULL,
    url TEXT NOT NULL,
    labels TEXT NOT NULL DEFAULT '{}',
    revision BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (pool, name)
);

CREATE TABLE rooms (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    pool TEXT NOT NULL,
    category_id BIGINT NOT NULL REFERENCES categories (id),
    description TEXT NOT NULL DEFAULT '',
    room_type TEXT NOT NULL,
    privacy TEXT NOT NULL,
    addin_id BIGINT REFERENCES addins (id),
    invitations TEXT NOT NULL,
    disabled BOOLEAN NOT NULL,
    labels TEXT NOT NULL DEFAULT '{}',
    revision BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (pool, name)
);
CREATE INDEX rooms_name ON rooms (name, id);
CREATE INDEX rooms_category ON rooms (category_id);

CREATE TABLE room_principals (
    room_id BIGINT NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    position INTEGER NOT NULL,
    principal TEXT NOT NULL,
    PRIMARY KEY (room_id, role, principal)
);
CREATE INDEX room_principals_principal ON room_principals (principal, role);

CREATE TABLE policies (
    id INTEGER PRIMARY KEY,
    identity TEXT NOT NULL UNIQUE,
    enabled BOOLEAN NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    labels TEXT NOT NULL DEFAULT '{}',
    revision BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
INSERT INTO policies (identity, enabled, description, revision, created_at, updated_at)
VALUES ('global', FALSE, '', 1, 0, 0);

CREATE TABLE chat_config (
    id INTEGER PRIMARY KEY,
    scope TEXT NOT NULL UNIQUE,
    default_chat_history BIGINT,
    max_file_size_kb BIGINT,
    participant_update_limit BIGINT,
    room_management_url TEXT,
    labels TEXT NOT NULL DEFAULT '{}',
    revision BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE tokens (
    id INTEGER PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL,
    owner TEXT,
    description TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    last_used_at BIGINT,
    revoked_at BIGINT
);
