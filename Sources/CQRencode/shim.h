#ifndef NIEMYET_CQRENCODE_SHIM_H
#define NIEMYET_CQRENCODE_SHIM_H

#include <qrencode.h>

#endif
