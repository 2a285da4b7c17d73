// tsduino finding: G++FAIL on host (session 5, fuzz helper, found while writing corpus 468; not fixed)
// find() in a console.log with another argument, its block-body callback comparing the element with undefined:
// the hoisted result is typed ts::Opt<bool>
// instead of the element (ts::Opt<ts::String>).
// g++: error: conversion from 'Opt<ts::String>' to non-scalar type 'Opt<bool>' requested
// signature: G++FAIL find-block-callback
const names = ["a", "b", "c"];
console.log(names.find((s) => {
  names.pop();
  return s === undefined;
}), names.length);
