#include "module_bridge.h"

#include <string.h>

#define MAX_CONFIGS 8
#define MAX_COUNTERS 16

static mb_config configs[MAX_CONFIGS];
static int config_count;
static struct {
    char what[32];
    int n;
} counters[MAX_COUNTERS];

void mb_reset(void)
{
    memset(configs, 0, sizeof configs);
    memset(counters, 0, sizeof counters);
    config_count = 0;
}

static mb_config *find(const char *name)
{
    for (int i = 0; i < config_count; i++)
        if (strcmp(configs[i].name, name) == 0)
            return &configs[i];
    return NULL;
}

void mb_configure(const char *name, const WCHAR *priority, DWORD request, DWORD post, DWORD global,
                  HRESULT register_hr)
{
    mb_config *c = find(name);
    if (c == NULL) {
        if (config_count == MAX_CONFIGS)
            return;
        c = &configs[config_count++];
        strncpy(c->name, name, sizeof c->name - 1);
    }
    c->priority = priority;
    c->request = request;
    c->post = post;
    c->global = global;
    c->register_hr = register_hr;
}

void mb_set_hook(const char *name, mb_hook hook)
{
    mb_config *c = find(name);
    if (c != NULL)
        c->hook = hook;
}

const mb_config *mb_find(const char *name)
{
    return find(name);
}

void mb_count(const char *what)
{
    for (int i = 0; i < MAX_COUNTERS; i++) {
        if (counters[i].what[0] == '\0')
            strncpy(counters[i].what, what, sizeof counters[i].what - 1);
        if (strcmp(counters[i].what, what) == 0) {
            counters[i].n++;
            return;
        }
    }
}

int mb_counted(const char *what)
{
    for (int i = 0; i < MAX_COUNTERS; i++)
        if (strcmp(counters[i].what, what) == 0)
            return counters[i].n;
    return 0;
}

static void *server;

void mb_set_server(void *s)
{
    server = s;
}

void *mb_server(void)
{
    return server;
}
