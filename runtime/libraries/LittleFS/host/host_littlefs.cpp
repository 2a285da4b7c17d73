// Host LittleFS over a real folder (see host_littlefs.h). Behaviour follows FS.cpp and LittleFS.{h,cpp} of
// esp8266/Arduino 3.1.2: nothing works before begin(); open() of a missing file for reading, an empty path,
// a name part of 32 bytes or more gives a closed File; "w"/"a" create missing folders; read() is -1 at the
// end; available() is size - position; a write that would not fit writes nothing more (short count).
#if !defined(ESP8266)
#include "host_littlefs.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tsd_fs {

struct FileState {
  int refs = 1;
  FILE* fp = nullptr;
  bool isDir = false;
  bool canRead = false, canWrite = false, append = false;
  char path[512];  // relative to the root, no leading '/'
};

struct DirState {
  int refs = 1;
  char path[512];
  char** names = nullptr;
  size_t count = 0;
  long index = -1;
  char entry[64];
};

FS LittleFS;

namespace {
const int kNameMax = 32;  // LFS_NAME_MAX
bool mounted = false;
char root[512];
size_t usedBlocks = 0;

size_t envSize(const char* name, size_t fallback) {
  const char* v = getenv(name);
  return v && *v ? size_t(strtoull(v, nullptr, 10)) : fallback;
}
size_t blockSize() { return envSize("TSDUINO_FS_BLOCK", 8192); }
size_t totalBlocks() { return envSize("TSDUINO_FS_SIZE", 2072576) / blockSize(); }
// littlefs keeps a file of up to min(0x3fe, cache_size, block_size / 8) bytes inside its folder's metadata
// pair (lfs.c lfs_file_flushedwrite); the core's LittleFS.h sets cache_size 64, so such a file uses no block.
const size_t kInlineMax = 64;
size_t blocksFor(size_t bytes) { return (bytes + blockSize() - 1) / blockSize(); }

void makeDirs(const char* path) {  // mkdir -p of every folder in path (not the last part)
  char tmp[600];
  snprintf(tmp, sizeof tmp, "%s", path);
  for (char* p = tmp + 1; *p; p++) {
    if (*p == '/') {
      *p = 0;
      ::mkdir(tmp, 0777);
      *p = '/';
    }
  }
}

// "/a/b.txt" → "a/b.txt" in out; false for paths LittleFS rejects or that would leave the root.
bool normalise(const char* path, char* out, size_t cap) {
  if (!path || !path[0]) return false;
  while (*path == '/') path++;
  size_t n = strlen(path);
  while (n > 0 && path[n - 1] == '/') n--;
  if (n >= cap) return false;
  memcpy(out, path, n);
  out[n] = 0;
  const char* part = out;
  for (;;) {
    const char* slash = strchr(part, '/');
    size_t len = slash ? size_t(slash - part) : strlen(part);
    if (len >= size_t(kNameMax) || (len == 1 && part[0] == '.') || (len == 2 && part[0] == '.' && part[1] == '.')) return false;
    if (!slash) break;
    part = slash + 1;
  }
  return true;
}

void hostPath(const char* rel, char* out, size_t cap) { snprintf(out, cap, "%s/%s", root, rel); }

size_t countBlocks(const char* dir) {
  size_t blocks = 0;
  DIR* d = opendir(dir);
  if (!d) return 0;
  while (dirent* e = readdir(d)) {
    if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
    char full[1024];
    snprintf(full, sizeof full, "%s/%s", dir, e->d_name);
    struct stat st;
    if (stat(full, &st) != 0) continue;
    if (S_ISDIR(st.st_mode)) blocks += 2 + countBlocks(full);  // a metadata pair per folder
    else if (size_t(st.st_size) > kInlineMax) blocks += blocksFor(size_t(st.st_size));  // else inline in the folder's pair
  }
  closedir(d);
  return blocks;
}

void recount() { usedBlocks = 2 + countBlocks(root); }  // the superblock pair

bool removeTree(const char* dir) {
  DIR* d = opendir(dir);
  if (!d) return false;
  while (dirent* e = readdir(d)) {
    if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
    char full[1024];
    snprintf(full, sizeof full, "%s/%s", dir, e->d_name);
    struct stat st;
    if (stat(full, &st) == 0 && S_ISDIR(st.st_mode)) {
      removeTree(full);
      ::rmdir(full);
    } else {
      unlink(full);
    }
  }
  closedir(d);
  return true;
}

size_t fileSize(FILE* fp) {
  fflush(fp);
  struct stat st;
  return fstat(fileno(fp), &st) == 0 ? size_t(st.st_size) : 0;
}
}  // namespace

