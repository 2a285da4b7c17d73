// Mesh nodes that point back at their gateway: printing them shows the cycle (<ref *1>), and
// JSON.stringify of the gateway stops with Node's TypeError (uncaught here).
class MeshNode {
  gateway: MeshNode | null = null;
  children: MeshNode[] = [];
  rssi = -60;
  constructor(public id: string) {}
}
const gateway = new MeshNode("gw");
for (let i = 0; i < 3; i++) {
  const n = new MeshNode(`n${i}`);
  n.rssi -= i * 7;
  gateway.children.push(n);
}
console.log(JSON.stringify(gateway));
console.log(JSON.stringify(gateway.children.map((c) => c.rssi)));
for (const c of gateway.children) c.gateway = gateway;
console.log(gateway.children[1]);
console.log(gateway);
console.log(JSON.stringify(gateway.children[2].id));
console.log(JSON.stringify(gateway));
console.log("not reached");
