// Host flash sector behind EEPROM: $TSDUINO_FLASH_DIR/eeprom.bin (default ./.tsduino/flash/eeprom.bin),
// 4096 bytes, 0xFF when erased, as the SPI flash sector the core's EEPROMClass reads and writes.
#pragma once
#include <stddef.h>
#include <stdint.h>

namespace tsd_eeprom {
const size_t kSectorSize = 4096;  // SPI_FLASH_SEC_SIZE
bool readSector(uint8_t* data, size_t size);
bool writeSector(const uint8_t* data, size_t size);
}  // namespace tsd_eeprom
