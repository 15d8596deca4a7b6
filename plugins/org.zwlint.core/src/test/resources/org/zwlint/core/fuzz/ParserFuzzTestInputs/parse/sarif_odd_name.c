//@file dir with space/été #1%.c
int Named(void *h) { return NtClose(h); }
