// The ESP object: heap, chip ID, and the reset reason across a deep sleep and a restart. The first boot
// ("Power On") sleeps 200 ms; with GPIO16 wired to RST the chip boots again ("Deep-Sleep Wake") and then
// restarts itself ("Software/System restart"). On the PC the program is started again the same way.
let loops = 0;

export function setup(): void {
  Serial.begin(115200);
  const reason = ESP.getResetReason();
  Serial.printf("reset reason: %s, chip %06x, free heap %s\n", reason, ESP.getChipId(), ESP.getFreeHeap() > 10000 ? "ok" : "low");
  if (reason === "Power On") {
    Serial.println("deep sleep for 200 ms");
    ESP.deepSleep(200000);
  } else if (reason === "Deep-Sleep Wake") {
    Serial.println("restarting");
    ESP.restart();
  }
}

export function loop(): void {
  if (loops++ === 0) Serial.println("running after a software restart");
  delay(50);
}
