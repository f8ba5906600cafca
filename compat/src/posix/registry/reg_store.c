/* The registry's directory: loading, change detection, the file lock and atomic saves. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <w3compat.h>

#include "reg_format.h"
#include "reg_load.h"
#include "reg_store.h"

struct store {
    pthread_mutex_t mutex;
    char *directory; /* NULL: the registry lives in memory only */
    BOOL resolved;
    struct w3_reg_key *base;    /* the imported files */
    struct w3_reg_key *current; /* base with the changes file applied */
    unsigned long long imports_signature, changes_signature;
    BOOL loaded;
    int lock_fd;
    char message[600];
    char reported[600]; /* the last message written to stderr */
};

static struct store store = {
    PTHREAD_MUTEX_INITIALIZER, NULL, FALSE, NULL, NULL, 0, 0, FALSE, -1, "", ""};

static void lock_for_fork(void)
{
    pthread_mutex_lock(&store.mutex);
}

static void unlock_after_fork(void)
{
    pthread_mutex_unlock(&store.mutex);
}

/* A fork while another thread (a RegNotifyChangeKeyValue watch, say) holds the lock
 * would leave the child's copy locked forever: fork waits for the lock instead. */
static void install_fork_handlers(void)
{
    pthread_atfork(lock_for_fork, unlock_after_fork, unlock_after_fork);
}

void w3_reg_lock(void)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, install_fork_handlers);
    pthread_mutex_lock(&store.mutex);
}

void w3_reg_unlock(void)
{
    pthread_mutex_unlock(&store.mutex);
}

static char *joined(const char *a, const char *b)
{
    size_t n = strlen(a) + 1 + strlen(b) + 1;
    char *s = malloc(n);
    if (s)
        snprintf(s, n, "%s/%s", a, b);
    return s;
}

static void resolve_directory(void)
{
    if (store.resolved)
        return;
    store.resolved = TRUE;
    const char *env = getenv("W3COMPAT_REGISTRY");
    const char *xdg = getenv("XDG_CONFIG_HOME");
    const char *home = getenv("HOME");
    if (env && *env)
        store.directory = strdup(env);
    else if (xdg && *xdg)
        store.directory = joined(xdg, "w3compat/registry");
    else if (home && *home)
        store.directory = joined(home, ".config/w3compat/registry");
}

/* FNV-1a, folding in what identifies one version of a file. */
static unsigned long long mix(unsigned long long h, const void *data, size_t n)
{
    const unsigned char *p = data;
    for (size_t i = 0; i < n; i++)
        h = (h ^ p[i]) * 1099511628211ULL;
    return h;
}

static unsigned long long file_signature(unsigned long long h, const char *name,
                                         const struct stat *st)
{
    h = mix(h, name, strlen(name) + 1);
    h = mix(h, &st->st_ino, sizeof st->st_ino);
    h = mix(h, &st->st_size, sizeof st->st_size);
    h = mix(h, &st->st_mtim, sizeof st->st_mtim);
    return mix(h, &st->st_ctim, sizeof st->st_ctim);
}

