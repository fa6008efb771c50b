/* main.c — the ctrend command line: dispatch to subcommands. Formatting lives in bin/ only. */
#include <stdio.h>
#include <string.h>
#include <ctrend.h>

int main(int argc, char **argv)
{
    ctrend_init();
    if (argc > 1 && (!strcmp(argv[1], "--version") || !strcmp(argv[1], "version"))) {
        printf("ctrend %s\n", ctrend_version_string());
        return 0;
    }
    fprintf(stderr, "usage: ctrend COMMAND [ARGS]\n");
    return 1;
}
