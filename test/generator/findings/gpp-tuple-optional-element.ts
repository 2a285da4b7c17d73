// tsduino finding: G++FAIL on host (session 5, fuzz helper, found while writing corpus 467; not fixed)
// A tuple with a `T | undefined` element built from a literal: the literal is built as Tuple2<ts::Opt<bool>, …>
// (undefined's own type) and cannot become the declared Tuple2<ts::String, double>.
// g++: error: no matching function for call to 'ts::Ref<Tuple2<ts::String, double> >::Ref(ts::Ref<Tuple2<ts::Opt<bool>, double> >&)'
// signature: G++FAIL tuple-optional-element
const maybe: [string | undefined, number] = [undefined, 2];
console.log(String(maybe[0]), maybe[1]);
