#ifndef QUORUM_CMALLOC_SHIM_H
#define QUORUM_CMALLOC_SHIM_H

/// glibc's allocator settings (`mallopt`), which the Glibc module does not bring: see
/// `AllocatorTuning` in QuorumCommands (a dependency on Linux only).
#include <malloc.h>

#endif
