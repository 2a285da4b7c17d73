// flat() flattens one level; a deeper depth is not supported (call flat() again).
const grid = [[[1, 2]], [[3]]];
console.log(grid.flat(/*@error TSD2006 flat(depth)*/2).length);
