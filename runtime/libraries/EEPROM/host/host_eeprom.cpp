// Host EEPROM sector file (see host_eeprom.h). commit() replaces the file atomically (write, then rename), so
// a program killed mid-commit leaves the previous contents, as an interrupted flash write would not.
#if !defined(ESP8266)
#include "host_eeprom.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

namespace tsd_eeprom {
namespace {
void sectorPath(char* out, size_t cap, const char* suffix) {
  const char* base = getenv("TSDUINO_FLASH_DIR");
  snprintf(out, cap, "%s/eeprom.bin%s", base && *base ? base : ".tsduino/flash", suffix);
}
void makeParents(const char* path) {
  char tmp[600];
  snprintf(tmp, sizeof tmp, "%s", path);
  for (char* p = tmp + 1; *p; p++) {
    if (*p == '/') {
      *p = 0;
      mkdir(tmp, 0777);
      *p = '/';
    }
  }
}
}  // namespace

bool readSector(uint8_t* data, size_t size) {
  memset(data, 0xFF, size);
  char path[600];
  sectorPath(path, sizeof path, "");
  FILE* f = fopen(path, "rb");
  if (!f) return true;  // never written: erased flash
  size_t n = fread(data, 1, size, f);
  (void)n;
  fclose(f);
  return true;
}

bool writeSector(const uint8_t* data, size_t size) {
  uint8_t sector[kSectorSize];
  memset(sector, 0xFF, sizeof sector);
  memcpy(sector, data, size < kSectorSize ? size : kSectorSize);
  char path[600], tmp[600];
  sectorPath(path, sizeof path, "");
  sectorPath(tmp, sizeof tmp, ".tmp");
  makeParents(path);
  FILE* f = fopen(tmp, "wb");
  if (!f) return false;
  bool ok = fwrite(sector, 1, sizeof sector, f) == sizeof sector;
  ok = fclose(f) == 0 && ok;
  return ok && rename(tmp, path) == 0;
}
}  // namespace tsd_eeprom
#endif
