// Benchmark (hand-written C++ reference): std::stable_sort of doubles and std::strings, same generator.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>
static double seed = 12345;
static double next() {
  seed = std::fmod(seed * 1103515245 + 12345, 2147483648.0);
  return seed;
}
int main() {
  std::vector<double> nums;
  for (int i = 0; i < 200000; i++) nums.push_back(std::fmod(next(), 1000000));
  std::stable_sort(nums.begin(), nums.end(), [](double a, double b) { return a < b; });
  bool ordered = true;
  for (size_t i = 1; i < nums.size(); i++) if (nums[i - 1] > nums[i]) ordered = false;
  std::vector<std::string> words;
  for (int i = 0; i < 40000; i++) words.push_back("w" + std::to_string((long)std::fmod(next(), 100000)));
  std::stable_sort(words.begin(), words.end());
  std::printf("ordered %s min %.0f max %.0f median %.0f first %s last %s\n", ordered ? "true" : "false", nums[0],
              nums.back(), nums[100000], words[0].c_str(), words.back().c_str());
  return 0;
}