// ---- FS
bool FS::begin() {
  const char* base = getenv("TSDUINO_FLASH_DIR");
  snprintf(root, sizeof root, "%s/littlefs", base && *base ? base : ".tsduino/flash");
  char probe[600];
  snprintf(probe, sizeof probe, "%s/", root);
  makeDirs(probe);
  struct stat st;
  mounted = stat(root, &st) == 0 && S_ISDIR(st.st_mode);
  if (mounted) recount();
  return mounted;
}

void FS::end() { mounted = false; }

bool FS::format() {
  if (!root[0]) begin();
  removeTree(root);
  recount();
  return true;
}

File FS::open(const char* path, const char* mode) {
  char rel[512], full[1024];
  if (!mounted || !mode || !normalise(path, rel, sizeof rel)) return File();
  hostPath(rel, full, sizeof full);
  bool plus = strchr(mode, '+') != nullptr;
  struct stat st;
  bool exists = stat(full, &st) == 0;
  FileState* s = new FileState();
  snprintf(s->path, sizeof s->path, "%s", rel);
  if (exists && S_ISDIR(st.st_mode)) {
    s->isDir = true;  // as LittleFS: a handle that carries the name but reads and writes nothing
    return File(s);
  }
  const char* how = nullptr;
  switch (mode[0]) {
    case 'r': how = plus ? "r+b" : "rb"; s->canRead = true; s->canWrite = plus; break;
    case 'w': how = plus ? "w+b" : "wb"; s->canWrite = true; s->canRead = plus; break;
    case 'a': how = plus ? "a+b" : "ab"; s->canWrite = true; s->canRead = plus; s->append = true; break;
  }
  if (how && mode[0] != 'r') makeDirs(full);
  s->fp = how ? fopen(full, how) : nullptr;
  if (!s->fp) {
    delete s;
    return File();
  }
  if (mode[0] == 'w' && exists) recount();  // truncated
  return File(s);
}

bool FS::exists(const char* path) {
  char rel[512], full[1024];
  if (!mounted) return false;
  if (path && (!strcmp(path, "/") || !path[0])) return true;
  if (!normalise(path, rel, sizeof rel)) return false;
  hostPath(rel, full, sizeof full);
  struct stat st;
  return stat(full, &st) == 0;
}

Dir FS::openDir(const char* path) {
  if (!mounted || !path) return Dir();
  DirState* s = new DirState();
  char rel[512] = "";
  if (strspn(path, "/") != strlen(path) && !normalise(path, rel, sizeof rel)) rel[0] = 0;
  snprintf(s->path, sizeof s->path, "%s", rel);
  char full[1024];
  hostPath(rel, full, sizeof full);
  if (DIR* d = opendir(full)) {
    size_t cap = 0;
    while (dirent* e = readdir(d)) {
      if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
      if (s->count == cap) {
        cap = cap ? cap * 2 : 16;
        s->names = static_cast<char**>(realloc(s->names, cap * sizeof(char*)));
      }
      s->names[s->count++] = strdup(e->d_name);
    }
    closedir(d);
    qsort(s->names, s->count, sizeof(char*), [](const void* a, const void* b) {
      return strcmp(*static_cast<char* const*>(a), *static_cast<char* const*>(b));
    });
  }
  return Dir(s);
}

