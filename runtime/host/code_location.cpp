// Where an out-of-memory error happened, as a TypeScript line (host target): the call stack (glibc's
// backtrace, from the unwind tables) is handed to addr2line, which reads the executable's debug info; the
// generated C++ carries #line directives, so the first frame in a .ts file, inlined functions included, is the
// line to show. Memory is exhausted at this point, so nothing here allocates: addr2line runs in a vfork()ed
// child (its own address space) and its answer is read into a buffer on the stack. Without addr2line the
// error simply has no line.
#include <dlfcn.h>
#include <elf.h>
#include <execinfo.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tsduino_platform.h"

namespace {

// backtrace() loads libgcc's unwinder on first use, which needs memory: done once at startup.
struct PreloadUnwinder {
  PreloadUnwinder() {
    void* frame[1];
    backtrace(frame, 1);
  }
} preloadUnwinder;

// The addresses addr2line expects: file offsets for a position-independent executable, else as they are.
bool toFileAddress(void* pc, uintptr_t* out) {
  Dl_info info;
  Dl_info self;
  if (dladdr(pc, &info) == 0 || dladdr(reinterpret_cast<void*>(&toFileAddress), &self) == 0) return false;
  if (info.dli_fbase != self.dli_fbase) return false;  // a shared library (libc): no TypeScript there
  const Elf64_Ehdr* header = static_cast<const Elf64_Ehdr*>(info.dli_fbase);
  uintptr_t a = reinterpret_cast<uintptr_t>(pc) - 1;  // a return address: the byte before is the call
  *out = header->e_type == ET_DYN ? a - reinterpret_cast<uintptr_t>(info.dli_fbase) : a;
  return true;
}

}  // namespace

// Prints "    at file.ts:line" on stdout (through Serial's output path) when the stack names a TypeScript line.
extern "C" void tsd_host_print_code_location(void (*print)(const char* text)) {
  constexpr int kMaxFrames = 48;
  void* frames[kMaxFrames];
  int n = backtrace(frames, kMaxFrames);
  char exe[512];
  ssize_t len = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (len <= 0) return;
  exe[len] = 0;
  char hex[kMaxFrames][24];
  const char* argv[kMaxFrames + 8] = {"addr2line", "-i", "-s", "-e", exe};
  int argc = 5;
  for (int i = 0; i < n; i++) {
    uintptr_t a;
    if (!toFileAddress(frames[i], &a)) continue;
    snprintf(hex[i], sizeof hex[i], "0x%lx", static_cast<unsigned long>(a));
    argv[argc++] = hex[i];
  }
  argv[argc] = nullptr;
  if (argc == 5) return;
  int fds[2];
  if (pipe(fds) != 0) return;
  pid_t child = vfork();
  if (child < 0) {
    close(fds[0]);
    close(fds[1]);
    return;
  }
  if (child == 0) {
    dup2(fds[1], 1);
    int devnull = open("/dev/null", O_WRONLY);
    if (devnull >= 0) dup2(devnull, 2);
    execvp("addr2line", const_cast<char* const*>(argv));
    _exit(127);
  }
  close(fds[1]);
  char out[16384];
  size_t used = 0;
  for (;;) {
    ssize_t r = read(fds[0], out + used, sizeof out - 1 - used);
    if (r <= 0) break;
    used += size_t(r);
    if (used == sizeof out - 1) break;
  }
  close(fds[0]);
  int status;
  waitpid(child, &status, 0);
  out[used] = 0;
  // One "file:line" per frame, inlined callers after their callee: the first .ts one is the program's line.
  for (char* line = strtok(out, "\n"); line != nullptr; line = strtok(nullptr, "\n")) {
    char* colon = strrchr(line, ':');
    if (colon == nullptr || colon - line < 3 || memcmp(colon - 3, ".ts", 3) != 0 || colon[1] < '1' || colon[1] > '9') continue;
    char* space = strchr(colon, ' ');  // " (discriminator N)"
    if (space != nullptr) *space = 0;
    print("    at ");
    print(line);
    print("\n");
    return;
  }
}
