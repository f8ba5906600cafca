#include "headers.h"

/* A name to look for, measured once. */
typedef struct wanted {
    const char *name;
    size_t len;
} wanted;

/* Names mostly come spelt as looked for: memcmp first, the case-blind compare after. */
static int is(const w3e_header *e, const wanted *w)
{
    return e->name_len == w->len &&
           (memcmp(e->name, w->name, w->len) == 0 || w3e_ieqn(e->name, w->name, w->len));
}

int w3e_headers_add_n(w3e_arena *arena, w3e_headers *h, const char *name, size_t name_len,
                      const char *value, size_t value_len)
{
    /* One block: the entry, then its name and value; its size a multiple of the entry's
     * alignment, which the page heap (blocks end at a page's end) needs to keep. */
    size_t align = _Alignof(w3e_header);
    size_t size = (sizeof(w3e_header) + name_len + value_len + 2 + align - 1) & ~(align - 1);
    w3e_header *e = w3e_arena_alloc_unfilled(arena, size);
    if (e == NULL)
        return 0;
    e->next = NULL;
    e->name = (char *)(e + 1);
    e->value = e->name + name_len + 1;
    memcpy(e->name, name, name_len);
    e->name[name_len] = '\0';
    memcpy(e->value, value, value_len);
    e->value[value_len] = '\0';
    e->name_len = name_len;
    e->value_len = value_len;
    if (h->last != NULL)
        h->last->next = e;
    else
        h->first = e;
    h->last = e;
    return 1;
}

/* Unlinks the lines after `from` that match. */
static void remove_after(w3e_headers *h, w3e_header *from, const wanted *w)
{
    for (w3e_header *prev = from, *x = from->next; x != NULL; x = x->next) {
        if (is(x, w)) {
            prev->next = x->next;
            if (h->last == x)
                h->last = prev;
        } else {
            prev = x;
        }
    }
}

void w3e_headers_remove_n(w3e_headers *h, const char *name, size_t name_len)
{
    wanted w = {name, name_len};
    while (h->first != NULL && is(h->first, &w)) {
        h->first = h->first->next;
        if (h->first == NULL)
            h->last = NULL;
    }
    if (h->first != NULL)
        remove_after(h, h->first, &w);
}

int w3e_headers_set_n(w3e_arena *arena, w3e_headers *h, const char *name, size_t name_len,
                      const char *value, size_t value_len)
{
    wanted w = {name, name_len};
    for (w3e_header *e = h->first; e != NULL; e = e->next) {
        if (is(e, &w)) {
            char *v = w3e_strndup(arena, value, value_len);
            if (v == NULL)
                return 0;
            e->value = v;
            e->value_len = value_len;
            /* Drop the later lines of the same name, keep this one's place. */
            remove_after(h, e, &w);
            return 1;
        }
    }
    return w3e_headers_add_n(arena, h, name, name_len, value, value_len);
}

int w3e_headers_has_n(const w3e_headers *h, const char *name, size_t name_len)
{
    wanted w = {name, name_len};
    for (const w3e_header *e = h->first; e != NULL; e = e->next)
        if (is(e, &w))
            return 1;
    return 0;
}

size_t w3e_headers_text_size(const w3e_headers *h)
{
    size_t need = 0;
    for (const w3e_header *e = h->first; e != NULL; e = e->next)
        need += e->name_len + e->value_len + 4;
    return need;
}

char *w3e_headers_put(char *p, const w3e_headers *h)
{
    for (const w3e_header *e = h->first; e != NULL; e = e->next) {
        memcpy(p, e->name, e->name_len);
        p += e->name_len;
        *p++ = ':';
        *p++ = ' ';
        memcpy(p, e->value, e->value_len);
        p += e->value_len;
        *p++ = '\r';
        *p++ = '\n';
    }
    return p;
}

int w3e_headers_write(w3e_arena *arena, const w3e_headers *h, w3e_buf *out)
{
    size_t need = w3e_headers_text_size(h);
    if (!w3e_buf_reserve(arena, out, need))
        return 0;
    *w3e_headers_put(out->data + out->len, h) = '\0';
    out->len += need;
    return 1;
}

/* The values of `first` and of the later lines of its name, joined with ", ". */
static const char *joined_values(w3e_arena *arena, const w3e_header *first, const wanted *w)
{
    w3e_buf joined = {0};
    if (!w3e_buf_append(arena, &joined, first->value, first->value_len))
        return NULL;
    for (const w3e_header *e = first->next; e != NULL; e = e->next) {
        if (is(e, w) && (!w3e_buf_append(arena, &joined, ", ", 2) ||
                         !w3e_buf_append(arena, &joined, e->value, e->value_len)))
            return NULL;
    }
    return joined.data;
}

const char *w3e_headers_get_n(w3e_arena *arena, const w3e_headers *h, const char *name,
                              size_t name_len)
{
    wanted w = {name, name_len};
    const w3e_header *found = h->first;
    while (found != NULL && !is(found, &w))
        found = found->next;
    if (found == NULL)
        return NULL;
    for (const w3e_header *e = found->next; e != NULL; e = e->next)
        if (is(e, &w))
            return joined_values(arena, found, &w); /* a name sent on several lines */
    return found->value;
}
