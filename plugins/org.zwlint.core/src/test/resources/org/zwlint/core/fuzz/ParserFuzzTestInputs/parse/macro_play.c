#define STR_(x) #x
#define STR(x) STR_(x)
#define CAT(a, b) a ## b
#define LOG(fmt, ...) DbgPrintEx(DPFLTR_IHVDRIVER_ID, DPFLTR_INFO_LEVEL, fmt, __VA_ARGS__)
#define TWICE(x) x x
#define F(x) G(x) + 1
#define G(x) F(x) * 2
#define EMPTY
#define DEFER(id) id EMPTY
#define SELF SELF + 1
#pragma push_macro("SELF")
#undef SELF
#define SELF 7
#pragma pop_macro("SELF")
const char *Where = STR(__LINE__) ":" __FILE__;
int CAT(Wid, get) = F(3) + SELF + TWICE(1 +) 2;
void Logger(int v) { LOG("value %d\n", v); DEFER(LOG)("%d %d", v, v); }
#if defined(CAT) && (1 << 4) == 16 && 'A' == 65 && -1 < 0u
int Arithmetic = 1;
#elif 1 / 0
#else
#endif
