complete --keep-order --exclusive --command pchat --arguments "(COMPLETE=fish pchat -- (commandline --current-process --tokenize --cut-at-cursor) (commandline --current-token))"
