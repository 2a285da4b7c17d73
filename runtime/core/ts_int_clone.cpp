// The integer copies' way back to their entry (ts_int_clone.h).
#include "ts_int_clone.h"

namespace ts {
namespace detail {
void** intTrap = nullptr;
}  // namespace detail

void intCloneOverflow() { __builtin_longjmp(detail::intTrap, 1); }

}  // namespace ts
