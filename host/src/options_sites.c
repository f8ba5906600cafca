#include "options_sites.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "log_options.h"

/* IIS's "*" (and an empty address) is every address. */
static void binding_address(host_binding *b, const char *ip)
{
    if (ip == NULL || ip[0] == '\0' || strcmp(ip, "*") == 0)
        ip = "0.0.0.0";
    snprintf(b->ip, sizeof b->ip, "%s", ip);
}

static const char *wildcard_of(const char *ip)
{
    return strchr(ip, ':') != NULL ? "::" : "0.0.0.0";
}

/* Each binding's listen_ip: a binding to one address listens on the wildcard of its
 * port when another binding (of any site, same protocol) has the wildcard, since both
 * cannot bind the port. */
static void fold_onto_wildcards(host_options *o)
{
    for (size_t s = 0; s < o->site_count; s++)
        for (size_t b = 0; b < o->sites[s].binding_count; b++) {
            host_binding *bind = &o->sites[s].bindings[b];
            const char *wildcard = wildcard_of(bind->ip);
            snprintf(bind->listen_ip, sizeof bind->listen_ip, "%s", bind->ip);
            for (size_t t = 0; t < o->site_count; t++)
                for (size_t c = 0; c < o->sites[t].binding_count; c++) {
                    const host_binding *x = &o->sites[t].bindings[c];
                    if (x->port == bind->port && x->secure == bind->secure &&
                        strcmp(x->ip, wildcard) == 0)
                        snprintf(bind->listen_ip, sizeof bind->listen_ip, "%s", wildcard);
                }
        }
}

/* The site of the flags alone: IIS Express's /path and /port. */
static void flags_site(host_options *o)
{
    host_site *s = &o->sites[0];
    memset(s, 0, sizeof *s);
    s->name = "Default Web Site";
    s->id = 1;
    s->root = o->root;
    snprintf(s->bindings[0].ip, sizeof s->bindings[0].ip, "%s", o->listen_ip);
    s->bindings[0].port = o->listen_port;
    s->bindings[0].host_name = "";
    s->bindings[0].secure = o->tls.certs_from_flags; /* --tls-cert: the listener is HTTPS */
    s->binding_count = 1;
    if (o->log_dir != NULL)
        snprintf(s->log_dir, sizeof s->log_dir, "%s", o->log_dir);
    w3c_log_settings_default(&s->log_settings);
    o->site_count = 1;
}

static int selected(const host_options *o, const w3_config_site *c)
{
    return (o->only_site == NULL || strcasecmp(o->only_site, c->name) == 0) &&
           (o->only_site_id == 0 || o->only_site_id == c->id);
}

/* Two bindings on one address:port that cannot share a listener: one http, one https. */
static int mixed_protocols(const host_binding *a, const host_binding *b)
{
    return a->port == b->port && strcmp(a->ip, b->ip) == 0 && a->secure != b->secure;
}

/* Prints the problems of one site: no binding, an https binding without a certificate,
 * a binding another site has, http and https on one address:port. Returns how many. */
