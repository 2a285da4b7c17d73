// Declaration-only stand-in for the ESP8266 core's FS.h (3.1.2): fs::File, fs::Dir, fs::FS with the real
// names and signatures, for the xtensa object check (std::shared_ptr from tsd_std_memory.h: the compiler here
// has no libstdc++, and nothing is linked). Stream's readBytes is not virtual in our Stream.h stand-in, so
// File::readBytes lacks its `override` here.
#pragma once

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "Arduino.h"
#include "Stream.h"
#include "WString.h"
#include "tsd_std_memory.h"

namespace fs {

class File;
class Dir;
class FS;
class FileImpl;
typedef std::shared_ptr<FileImpl> FileImplPtr;
class FSImpl;
typedef std::shared_ptr<FSImpl> FSImplPtr;
class DirImpl;
typedef std::shared_ptr<DirImpl> DirImplPtr;

enum SeekMode { SeekSet = 0, SeekCur = 1, SeekEnd = 2 };

class File : public Stream {
 public:
  File(FileImplPtr p = FileImplPtr(), FS* baseFS = nullptr) : _p(p), _baseFS(baseFS) {}
  size_t write(uint8_t) override;
  size_t write(const uint8_t* buf, size_t size) override;
  int availableForWrite() override;
  int available() override;
  int read() override;
  int peek() override;
  void flush() override;
  size_t readBytes(char* buffer, size_t length) { return read((uint8_t*)buffer, length); }
  int read(uint8_t* buf, size_t size);
  bool seek(uint32_t pos, SeekMode mode);
  bool seek(uint32_t pos) { return seek(pos, SeekSet); }
  size_t position() const;
  size_t size() const;
  void close();
  operator bool() const;
  const char* name() const;
  const char* fullName() const;
  bool truncate(uint32_t size);
  bool isFile() const;
  bool isDirectory() const;
  using Print::write;
  void rewindDirectory();
  File openNextFile();
  String readString();
  time_t getLastWrite();
  time_t getCreationTime();

 protected:
  FileImplPtr _p;
  time_t (*_timeCallback)(void) = nullptr;
  FS* _baseFS;
};

class Dir {
 public:
  Dir(DirImplPtr impl = DirImplPtr(), FS* baseFS = nullptr) : _impl(impl), _baseFS(baseFS) {}
  File openFile(const char* mode);
  String fileName();
  size_t fileSize();
  time_t fileTime();
  time_t fileCreationTime();
  bool isFile() const;
  bool isDirectory() const;
  bool next();
  bool rewind();

 protected:
  DirImplPtr _impl;
  FS* _baseFS;
  time_t (*_timeCallback)(void) = nullptr;
};

struct FSInfo {
  size_t totalBytes;
  size_t usedBytes;
  size_t blockSize;
  size_t pageSize;
  size_t maxOpenFiles;
  size_t maxPathLength;
};

class FSConfig {
 public:
  FSConfig(uint32_t type = 0, bool autoFormat = true) : _type(type), _autoFormat(autoFormat) {}
  uint32_t _type;
  bool _autoFormat;
};

class FS {
 public:
  FS(FSImplPtr impl) : _impl(impl) {}
  bool setConfig(const FSConfig& cfg);
  bool begin();
  void end();
  bool format();
  bool info(FSInfo& info);
  File open(const char* path, const char* mode);
  File open(const String& path, const char* mode);
  bool exists(const char* path);
  bool exists(const String& path);
  Dir openDir(const char* path);
  Dir openDir(const String& path);
  bool remove(const char* path);
  bool remove(const String& path);
  bool rename(const char* pathFrom, const char* pathTo);
  bool rename(const String& pathFrom, const String& pathTo);
  bool mkdir(const char* path);
  bool mkdir(const String& path);
  bool rmdir(const char* path);
  bool rmdir(const String& path);
  bool gc();
  bool check();

 protected:
  FSImplPtr _impl;
};

}  // namespace fs

using fs::Dir;
using fs::File;
using fs::FS;
using fs::FSConfig;
using fs::FSInfo;
using fs::SeekCur;
using fs::SeekEnd;
using fs::SeekMode;
using fs::SeekSet;