bool FS::remove(const char* path) {
  char rel[512], full[1024];
  if (!mounted || !normalise(path, rel, sizeof rel)) return false;
  hostPath(rel, full, sizeof full);
  struct stat st;
  if (stat(full, &st) != 0) return false;
  bool ok = S_ISDIR(st.st_mode) ? ::rmdir(full) == 0 : unlink(full) == 0;
  recount();
  return ok;
}

bool FS::rename(const char* pathFrom, const char* pathTo) {
  char a[512], b[512], fa[1024], fb[1024];
  if (!mounted || !normalise(pathFrom, a, sizeof a) || !normalise(pathTo, b, sizeof b)) return false;
  hostPath(a, fa, sizeof fa);
  hostPath(b, fb, sizeof fb);
  struct stat st;
  if (stat(fa, &st) != 0) return false;
  return ::rename(fa, fb) == 0;
}

bool FS::mkdir(const char* path) {
  char rel[512], full[1024];
  if (!mounted || !normalise(path, rel, sizeof rel)) return false;
  hostPath(rel, full, sizeof full);
  if (usedBlocks + 2 > totalBlocks()) return false;
  bool ok = ::mkdir(full, 0777) == 0;
  if (ok) usedBlocks += 2;
  return ok;
}

bool FS::rmdir(const char* path) {
  char rel[512], full[1024];
  if (!mounted || !normalise(path, rel, sizeof rel)) return false;
  hostPath(rel, full, sizeof full);
  bool ok = ::rmdir(full) == 0;
  recount();
  return ok;
}

size_t FS::totalBytes() { return totalBlocks() * blockSize(); }
size_t FS::usedBytes() {
  if (mounted) recount();
  return usedBlocks * blockSize();
}

// ---- File
File::File(const File& o) : s_(o.s_) {
  if (s_) s_->refs++;
}
File& File::operator=(const File& o) {
  if (o.s_) o.s_->refs++;
  this->~File();
  s_ = o.s_;
  return *this;
}
File::~File() {
  if (s_ && --s_->refs == 0) {
    if (s_->fp) fclose(s_->fp);
    delete s_;
  }
  s_ = nullptr;
}
File::operator bool() const { return s_ && (s_->fp || s_->isDir); }

size_t File::write(const uint8_t* buf, size_t size) {
  if (!s_ || !s_->fp || !s_->canWrite || size == 0) return 0;
  size_t before = fileSize(s_->fp);
  size_t at = s_->append ? before : position();
  // As LittleFS when the flash is full: only what fits in the blocks left is written.
  size_t freeBlocks = totalBlocks() > usedBlocks ? totalBlocks() - usedBlocks : 0;
  size_t limit = (blocksFor(before) + freeBlocks) * blockSize();
  if (at + size > limit) size = limit > at ? limit - at : 0;
  if (size == 0) return 0;
  size_t n = fwrite(buf, 1, size, s_->fp);
  fflush(s_->fp);
  usedBlocks += blocksFor(fileSize(s_->fp)) - blocksFor(before);
  return n;
}

