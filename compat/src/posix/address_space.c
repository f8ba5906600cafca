#include "address_space.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* One line of /proc/self/maps: "start-end perms offset dev inode [path]". */
static int parse_line(const char *line, struct w3_host_mapping *m)
{
    char perms[5] = {0};
    unsigned long long start, end, inode;
    if (sscanf(line, "%llx-%llx %4s %*s %*s %llu", &start, &end, perms, &inode) != 4)
        return 0;
    m->start = (uintptr_t)start;
    m->end = (uintptr_t)end;
    m->readable = perms[0] == 'r';
    m->writable = perms[1] == 'w';
    m->executable = perms[2] == 'x';
    m->file_backed = inode != 0;
    return 1;
}

int w3_host_mapping_at(uintptr_t addr, struct w3_host_mapping *found, uintptr_t *next_start)
{
    char buf[4096];
    size_t used = 0;
    int fd = open("/proc/self/maps", O_RDONLY | O_CLOEXEC);

    *next_start = 0;
    if (fd < 0)
        return 0;
    for (;;) {
        ssize_t n = read(fd, buf + used, sizeof buf - 1 - used);
        if (n <= 0)
            break;
        used += (size_t)n;
        buf[used] = '\0';
        char *line = buf, *eol;
        while ((eol = strchr(line, '\n'))) {
            struct w3_host_mapping m;
            *eol = '\0';
            if (parse_line(line, &m)) {
                if (addr >= m.start && addr < m.end) {
                    *found = m;
                    close(fd);
                    return 1;
                }
                if (m.start > addr) { /* lines are sorted by address */
                    *next_start = m.start;
                    close(fd);
                    return 0;
                }
            }
            line = eol + 1;
        }
        used = (size_t)(buf + used - line);
        memmove(buf, line, used);
    }
    close(fd);
    return 0;
}
