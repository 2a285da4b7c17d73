// Benchmark (hand-written C++ reference): std::unordered_map counting (iteration order made explicit by
// remembering insertion order, as a JavaScript Map does).
#include <cstdio>
#include <string>
#include <unordered_map>
#include <vector>
int main() {
  std::unordered_map<long, long> counts;
  std::vector<long> order;
  long x = 1;
  for (long i = 0; i < 500000; i++) {
    x = (x * 48271) % 2147483647;
    long k = x % 50000;
    auto it = counts.find(k);
    if (it == counts.end()) {
      counts.emplace(k, 1);
      order.push_back(k);
    } else {
      it->second++;
    }
  }
  long maxKey = -1, maxCount = 0;
  for (long k : order) {
    long c = counts[k];
    if (c > maxCount) {
      maxCount = c;
      maxKey = k;
    }
  }
  std::unordered_map<std::string, long> words;
  for (long i = 0; i < 100000; i++) {
    std::string w = "k" + std::to_string(i % 5000);
    words[w] += i;
    if (i % 7 == 0) words.erase("k" + std::to_string(i % 11));
  }
  long sum = 0;
  for (auto& e : words) sum = (sum + e.second) % 1000000007;
  std::printf("keys %zu max %ld %ld words %zu sum %ld\n", counts.size(), maxKey, maxCount, words.size(), sum);
  return 0;
}
