// The runtime's fixed cost: a sketch with nothing in setup() and loop().
export function setup(): void {}
export function loop(): void {}
