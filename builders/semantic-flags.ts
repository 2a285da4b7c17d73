// Compiler flags every build of a sketch needs for JavaScript's semantics, whatever builds it (host g++,
// lx106-qemu, arduino-cli, PlatformIO). -fsignaling-nans: `undefined` read from a number[] is a signalling NaN
// (runtime/core/ts_base.h) that arithmetic turns into an ordinary NaN, as `undefined * 1` is NaN in
// JavaScript; by default GCC assumes no signalling NaNs and folds `x * 1`, `x / 1` and `x - 0` to `x`, which
// then printed "undefined" (mutant m-235-…-55000323).
export const SEMANTIC_CXX_FLAGS = ["-fsignaling-nans"];
