#ifndef NIEMYET_CPANGOCAIRO_SHIM_H
#define NIEMYET_CPANGOCAIRO_SHIM_H

#include <pango/pangocairo.h>
#include <cairo-pdf.h>

#endif