static int is_import(const char *name)
{
    size_t n = strlen(name);
    return n > 4 && strcasecmp(name + n - 4, ".reg") == 0 && name[0] != '.' &&
           strcmp(name, W3_REG_CHANGES_FILE) != 0;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The imported files' names in load order (malloc'd array of malloc'd names). */
static char **list_imports(size_t *count)
{
    *count = 0;
    DIR *dir = opendir(store.directory);
    if (!dir)
        return NULL;
    char **names = NULL;
    size_t capacity = 0;
    struct dirent *entry;
    while ((entry = readdir(dir)) != NULL) {
        if (!is_import(entry->d_name))
            continue;
        if (*count == capacity) {
            capacity = capacity ? capacity * 2 : 8;
            char **grown = realloc(names, capacity * sizeof *names);
            if (!grown)
                break;
            names = grown;
        }
        if (!(names[*count] = strdup(entry->d_name)))
            break;
        (*count)++;
    }
    closedir(dir);
    if (names)
        qsort(names, *count, sizeof *names, by_name);
    return names;
}

static void free_names(char **names, size_t count)
{
    for (size_t i = 0; i < count; i++)
        free(names[i]);
    free(names);
}

static unsigned long long imports_signature(char **names, size_t count)
{
    unsigned long long h = 14695981039346656037ULL;
    for (size_t i = 0; i < count; i++) {
        struct stat st;
        char *path = joined(store.directory, names[i]);
        if (path && stat(path, &st) == 0)
            h = file_signature(h, names[i], &st);
        free(path);
    }
    return h;
}

static unsigned long long changes_signature(void)
{
    struct stat st;
    char *path = joined(store.directory, W3_REG_CHANGES_FILE);
    unsigned long long h = 14695981039346656037ULL;
    if (path && stat(path, &st) == 0)
        h = file_signature(h, W3_REG_CHANGES_FILE, &st);
    free(path);
    return h;
}

/* Records a failure for W3GetRegistryMessage and says it on stderr once. */
static void report(const char *message)
{
    snprintf(store.message, sizeof store.message, "%s", message);
    if (strcmp(store.reported, store.message) != 0) {
        snprintf(store.reported, sizeof store.reported, "%s", store.message);
        fprintf(stderr, "w3compat registry: %s\n", store.message);
    }
}

/* Applies one file to root. A missing file (the changes file before the first write)
 * is an empty one. */
static LSTATUS apply_file(struct w3_reg_key *root, const char *name)
{
    char *path = joined(store.directory, name);
    if (!path)
        return ERROR_NOT_ENOUGH_MEMORY;
    LSTATUS status = ERROR_SUCCESS;
    char *buffer = NULL;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    struct stat st;
    if (fd < 0) {
        if (errno != ENOENT && errno != ENOTDIR) {
            char message[600];
            snprintf(message, sizeof message, "%s: cannot open: %s", path, strerror(errno));
            report(message);
            status = ERROR_CANTREAD;
        }
        goto done;
    }
    if (fstat(fd, &st) != 0 || !(buffer = malloc((size_t)st.st_size + 1))) {
        status = ERROR_CANTREAD;
        goto done;
    }
    size_t have = 0;
    while (have < (size_t)st.st_size) {
        ssize_t n = read(fd, buffer + have, (size_t)st.st_size - have);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        have += (size_t)n;
    }
    struct w3_reg_parse_error error;
    if (!w3_reg_load_buffer(root, buffer, have, path, &error)) {
        report(error.message);
        status = ERROR_BADDB;
    }
done:
    if (fd >= 0)
        close(fd);
    free(buffer);
    free(path);
    return status;
}

static void discard(void)
{
    w3_reg_key_free(store.base);
    w3_reg_key_free(store.current);
    store.base = store.current = NULL;
    store.loaded = FALSE;
}

/* Rebuilds the tree from the files when they changed (always, when force is set). */
static LSTATUS refresh(BOOL force)
{
    resolve_directory();
    if (!store.directory) {
        if (!store.loaded) {
            store.base = w3_reg_root_new();
            store.current = w3_reg_root_new();
            if (!store.base || !store.current) {
                discard();
                return ERROR_NOT_ENOUGH_MEMORY;
            }
            store.loaded = TRUE;
        }
        return ERROR_SUCCESS;
    }
    size_t count;
    char **names = list_imports(&count);
    unsigned long long imports = imports_signature(names, count);
    unsigned long long changes = changes_signature();
    LSTATUS status = ERROR_SUCCESS;
    if (!store.loaded || imports != store.imports_signature) {
        discard();
        store.base = w3_reg_root_new();
        for (size_t i = 0; store.base && status == ERROR_SUCCESS && i < count; i++)
            status = apply_file(store.base, names[i]);
        if (!store.base)
            status = ERROR_NOT_ENOUGH_MEMORY;
        force = TRUE;
    }
    free_names(names, count);
    if (status == ERROR_SUCCESS && (force || changes != store.changes_signature)) {
        w3_reg_key_free(store.current);
        store.current = w3_reg_key_clone(store.base);
        status = store.current ? apply_file(store.current, W3_REG_CHANGES_FILE)
                               : (LSTATUS)ERROR_NOT_ENOUGH_MEMORY;
    }
    if (status != ERROR_SUCCESS) {
        discard();
        return status;
    }
    store.imports_signature = imports;
    store.changes_signature = changes;
    store.loaded = TRUE;
    store.message[0] = '\0';
    store.reported[0] = '\0';
    return ERROR_SUCCESS;
}

static int make_directories(const char *path)
{
    char *copy = strdup(path);
    if (!copy)
        return -1;
    for (char *p = copy + 1; *p; p++)
        if (*p == '/') {
            *p = '\0';
            if (mkdir(copy, 0777) != 0 && errno != EEXIST) {
                free(copy);
                return -1;
            }
            *p = '/';
        }
    int rc = (mkdir(copy, 0777) != 0 && errno != EEXIST) ? -1 : 0;
    free(copy);
    return rc;
}

static LSTATUS take_file_lock(void)
{
    char *path = NULL;
    if (make_directories(store.directory) == 0 &&
        (path = joined(store.directory, W3_REG_LOCK_FILE)))
        store.lock_fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0666);
    if (store.lock_fd >= 0) {
        while (flock(store.lock_fd, LOCK_EX) != 0 && errno == EINTR)
            ;
        free(path);
        return ERROR_SUCCESS;
    }
    char message[600];
    snprintf(message, sizeof message, "%s: cannot create the lock file: %s", store.directory,
             strerror(errno));
    report(message);
    free(path);
    return ERROR_CANTWRITE;
}

