/* IIS Express's command line (/config:FILE /site:NAME /path:DIR /port:N ...), taken as
 * w3host's flags (the table is in flags.def). */
#ifndef W3HOST_IIS_EXPRESS_H
#define W3HOST_IIS_EXPRESS_H

/* Replaces *argv (and *argc) with a vector in which every IIS Express flag is its w3host
 * equivalent; flags that have none (/clr, /systray) are dropped with a note on stderr.
 * Other arguments are kept as given. Returns 0 after writing the error for a /name:value
 * IIS Express does not have, or a value that does not fit. */
int iis_express_translate(int *argc, char ***argv);

#endif
