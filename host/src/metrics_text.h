/* The pool's numbers in Prometheus text exposition format (version 0.0.4). */
#ifndef W3HOST_METRICS_TEXT_H
#define W3HOST_METRICS_TEXT_H

#include <stddef.h>

#include "pool_stats.h"

/* Writes the exposition of *v into buf; returns its length, or the length it needs
 * (not counting the NUL) when that is size or more, as snprintf does. */
size_t metrics_text_render(const pool_stats_view *v, char *buf, size_t size);

#endif
