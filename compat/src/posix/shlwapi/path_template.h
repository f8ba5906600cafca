/* The shlwapi path functions, written once for both character types: shlwapi_path.c
 * includes this file twice, with CH the character type, T(x) a literal of that type and
 * FN(name) the function's A or W name. Separators are '\' and '/'; what these functions
 * add is '\' when the path already uses it or uses no separator, '/' otherwise. Internal. */

static int FN(is_sep)(CH c)
{
    return c == T('\\') || c == T('/');
}

static size_t FN(len)(const CH *s)
{
    size_t n = 0;
    while (s[n])
        n++;
    return n;
}

/* The separator to add to path. */
static CH FN(sep_for)(const CH *path)
{
    int slash = 0;
    for (const CH *p = path; *p; p++) {
        if (*p == T('\\'))
            return T('\\');
        if (*p == T('/'))
            slash = 1;
    }
    return slash ? T('/') : T('\\');
}

/* Length of the root: "X:\", "\", "/" or "X:" (0 when relative). */
static size_t FN(root_len)(const CH *p)
{
    if (p[0] && p[1] == T(':'))
        return FN(is_sep)(p[2]) ? 3 : 2;
    return FN(is_sep)(p[0]) ? 1 : 0;
}

BOOL WINAPI FN(PathIsRelative)(const CH *pszPath)
{
    return !pszPath || FN(root_len)(pszPath) == 0;
}

CH *WINAPI FN(PathFindFileName)(const CH *pszPath)
{
    const CH *name = pszPath;
    if (!pszPath)
        return NULL;
    for (const CH *p = pszPath; *p; p++)
        if ((FN(is_sep)(*p) || *p == T(':')) && p[1] && !FN(is_sep)(p[1]))
            name = p + 1;
    return (CH *)name;
}

CH *WINAPI FN(PathFindExtension)(const CH *pszPath)
{
    const CH *dot = NULL, *p;
    if (!pszPath)
        return NULL;
    for (p = pszPath; *p; p++) {
        if (FN(is_sep)(*p) || *p == T(' '))
            dot = NULL;
        else if (*p == T('.'))
            dot = p;
    }
    return (CH *)(dot ? dot : p);
}

CH *WINAPI FN(PathAddBackslash)(CH *pszPath)
{
    size_t n = FN(len)(pszPath);
    if (n >= MAX_PATH - 1)
        return NULL;
    if (n && !FN(is_sep)(pszPath[n - 1])) {
        pszPath[n] = FN(sep_for)(pszPath);
        pszPath[++n] = 0;
    }
    return pszPath + n;
}

CH *WINAPI FN(PathRemoveBackslash)(CH *pszPath)
{
    size_t n = FN(len)(pszPath);
    if (n > FN(root_len)(pszPath) && FN(is_sep)(pszPath[n - 1])) {
        pszPath[--n] = 0;
        return pszPath + n;
    }
    return pszPath + (n ? n - 1 : 0);
}

BOOL WINAPI FN(PathRemoveFileSpec)(CH *pszPath)
{
    size_t root, n, cut;
    if (!pszPath)
        return FALSE;
    root = FN(root_len)(pszPath);
    n = FN(len)(pszPath);
    cut = n;
    while (cut > root && !FN(is_sep)(pszPath[cut - 1]))
        cut--;
    /* Drop the separator before the name too, unless it is the root's. */
    if (cut > root)
        cut--;
    if (cut == n)
        return FALSE;
    pszPath[cut] = 0;
    return TRUE;
}

/* Resolves "." and ".." components of path in place (by name). */
static void FN(canonicalize)(CH *path)
{
    size_t root = FN(root_len)(path), out = root, i = root;
    CH sep = FN(sep_for)(path);
    while (path[i]) {
        size_t start = i, n;
        while (path[i] && !FN(is_sep)(path[i]))
            i++;
        n = i - start;
        if (n == 1 && path[start] == T('.')) {
            /* skip */
        } else if (n == 2 && path[start] == T('.') && path[start + 1] == T('.')) {
            while (out > root && !FN(is_sep)(path[out - 1]))
                out--;
            if (out > root)
                out--;
        } else if (n) {
            if (out > root)
                path[out++] = sep;
            for (size_t k = 0; k < n; k++)
                path[out++] = path[start + k];
        }
        if (path[i])
            i++;
    }
    path[out] = 0;
}

CH *WINAPI FN(PathCombine)(CH *pszDest, const CH *pszDir, const CH *pszFile)
{
    CH joined[MAX_PATH * 2];
    size_t n = 0;

    if (!pszDest || (!pszDir && !pszFile))
        return NULL;
    if (pszFile && (!pszDir || !FN(PathIsRelative)(pszFile))) {
        for (; pszFile[n] && n < MAX_PATH * 2 - 1; n++)
            joined[n] = pszFile[n];
    } else {
        for (; pszDir[n] && n < MAX_PATH; n++)
            joined[n] = pszDir[n];
        if (pszFile && *pszFile) {
            if (n && !FN(is_sep)(joined[n - 1]))
                joined[n++] = FN(sep_for)(pszDir);
            for (const CH *p = pszFile; *p && n < MAX_PATH * 2 - 1; p++)
                joined[n++] = *p;
        }
    }
    joined[n] = 0;
    FN(canonicalize)(joined);
    if (FN(len)(joined) >= MAX_PATH) {
        pszDest[0] = 0;
        return NULL;
    }
    for (n = 0; (pszDest[n] = joined[n]) != 0; n++)
        ;
    return pszDest;
}

BOOL WINAPI FN(PathAppend)(CH *pszPath, const CH *pszMore)
{
    CH combined[MAX_PATH];
    if (!pszPath || !pszMore)
        return FALSE;
    while (FN(is_sep)(*pszMore))
        pszMore++;
    if (!FN(PathCombine)(combined, pszPath, pszMore))
        return FALSE;
    for (size_t n = 0; (pszPath[n] = combined[n]) != 0; n++)
        ;
    return TRUE;
}
