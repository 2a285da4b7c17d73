// Keep a boot counter and a log in LittleFS, as ESP8266 firmware keeps its settings. Each run reads
// /boot.txt, increments it, appends a line to /logs/boot.log and lists the files. On the PC the files live in
// examples/littlefs-counter/.tsduino/flash/littlefs, so a second `tsduino run` continues the count.
import { LittleFS, SeekSet } from "LittleFS";

export function setup(): void {
  Serial.begin(115200);
  if (!LittleFS.begin()) {
    Serial.println("LittleFS mount failed");
    return;
  }
  let boots = 0;
  if (LittleFS.exists("/boot.txt")) {
    const f = LittleFS.open("/boot.txt", "r");
    boots = parseInt(f.readString());
    f.close();
  }
  boots++;
  const out = LittleFS.open("/boot.txt", "w");
  out.print(boots);
  out.close();

  const log = LittleFS.open("/logs/boot.log", "a");
  log.println(`boot ${boots}`);
  log.close();

  const check = LittleFS.open("/logs/boot.log", "r");
  const lines = check.readString().trim().split("\r\n");
  check.seek(0, SeekSet);
  Serial.printf("boot %d, log has %d lines, first byte %d, %d bytes\n", boots, lines.length, check.read(), check.size());
  check.close();

  const missing = LittleFS.open("/nope.txt", "r");
  Serial.println(!missing ? "no /nope.txt" : "unexpected file");

  const dir = LittleFS.openDir("/");
  while (dir.next()) {
    Serial.printf("%s %s %d\n", dir.isDirectory() ? "dir " : "file", dir.fileName(), dir.fileSize());
  }
  LittleFS.rename("/boot.txt", "/boots.txt");
  LittleFS.rename("/boots.txt", "/boot.txt");
  Serial.printf("used %d of %d bytes\n", LittleFS.usedBytes(), LittleFS.totalBytes());
}

export function loop(): void {}
