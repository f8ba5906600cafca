/* <applicationPools> recycling, the root application's pool, and the <w3compat> elements
 * of operations: <recycling> for a site without a pool, <metrics>. */
#include "config_pools.h"

#include <string.h>

#include "base/text.h"
#include "config_values.h"

void w3c_pool_add(config_reader *r, const char *name, const char **attrs)
{
    w3_config *c = r->cfg;
    const char *pool = w3c_attr(attrs, "name");
    r->pool = NULL;
    if (pool == NULL || pool[0] == '\0') {
        w3c_fail(r, name, "name is missing");
        return;
    }
    if (c->pool_count == W3_CONFIG_MAX_POOLS) {
        w3c_fail(r, name, "more than %d application pools", W3_CONFIG_MAX_POOLS);
        return;
    }
    w3_config_pool *p = &c->pools[c->pool_count];
    memset(p, 0, sizeof *p);
    w3c_set_string(r, name, &p->name, pool);
    if (r->failed)
        return;
    c->pool_count++;
    p->recycling.time_s = 29 * 3600; /* IIS's periodicRestart time default, 1.05:00:00 */
    r->pool = &p->recycling;
}

void w3c_pool_end(config_reader *r)
{
    r->pool = NULL;
}

void w3c_w3compat_recycling_start(config_reader *r, const char *name, const char **attrs)
{
    (void)name;
    (void)attrs;
    r->pool = &r->cfg->recycling;
}

/* A TimeSpan as IIS writes it, "[D.]HH:MM:SS", into seconds; 0 if malformed. */
static int parse_timespan(const char *text, unsigned long long *seconds)
{
    unsigned long long days = 0, parts[3];
    const char *p = text;
    const char *dot = strchr(text, '.');
    const char *colon = strchr(text, ':');
    if (dot != NULL && (colon == NULL || dot < colon)) {
        if (!w3e_parse_u64(&p, &days) || *p != '.')
            return 0;
        p++;
    }
    for (int i = 0; i < 3; i++) {
        if (!w3e_parse_u64(&p, &parts[i]) || *p != (i < 2 ? ':' : '\0'))
            return 0;
        if (i < 2)
            p++;
    }
    if (parts[0] > 23 || parts[1] > 59 || parts[2] > 59 || days > 10000)
        return 0;
    *seconds = ((days * 24 + parts[0]) * 60 + parts[1]) * 60 + parts[2];
    return 1;
}

void w3c_periodic_restart_start(config_reader *r, const char *name, const char **attrs)
{
    w3_config_recycling *rec = r->pool;
    if (rec == NULL)
        return; /* <applicationPoolDefaults> and others: not read */
    const char *time = w3c_attr(attrs, "time");
    if (time != NULL) {
        unsigned long long s;
        if (!parse_timespan(time, &s)) {
            w3c_fail(r, name, "time=\"%s\" is not a time span [D.]HH:MM:SS", time);
            return;
        }
        rec->time_s = (unsigned)s;
    }
    w3c_attr_uint(r, name, attrs, "requests", 0, 0xFFFFFFFFu, &rec->requests);
    w3c_attr_uint(r, name, attrs, "privateMemory", 0, 0xFFFFFFFFu, &rec->private_memory_kb);
}

void w3c_metrics_start(config_reader *r, const char *name, const char **attrs)
{
    w3_config *c = r->cfg;
    const char *address = w3c_attr(attrs, "address");
    const char *path = w3c_attr(attrs, "path");
    if (w3c_attr(attrs, "port") == NULL) {
        w3c_fail(r, name, "port is missing");
        return;
    }
    w3c_attr_uint(r, name, attrs, "port", 1, 65535, &c->metrics_port);
    if (path != NULL && path[0] != '/') {
        w3c_fail(r, name, "path=\"%s\" does not start with /", path);
        return;
    }
    if (address != NULL)
        w3c_set_string(r, name, &c->metrics_address, address);
    if (path != NULL)
        w3c_set_string(r, name, &c->metrics_path, path);
}
