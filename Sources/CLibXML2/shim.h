#ifndef NIEMYET_CLIBXML2_SHIM_H
#define NIEMYET_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* Debian's libxml2 is built with ICU, whose headers clash with the ICU copy inside
   Foundation. niemyet never touches the ICU converter fields, so hide them. */
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlmemory.h>

/* xmlFree is a global function-pointer variable, which Swift 6 strict concurrency
   rejects; call it through this function instead. */
static inline void niemyet_xml_free(void *pointer) { xmlFree(pointer); }
#endif