static int site_problems(const host_options *o, size_t index, const char *file, unsigned line)
{
    const host_site *s = &o->sites[index];
    int problems = 0;
    if (s->binding_count == 0) {
        fprintf(stderr, "w3host: %s:%u: <site name=\"%s\">: no http or https binding\n", file, line,
                s->name);
        problems++;
    }
    for (size_t b = 0; b < s->binding_count; b++) {
        const host_binding *bind = &s->bindings[b];
        if (bind->secure && o->tls.cert_count == 0) {
            fprintf(stderr,
                    "w3host: %s:%u: <site name=\"%s\">: https binding %s:%u:%s needs a "
                    "certificate (<w3compat><tls><certificate> or --tls-cert)\n",
                    file, line, s->name, bind->ip, bind->port, bind->host_name);
            problems++;
        }
        for (size_t other = 0; other <= index; other++)
            for (size_t ob = 0; ob < o->sites[other].binding_count; ob++) {
                const host_binding *x = &o->sites[other].bindings[ob];
                if (other == index && ob >= b)
                    break;
                if (mixed_protocols(x, bind)) {
                    fprintf(stderr,
                            "w3host: %s:%u: <site name=\"%s\">: %s binding %s:%u:%s: site "
                            "\"%s\" has an %s binding on that address and port\n",
                            file, line, s->name, bind->secure ? "https" : "http", bind->ip,
                            bind->port, bind->host_name, o->sites[other].name,
                            x->secure ? "https" : "http");
                    problems++;
                } else if (other != index && x->port == bind->port &&
                           strcmp(x->ip, bind->ip) == 0 &&
                           strcasecmp(x->host_name, bind->host_name) == 0) {
                    fprintf(stderr,
                            "w3host: %s:%u: <site name=\"%s\">: binding %s:%u:%s is also site "
                            "\"%s\"'s\n",
                            file, line, s->name, bind->ip, bind->port, bind->host_name,
                            o->sites[other].name);
                    problems++;
                }
            }
    }
    return problems;
}

/* A site of the config file as served; 0 after writing the error when there are too many. */
static int add_config_site(host_options *o, const w3_config *config, const w3_config_site *c)
{
    if (o->site_count == HOST_MAX_SITES) {
        fprintf(stderr, "w3host: %s: more than %d sites\n", o->config_path, HOST_MAX_SITES);
        return 0;
    }
    host_site *s = &o->sites[o->site_count++];
    memset(s, 0, sizeof *s);
    s->name = c->name;
    s->id = c->id;
    s->root = c->physical_path != NULL ? c->physical_path : ".";
    s->config = c;
    for (size_t b = 0; b < c->binding_count && s->binding_count < HOST_MAX_BINDINGS; b++) {
        host_binding *h = &s->bindings[s->binding_count++];
        binding_address(h, c->bindings[b].ip);
        h->port = c->bindings[b].port;
        h->host_name = c->bindings[b].host;
        h->secure = c->bindings[b].secure;
    }
    /* IIS: each site logs into a folder of its own below the log directory. */
    log_options_for_site(o, config, c, s);
    return 1;
}

int options_build_sites(host_options *o, const w3_config *config)
{
    o->site_count = 0;
    if (config == NULL || config->site_count == 0) {
        flags_site(o);
        fold_onto_wildcards(o);
        return 1;
    }
    for (size_t i = 0; i < config->site_count; i++)
        if (selected(o, &config->sites[i]) && !add_config_site(o, config, &config->sites[i]))
            return 0;
    if (o->site_count == 0) {
        if (o->only_site != NULL)
            fprintf(stderr, "w3host: %s: no site named \"%s\"%s\n", o->config_path, o->only_site,
                    o->only_site_id != 0 ? " with that id" : "");
        else
            fprintf(stderr, "w3host: %s: no site with id %u\n", o->config_path, o->only_site_id);
        return 0;
    }
    host_site *first = &o->sites[0];
    if (o->root_given)
        first->root = o->root;
    if (o->listen_given) {
        /* The one listener is https when --tls-cert is given or the site was served on https. */
        int secure =
            o->tls.certs_from_flags || (first->binding_count != 0 && first->bindings[0].secure);
        memset(first->bindings, 0, sizeof first->bindings);
        snprintf(first->bindings[0].ip, sizeof first->bindings[0].ip, "%s", o->listen_ip);
        first->bindings[0].port = o->listen_port;
        first->bindings[0].host_name = "";
        first->bindings[0].secure = secure;
        first->binding_count = 1;
    }
    int problems = 0;
    for (size_t i = 0; i < o->site_count; i++)
        problems += site_problems(o, i, o->config_path, o->sites[i].config->line);
    fold_onto_wildcards(o);
    return problems == 0;
}
