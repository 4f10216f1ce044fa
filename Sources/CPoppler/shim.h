#ifndef NIEMYET_CPOPPLER_SHIM_H
#define NIEMYET_CPOPPLER_SHIM_H
#include <poppler.h>
#endif
