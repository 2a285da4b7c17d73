// TypeScript view of the ESP8266 core's EEPROM library (libraries/EEPROM/EEPROM.h, esp8266/Arduino 3.1.2):
// one 4 KB flash sector mirrored in RAM. begin(size) reads it (size is capped at 4096 and rounded up to a
// multiple of 4), read/write work on the RAM copy, commit() writes it back to flash. A fresh sector reads
// 0xFF (255) everywhere. On the host the sector is a file per project (tsduino run:
// .tsduino/flash/eeprom.bin next to the sketch, or --flash DIR), so values persist between runs.
declare module "EEPROM" {
  export interface EEPROMClass {
    begin(size: number): void;
    /** The byte at address (0 outside 0..length()-1 or before begin). */
    read(address: number): number;
    /** Stores the low 8 bits of value (ignored outside 0..length()-1). */
    write(address: number, value: number): void;
    /** Writes the RAM copy to flash if anything changed; false before begin or when flash fails. */
    commit(): boolean;
    /** commit(), then frees the RAM copy. */
    end(): boolean;
    length(): number;
    /**
     * The number stored at address by put(), or `value` unchanged when address..address+7 is outside the
     * area: EEPROM.get(address, t) with a C++ `double t` (TS numbers are doubles: 8 bytes, little-endian).
     */
    get(address: number, value: number): number;
    /** Stores value as the 8-byte double C++ `EEPROM.put(address, (double)value)` stores; returns value. */
    put(address: number, value: number): number;
  }
  export const EEPROM: EEPROMClass;
}
