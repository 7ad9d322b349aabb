#ifndef QUORUM_CSQLITE_SHIM_H
#define QUORUM_CSQLITE_SHIM_H

#include <sqlite3.h>

/// `SQLITE_TRANSIENT` is a macro casting -1 to a function pointer, which Swift cannot
/// import; this constant makes it available.
static const sqlite3_destructor_type quorum_sqlite_transient = SQLITE_TRANSIENT;

#endif