int File::read() {
  uint8_t c;
  return read(&c, 1) == 1 ? c : -1;
}
int File::read(uint8_t* buf, size_t size) {
  if (!s_ || !s_->fp || !s_->canRead) return -1;
  return int(fread(buf, 1, size, s_->fp));
}
int File::peek() {
  if (!s_ || !s_->fp || !s_->canRead) return -1;
  int c = fgetc(s_->fp);
  if (c != EOF) ungetc(c, s_->fp);
  return c == EOF ? -1 : c;
}
int File::available() {
  if (!s_ || !s_->fp) return 0;
  return int(size() - position());
}
bool File::seek(uint32_t pos, SeekMode mode) {
  if (!s_ || !s_->fp) return false;
  long base = mode == SeekCur ? ftell(s_->fp) : mode == SeekEnd ? long(fileSize(s_->fp)) : 0;
  long to = mode == SeekEnd ? base - long(pos) : base + long(pos);  // SeekEnd counts back from the end (lfs)
  if (to < 0 || size_t(to) > fileSize(s_->fp)) return false;
  return fseek(s_->fp, to, SEEK_SET) == 0;
}
size_t File::position() const {
  if (!s_ || !s_->fp) return 0;
  long p = ftell(s_->fp);
  return p < 0 ? 0 : size_t(p);
}
size_t File::size() const { return s_ && s_->fp ? fileSize(s_->fp) : 0; }
bool File::truncate(uint32_t size) {
  if (!s_ || !s_->fp || !s_->canWrite) return false;
  fflush(s_->fp);
  bool ok = ftruncate(fileno(s_->fp), off_t(size)) == 0;
  recount();
  return ok;
}
void File::flush() {
  if (s_ && s_->fp) fflush(s_->fp);
}
void File::close() {
  if (!s_) return;
  if (s_->fp) fclose(s_->fp);
  s_->fp = nullptr;
  s_->isDir = false;
}
const char* File::name() const {
  if (!s_) return "";
  const char* slash = strrchr(s_->path, '/');
  return slash ? slash + 1 : s_->path;
}
const char* File::fullName() const { return s_ ? s_->path : ""; }
bool File::isFile() const { return s_ && s_->fp; }
bool File::isDirectory() const { return s_ && s_->isDir; }

// ---- Dir
Dir::Dir(const Dir& o) : s_(o.s_) {
  if (s_) s_->refs++;
}
Dir& Dir::operator=(const Dir& o) {
  if (o.s_) o.s_->refs++;
  this->~Dir();
  s_ = o.s_;
  return *this;
}
Dir::~Dir() {
  if (s_ && --s_->refs == 0) {
    for (size_t i = 0; i < s_->count; i++) free(s_->names[i]);
    free(s_->names);
    delete s_;
  }
  s_ = nullptr;
}
bool Dir::next() {
  if (!s_ || !mounted) return false;
  if (s_->index + 1 >= long(s_->count)) {
    s_->index = long(s_->count);
    return false;
  }
  s_->index++;
  return true;
}
const char* Dir::fileName() {
  if (!s_ || s_->index < 0 || s_->index >= long(s_->count)) return "";
  return s_->names[s_->index];
}
static bool entryStat(const char* dir, const char* name, struct stat* st) {
  char full[1200];
  snprintf(full, sizeof full, "%s/%s%s%s", root, dir, dir[0] ? "/" : "", name);
  return stat(full, st) == 0;
}
size_t Dir::fileSize() {
  struct stat st;
  if (!s_ || s_->index < 0 || s_->index >= long(s_->count) || !entryStat(s_->path, s_->names[s_->index], &st)) return 0;
  return S_ISDIR(st.st_mode) ? 0 : size_t(st.st_size);
}
bool Dir::isFile() const {
  struct stat st;
  return s_ && s_->index >= 0 && s_->index < long(s_->count) && entryStat(s_->path, s_->names[s_->index], &st) && !S_ISDIR(st.st_mode);
}
bool Dir::isDirectory() const {
  struct stat st;
  return s_ && s_->index >= 0 && s_->index < long(s_->count) && entryStat(s_->path, s_->names[s_->index], &st) && S_ISDIR(st.st_mode);
}
File Dir::openFile(const char* mode) {
  if (!s_ || s_->index < 0 || s_->index >= long(s_->count)) return File();
  char path[700];
  snprintf(path, sizeof path, "%s%s%s", s_->path, s_->path[0] ? "/" : "", s_->names[s_->index]);
  return LittleFS.open(path, mode);
}
bool Dir::rewind() {
  if (!s_) return false;
  s_->index = -1;
  return true;
}

}  // namespace tsd_fs
#endif
