#if 1
int Open = "unterminated;
char c = 'x
int F(int a { return a; }
#endif
#endif
int G(void) { return ((((1)); }
/* never closed
