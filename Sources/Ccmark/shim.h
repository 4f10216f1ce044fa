#ifndef NIEMYET_CCMARK_SHIM_H
#define NIEMYET_CCMARK_SHIM_H
#include <cmark.h>
#endif
