#ifndef QUORUM_CMALLOC_SHIM_H
#define QUORUM_CMALLOC_SHIM_H

/// glibc's allocator settings (`mallopt`), which the Glibc module does not bring: see
/// `AllocatorTuning` in QuorumCommands. Empty elsewhere.
#if defined(__GLIBC__) || defined(__linux__)
#include <malloc.h>
#endif

#endif