static void release_file_lock(void)
{
    if (store.lock_fd >= 0) {
        close(store.lock_fd); /* releases the flock */
        store.lock_fd = -1;
    }
}

static BOOL write_all(int fd, const char *data, size_t n)
{
    while (n) {
        ssize_t w = write(fd, data, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return FALSE;
        data += w;
        n -= (size_t)w;
    }
    return TRUE;
}

/* Writes the changes file whole under a temporary name, makes it durable, then renames
 * it over the old one: a crash leaves the old file or the new one, never a torn one. */
static LSTATUS save(void)
{
    struct w3_reg_text text = {NULL, 0, 0, FALSE};
    w3_reg_format_header(&text);
    w3_reg_format_changes(&text, store.base, store.current);
    char *final = joined(store.directory, W3_REG_CHANGES_FILE);
    char *temporary = joined(store.directory, "." W3_REG_CHANGES_FILE ".tmp");
    BOOL ok = !text.failed && final && temporary;
    int fd = ok ? open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666) : -1;
    ok = fd >= 0 && write_all(fd, text.data, text.length) && fsync(fd) == 0;
    if (fd >= 0 && close(fd) != 0)
        ok = FALSE;
    ok = ok && rename(temporary, final) == 0;
    if (ok) {
        int dir = open(store.directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (dir >= 0) {
            fsync(dir);
            close(dir);
        }
        store.changes_signature = changes_signature();
    } else {
        char message[600];
        snprintf(message, sizeof message, "%s: cannot save the registry's changes: %s",
                 final ? final : store.directory, strerror(errno));
        report(message);
        if (temporary)
            unlink(temporary);
    }
    free(text.data);
    free(final);
    free(temporary);
    return ok ? ERROR_SUCCESS : ERROR_CANTWRITE;
}

LSTATUS w3_reg_store_begin(BOOL write)
{
    w3_reg_lock();
    resolve_directory();
    LSTATUS status = ERROR_SUCCESS;
    if (write && store.directory)
        status = take_file_lock();
    if (status == ERROR_SUCCESS)
        status = refresh(write); /* a writer rereads under the lock: nothing is missed */
    if (status != ERROR_SUCCESS) {
        release_file_lock();
        w3_reg_unlock();
    }
    return status;
}

struct w3_reg_key *w3_reg_store_root(void)
{
    return store.current;
}

LSTATUS w3_reg_store_end(BOOL write, BOOL changed, LSTATUS status)
{
    if (write && changed && store.directory) {
        LSTATUS saved = save();
        if (saved != ERROR_SUCCESS) {
            discard(); /* back to what the files say */
            if (status == ERROR_SUCCESS)
                status = saved;
        }
    }
    release_file_lock();
    w3_reg_unlock();
    return status;
}

void W3RegistrySetPath(const char *directory)
{
    w3_reg_lock();
    free(store.directory);
    store.directory = NULL;
    store.resolved = FALSE;
    if (directory) {
        store.directory = strdup(directory);
        store.resolved = TRUE;
    }
    discard();
    store.message[0] = '\0';
    w3_reg_unlock();
}

const char *W3GetRegistryMessage(void)
{
    static __thread char copy[sizeof store.message];
    w3_reg_lock();
    memcpy(copy, store.message, sizeof copy);
    w3_reg_unlock();
    return copy;
}
