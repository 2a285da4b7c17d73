// Declaration-only stand-in for libraries/LittleFS/src/LittleFS.h of the ESP8266 core (3.1.2): the global
// LittleFS file system object, for the xtensa object check.
#pragma once

#include "FS.h"

#define LFS_NAME_MAX 32

extern FS LittleFS;
