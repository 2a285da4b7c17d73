// The host LittleFS: the ESP8266 core's fs::FS / fs::File / fs::Dir behaviour over a real folder
// ($TSDUINO_FLASH_DIR/littlefs, default ./.tsduino/flash/littlefs), so files persist between runs. The size
// limit is the board's: TSDUINO_FS_SIZE / TSDUINO_FS_BLOCK (tsduino run sets them from the board's flash
// layout; default 4M2M: 2,072,576 bytes in 8 KB blocks), counted in whole blocks as LittleFS allocates them.
#pragma once
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

namespace tsd_fs {

enum SeekMode { SeekSet = 0, SeekCur = 1, SeekEnd = 2 };

struct FileState;  // refcounted: File is a handle, copied like the core's shared_ptr-based fs::File
struct DirState;

class File {
 public:
  File() : s_(nullptr) {}
  explicit File(FileState* s) : s_(s) {}
  File(const File& o);
  File& operator=(const File& o);
  ~File();
  explicit operator bool() const;
  size_t write(const uint8_t* buf, size_t size);
  int read();
  int read(uint8_t* buf, size_t size);
  int peek();
  int available();
  bool seek(uint32_t pos, SeekMode mode);
  size_t position() const;
  size_t size() const;
  bool truncate(uint32_t size);
  void flush();
  void close();
  const char* name() const;
  const char* fullName() const;
  bool isFile() const;
  bool isDirectory() const;

 private:
  FileState* s_;
};

class Dir {
 public:
  Dir() : s_(nullptr) {}
  explicit Dir(DirState* s) : s_(s) {}
  Dir(const Dir& o);
  Dir& operator=(const Dir& o);
  ~Dir();
  bool next();
  const char* fileName();
  size_t fileSize();
  bool isFile() const;
  bool isDirectory() const;
  File openFile(const char* mode);
  bool rewind();

 private:
  DirState* s_;
};

class FS {
 public:
  bool begin();
  void end();
  bool format();
  File open(const char* path, const char* mode);
  bool exists(const char* path);
  Dir openDir(const char* path);
  bool remove(const char* path);
  bool rename(const char* pathFrom, const char* pathTo);
  bool mkdir(const char* path);
  bool rmdir(const char* path);
  size_t totalBytes();
  size_t usedBytes();
};

extern FS LittleFS;

}  // namespace tsd_fs
