/* initial - an initial typed that the customer's people of the surname
 * typed do not have (initial.c). */
#ifndef SDC_INITIAL_H
#define SDC_INITIAL_H

#include <stddef.h>

/* The typed name writes an initial before a surname of the customer at
 * idx's name ("Notariskantoor S. de Groot"), and the customer's name
 * writes another initial before it, or its contacts of that surname
 * have other given names: another member of the family.  "S. de groot"
 * (a new string), or NULL. */
char *initial_other(const char *guess, size_t idx);

#endif
