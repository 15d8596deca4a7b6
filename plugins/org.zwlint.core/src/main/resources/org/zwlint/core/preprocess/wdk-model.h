/* placeholder */
#define _WIN64 1
