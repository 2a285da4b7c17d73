// AssemblyScript's fixed-width numeric types, global as in AssemblyScript. To TypeScript they are numbers
// (so the same file still runs under Node); tsduino reads the annotations and compiles them to C++ integer
// and float types with AssemblyScript's semantics: wrapping arithmetic, truncating integer division, and
// explicit conversions with i32(x), u8(x), f64(x) ...
type i8 = number;
type i16 = number;
type i32 = number;
type i64 = number;
type u8 = number;
type u16 = number;
type u32 = number;
type u64 = number;
type f32 = number;
type f64 = number;
type isize = number;
type usize = number;
type bool = boolean;

declare function i8(value: number): i8;
declare function i16(value: number): i16;
declare function i32(value: number): i32;
declare function i64(value: number): i64;
declare function u8(value: number): u8;
declare function u16(value: number): u16;
declare function u32(value: number): u32;
declare function u64(value: number): u64;
declare function f32(value: number): f32;
declare function f64(value: number): f64;
declare function isize(value: number): isize;
declare function usize(value: number): usize;
