/* w3host: serves HTTP/1.1 through the w3compat engine (ISAPI filters, native modules,
 * static files). */
#include <signal.h>
#include <stdio.h>
#include <sys/stat.h>

#include "conn_limit.h"
#include "options.h"
#include "server.h"
#include "supervisor.h"
#include "w3c_log.h"

static int is_directory(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR;
}

int main(int argc, char **argv)
{
    host_options opts;
    int rc = host_options_parse(&opts, argc, argv);
    if (rc != 0)
        return rc == 1 ? 0 : rc;
    if (!is_directory(opts.root)) {
        fprintf(stderr, "w3host: --root %s: not a directory\n", opts.root);
        return 2;
    }
    /* Checked once, before workers start: a log folder that cannot be written stops
     * the server instead of failing on every request. */
    if (opts.log_dir != NULL && !w3c_log_folder_check(opts.log_dir))
        return 2;
#ifdef SIGPIPE
    /* A client that goes away must not end the process: writes to its socket (and
     * sendfile, which has no MSG_NOSIGNAL) fail with EPIPE instead. Workers inherit it. */
    signal(SIGPIPE, SIG_IGN);
#endif
    if (!conn_limit_init(opts.max_connections, opts.workers)) {
        fprintf(stderr, "w3host: cannot share the connection count between workers\n");
        return 2;
    }
    if (opts.workers > 1)
        return supervisor_run(&opts);
    return host_serve(&opts, 0);
}
