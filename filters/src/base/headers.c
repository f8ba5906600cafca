#include "headers.h"

int w3e_headers_add(w3e_arena *arena, w3e_headers *h, const char *name, const char *value)
{
    w3e_header *e = w3e_arena_alloc(arena, sizeof *e);
    if (e == NULL)
        return 0;
    e->name = w3e_strdup(arena, name);
    e->value = w3e_strdup(arena, value);
    if (e->name == NULL || e->value == NULL)
        return 0;
    if (h->last != NULL)
        h->last->next = e;
    else
        h->first = e;
    h->last = e;
    return 1;
}

void w3e_headers_remove(w3e_headers *h, const char *name)
{
    w3e_header *prev = NULL;
    for (w3e_header *e = h->first; e != NULL; e = e->next) {
        if (w3e_ieq(e->name, name)) {
            if (prev != NULL)
                prev->next = e->next;
            else
                h->first = e->next;
            if (h->last == e)
                h->last = prev;
        } else {
            prev = e;
        }
    }
}

int w3e_headers_set(w3e_arena *arena, w3e_headers *h, const char *name, const char *value)
{
    for (w3e_header *e = h->first; e != NULL; e = e->next) {
        if (w3e_ieq(e->name, name)) {
            char *v = w3e_strdup(arena, value);
            if (v == NULL)
                return 0;
            e->value = v;
            /* Drop the later lines of the same name, keep this one's place. */
            for (w3e_header *prev = e, *x = e->next; x != NULL; x = x->next) {
                if (w3e_ieq(x->name, name)) {
                    prev->next = x->next;
                    if (h->last == x)
                        h->last = prev;
                } else {
                    prev = x;
                }
            }
            return 1;
        }
    }
    return w3e_headers_add(arena, h, name, value);
}

int w3e_headers_has(const w3e_headers *h, const char *name)
{
    for (const w3e_header *e = h->first; e != NULL; e = e->next)
        if (w3e_ieq(e->name, name))
            return 1;
    return 0;
}

int w3e_headers_write(w3e_arena *arena, const w3e_headers *h, w3e_buf *out)
{
    for (const w3e_header *e = h->first; e != NULL; e = e->next)
        if (!w3e_buf_puts(arena, out, e->name) || !w3e_buf_puts(arena, out, ": ") ||
            !w3e_buf_puts(arena, out, e->value) || !w3e_buf_puts(arena, out, "\r\n"))
            return 0;
    return 1;
}

const char *w3e_headers_get(w3e_arena *arena, const w3e_headers *h, const char *name)
{
    const w3e_header *found = NULL;
    w3e_buf joined = {0};
    for (const w3e_header *e = h->first; e != NULL; e = e->next) {
        if (!w3e_ieq(e->name, name))
            continue;
        if (found == NULL) {
            found = e;
            continue;
        }
        if (joined.len == 0 && !w3e_buf_puts(arena, &joined, found->value))
            return NULL;
        if (!w3e_buf_puts(arena, &joined, ", ") || !w3e_buf_puts(arena, &joined, e->value))
            return NULL;
    }
    if (found == NULL)
        return NULL;
    return joined.len ? joined.data : found->value;
}
