/* The floor for the benchmark: read every *.json file under the given
 * folders (not recursive, hidden files skipped) into one reused buffer, as
 * `wijk summary` does, and do nothing else. Prints files and bytes read. */
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv) {
    size_t cap = 1 << 16, files = 0, bytes = 0;
    unsigned char *buf = malloc(cap);
    unsigned long sum = 0;
    char path[4096];
    for (int a = 1; a < argc; a++) {
        DIR *d = opendir(argv[a]);
        if (!d) { perror(argv[a]); continue; }
        struct dirent *e;
        while ((e = readdir(d))) {
            size_t n = strlen(e->d_name);
            if (e->d_name[0] == '.' || n < 5 || strcmp(e->d_name + n - 5, ".json")) continue;
            snprintf(path, sizeof path, "%s/%s", argv[a], e->d_name);
            int fd = open(path, O_RDONLY);
            if (fd < 0) continue;
            size_t len = 0;
            ssize_t r;
            while ((r = read(fd, buf + len, cap - len)) > 0) {
                len += (size_t)r;
                if (len == cap) { cap *= 2; buf = realloc(buf, cap); }
            }
            close(fd);
            sum += len ? buf[len / 2] : 0;   /* touch the data */
            files++; bytes += len;
        }
        closedir(d);
    }
    printf("%zu files, %zu bytes (%lu)\n", files, bytes, sum);
    return 0;
}
