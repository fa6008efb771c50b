/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * replay_main.c — a main() for the fuzz targets without libFuzzer: runs LLVMFuzzerTestOneInput
 * once on every file named on the command line, or on every regular file of a directory
 * named there (not recursive). Exits 0 when every input ran, 1 when a path cannot be read.
 * A broken promise aborts inside the target (see fuzz.h).
 */
#include <dirent.h>
#include <string.h>
#include <sys/stat.h>
#include <ctrend.h>
#include "fuzz.h"

static int run_file(const char *path, size_t *count)
{
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        fprintf(stderr, "replay: cannot open %s\n", path);
        return 1;
    }
    size_t cap = 4096, n = 0;
    uint8_t *buf = malloc(cap);
    if (!buf) {
        fclose(fp);
        return 1;
    }
    for (;;) {
        if (n == cap) {
            uint8_t *nb = realloc(buf, 2 * cap);
            if (!nb) {
                free(buf);
                fclose(fp);
                return 1;
            }
            buf = nb;
            cap *= 2;
        }
        const size_t got = fread(buf + n, 1, cap - n, fp);
        if (got == 0) break;
        n += got;
    }
    fclose(fp);
    LLVMFuzzerTestOneInput(buf, n);
    free(buf);
    ++*count;
    return 0;
}

static int run_path(const char *path, size_t *count)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        fprintf(stderr, "replay: no such path %s (skipped)\n", path);
        return 0; /* an absent regressions/ folder is fine */
    }
    if (!S_ISDIR(st.st_mode)) return run_file(path, count);
    DIR *d = opendir(path);
    if (!d) return 1;
    int bad = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.') continue;
        const size_t len = strlen(path) + strlen(e->d_name) + 2;
        char *full = malloc(len);
        if (!full) {
            bad = 1;
            break;
        }
        snprintf(full, len, "%s/%s", path, e->d_name);
        if (stat(full, &st) == 0 && S_ISREG(st.st_mode)) bad |= run_file(full, count);
        free(full);
    }
    closedir(d);
    return bad;
}

int main(int argc, char **argv)
{
    ctrend_init();
    size_t count = 0;
    int bad = 0;
    for (int i = 1; i < argc; ++i) bad |= run_path(argv[i], &count);
    printf("replayed %zu input(s)%s\n", count, bad ? ", some unreadable" : "");
    return bad;
}
