// Adapter for the ESP8266 core's file system with LittleFS (FS.h, LittleFS.h): FileTS, DirTS and FSTS take
// runtime values (ts::String, double, ts::Uint8Array) and forward to fs::File / fs::Dir / the LittleFS
// instance on the board, or to the host implementation (host/host_littlefs.*: a folder that persists).
// Files and folders are handles: copying one shares the open file, as fs::File's shared_ptr does.
#pragma once

#if defined(ESP8266)
#include <LittleFS.h>
namespace tsd_littlefs {
using File = fs::File;
using Dir = fs::Dir;
using SeekMode = fs::SeekMode;
inline fs::FS& fileSystem() { return LittleFS; }
inline const char* text(const String& s) { return s.c_str(); }
}  // namespace tsd_littlefs
#else
#include "host/host_littlefs.h"
using tsd_fs::SeekCur;
using tsd_fs::SeekEnd;
using tsd_fs::SeekSet;
namespace tsd_littlefs {
using File = tsd_fs::File;
using Dir = tsd_fs::Dir;
using SeekMode = tsd_fs::SeekMode;
inline tsd_fs::FS& fileSystem() { return tsd_fs::LittleFS; }
}  // namespace tsd_littlefs
#endif

namespace tsd_littlefs {
inline const char* text(const char* s) { return s ? s : ""; }

// Writes a runtime string's UTF-8 bytes (string literals stay in flash: copied through a small RAM buffer).
inline size_t writeString(File& f, const ts::String& s) {
  size_t total = 0, len = s.byteLength();
  char chunk[64];
  for (size_t from = 0; from < len; from += sizeof chunk) {
    size_t n = len - from < sizeof chunk ? len - from : sizeof chunk;
    s.copyBytes(chunk, from, n);
    size_t w = f.write(reinterpret_cast<const uint8_t*>(chunk), n);
    total += w;
    if (w != n) break;
  }
  return total;
}
}  // namespace tsd_littlefs

class FileTS {
 public:
  FileTS() {}
  explicit FileTS(const tsd_littlefs::File& f) : f_(f) {}
  explicit operator bool() const { return (bool)f_; }
  bool isOpen() const { return (bool)f_; }

  double write(double byte) {
    uint8_t b = (uint8_t)ts::toInt32(byte);
    return (double)f_.write(&b, 1);
  }
  double write(const ts::String& s) { return (double)tsd_littlefs::writeString(f_, s); }
  double write(const ts::Uint8Array& bytes) { return bytes.size() ? (double)f_.write(bytes.data(), bytes.size()) : 0; }
  double print(const ts::String& s) { return write(s); }
  double print(double v) { return write(ts::toString(v)); }
  double print(bool v) { return write(ts::toString(v)); }
  double println() { return write(ts::String::fromUtf8("\r\n")); }  // Print::println ends lines with CR LF
  template <class T> double println(const T& v) { return print(v) + println(); }

  double read() { return (double)f_.read(); }
  double read(const ts::Uint8Array& buffer) {
    if (!buffer.size()) return 0;
    int n = f_.read(buffer.data(), buffer.size());
    return n < 0 ? 0 : (double)n;
  }
  double peek() { return (double)f_.peek(); }
  double available() { return (double)f_.available(); }
  ts::String readString() {
    int left = f_.available();
    if (left <= 0) return ts::String::fromUtf8("");
    char* buf = static_cast<char*>(malloc((size_t)left));
    if (!buf) return ts::String::fromUtf8("");
    int n = f_.read(reinterpret_cast<uint8_t*>(buf), (size_t)left);
    ts::String s = ts::String::fromUtf8(buf, n < 0 ? 0 : (size_t)n);
    free(buf);
    return s;
  }
  ts::String readStringUntil(const ts::String& terminator) {
    int stop = terminator.byteLength() ? terminator.byteAt(0) : -1;
    size_t cap = 32, len = 0;
    char* buf = static_cast<char*>(malloc(cap));
    for (int c = f_.read(); c >= 0 && c != stop && buf; c = f_.read()) {
      if (len == cap) buf = static_cast<char*>(realloc(buf, cap *= 2));
      if (buf) buf[len++] = (char)c;
    }
    ts::String s = ts::String::fromUtf8(buf ? buf : "", buf ? len : 0);
    free(buf);
    return s;
  }
  bool seek(double pos) { return f_.seek((uint32_t)ts::toUint32(pos), (tsd_littlefs::SeekMode)0); }
  bool seek(double pos, double mode) { return f_.seek((uint32_t)ts::toUint32(pos), (tsd_littlefs::SeekMode)ts::toInt32(mode)); }
  double position() { return (double)f_.position(); }
  double size() { return (double)f_.size(); }
  bool truncate(double size) { return f_.truncate((uint32_t)ts::toUint32(size)); }
  void flush() { f_.flush(); }
  void close() { f_.close(); }
  ts::String name() { return ts::String::fromUtf8(tsd_littlefs::text(f_.name())); }
  ts::String fullName() { return ts::String::fromUtf8(tsd_littlefs::text(f_.fullName())); }
  bool isFile() { return f_.isFile(); }
  bool isDirectory() { return f_.isDirectory(); }

 private:
  tsd_littlefs::File f_;
};

// `if (!file)`: as in C++, a file that failed to open (or was closed) is falsy.
namespace ts {
inline bool truthy(const FileTS& f) { return (bool)f; }
}  // namespace ts

class DirTS {
 public:
  DirTS() {}
  explicit DirTS(const tsd_littlefs::Dir& d) : d_(d) {}
  bool next() { return d_.next(); }
  ts::String fileName() { return ts::String::fromUtf8(tsd_littlefs::text(d_.fileName())); }
  double fileSize() { return (double)d_.fileSize(); }
  bool isFile() { return d_.isFile(); }
  bool isDirectory() { return d_.isDirectory(); }
  FileTS openFile(const ts::String& mode) { return FileTS(d_.openFile(mode.c_str())); }
  bool rewind() { return d_.rewind(); }

 private:
  tsd_littlefs::Dir d_;
};

class FSTS {
 public:
  bool begin() { return fs().begin(); }
  void end() { fs().end(); }
  bool format() { return fs().format(); }
  FileTS open(const ts::String& path, const ts::String& mode) { return FileTS(fs().open(path.c_str(), mode.c_str())); }
  bool exists(const ts::String& path) { return fs().exists(path.c_str()); }
  DirTS openDir(const ts::String& path) { return DirTS(fs().openDir(path.c_str())); }
  bool remove(const ts::String& path) { return fs().remove(path.c_str()); }
  bool rename(const ts::String& from, const ts::String& to) { return fs().rename(from.c_str(), to.c_str()); }
  bool mkdir(const ts::String& path) { return fs().mkdir(path.c_str()); }
  bool rmdir(const ts::String& path) { return fs().rmdir(path.c_str()); }
#if defined(ESP8266)
  double totalBytes() {
    FSInfo info;
    return fs().info(info) ? (double)info.totalBytes : 0;
  }
  double usedBytes() {
    FSInfo info;
    return fs().info(info) ? (double)info.usedBytes : 0;
  }
#else
  double totalBytes() { return (double)fs().totalBytes(); }
  double usedBytes() { return (double)fs().usedBytes(); }
#endif

 private:
  static decltype(tsd_littlefs::fileSystem()) fs() { return tsd_littlefs::fileSystem(); }
};

inline FSTS LittleFSTS;
