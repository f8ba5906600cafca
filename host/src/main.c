/* w3host: serves HTTP/1.1 through the w3compat engine (ISAPI filters, native modules,
 * static files). */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "conn_limit.h"
#include "options.h"
#include "pool_stats.h"
#include "server.h"
#include "supervisor.h"
#include "w3c_log.h"

static int is_directory(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR;
}

/* A copy of the command line as given, kept for the whole run: parsing writes into
 * argv (--extension), and a recycle parses the command line again. */
static char **args;

static char **copy_args(int argc, char **argv)
{
    char **copy = calloc((size_t)argc + 1, sizeof *copy);
    for (int i = 0; copy != NULL && i < argc; i++)
        if ((copy[i] = strdup(argv[i])) == NULL)
            return NULL;
    return copy;
}

/* Every site's root must be a folder. Returns how many are not. */
static int check_roots(const host_options *opts)
{
    int problems = 0;
    for (size_t i = 0; i < opts->site_count; i++) {
        const host_site *s = &opts->sites[i];
        if (is_directory(s->root))
            continue;
        problems++;
        if (s->config == NULL || opts->root_given)
            fprintf(stderr, "w3host: --root %s: not a directory\n", s->root);
        else
            fprintf(stderr, "w3host: %s: <site name=\"%s\">: physicalPath %s: not a directory\n",
                    opts->config_path, s->name, s->root);
    }
    return problems;
}

int main(int argc, char **argv)
{
    static host_options opts; /* every site's settings: too big for a thread's stack */
    args = copy_args(argc, argv);
    if (args == NULL) {
        fprintf(stderr, "w3host: out of memory\n");
        return 2;
    }
    int rc = host_options_parse(&opts, argc, argv);
    if (rc != 0 && !opts.test_only)
        return rc == 1 ? 0 : rc;
    if (opts.test_only) {
        /* nginx -t: every problem of the configuration, then the verdict. */
        int problems = (rc != 0) + check_roots(&opts);
        if (rc == 0)
            problems += host_check(&opts);
        fprintf(stderr, "w3host: configuration %s%s\n",
                opts.config_path != NULL ? opts.config_path : "from the flags",
                problems == 0 ? " is good" : " has problems");
        return problems == 0 ? 0 : 2;
    }
    if (check_roots(&opts) != 0)
        return 2;
    /* Checked once, before workers start: a log folder that cannot be written stops
     * the server instead of failing on every request. */
    for (size_t i = 0; i < opts.site_count; i++)
        if (opts.sites[i].log_dir[0] != '\0' && !w3c_log_folder_check(opts.sites[i].log_dir))
            return 2;
#ifdef SIGPIPE
    /* A client that goes away must not end the process: writes to its socket (and
     * sendfile, which has no MSG_NOSIGNAL) fail with EPIPE instead. Workers inherit it. */
    signal(SIGPIPE, SIG_IGN);
#endif
    if (!conn_limit_init(opts.max_connections, POOL_MAX_PROCESSES) || !pool_stats_init()) {
        fprintf(stderr, "w3host: cannot share counters between workers\n");
        return 2;
    }
    /* Recycling replaces worker processes: it needs the supervisor even for one. */
    if (opts.workers > 1 || host_options_recycles(&opts))
        return supervisor_run(&opts, argc, args);
    pool_stats_enter(0);
    return host_serve(&opts, 0);
}
