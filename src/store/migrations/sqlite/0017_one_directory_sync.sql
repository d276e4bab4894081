-- The scheduled directory sync (pchat server --directory-sync) is a job of kind
-- 'directory-sync'; at most one runs at a time across every node sharing the store.
CREATE UNIQUE INDEX jobs_one_running_directory_sync ON jobs (kind)
    WHERE kind = 'directory-sync' AND state = 'running';
