// Benchmark (hand-written C++ reference): the same string building with std::string.
#include <cstdio>
#include <string>
#include <vector>
int main() {
  std::vector<std::string> lines;
  for (long i = 0; i < 100000; i++) {
    std::string line = "item" + std::to_string(i);
    line += ":" + std::to_string((i * 7) % 13);
    if (i % 3 == 0) line += ",fizz";
    lines.push_back(line);
  }
  std::string text;
  for (size_t i = 0; i < lines.size(); i++) {
    if (i) text += '\n';
    text += lines[i];
  }
  std::vector<std::string> back;
  size_t start = 0;
  for (;;) {
    size_t nl = text.find('\n', start);
    back.push_back(text.substr(start, nl == std::string::npos ? std::string::npos : nl - start));
    if (nl == std::string::npos) break;
    start = nl + 1;
  }
  long checksum = 0, fizz = 0;
  for (const std::string& l : back) {
    checksum = (checksum * 31 + (unsigned char)l[l.size() - 1]) % 1000000007;
    if (l.find("fizz") != std::string::npos) fizz++;
  }
  std::printf("length %zu lines %zu fizz %ld checksum %ld\n", text.size(), back.size(), fizz, checksum);
  return 0;
}
