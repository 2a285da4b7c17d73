// Memory behaviour of the runtime (driven by test/runtime.test.ts through the MODE environment variable):
//   baseline  allocate nothing, report peak RSS
//   churn     create and drop 300 000 objects (each with a string and an array), report peak RSS
//   chain     build a 1 000 000-node linked list and drop it at once (run with a small stack: release must
//             not recurse), then report how many nodes were destroyed
//   sizes     print the per-object overhead
#include <sys/resource.h>

#include "tsduino.h"

namespace {

class Node : public ts::Object {
 public:
  static const ts::ClassInfo classInfo_;
  const ts::ClassInfo* classInfo() const override { return &classInfo_; }
  explicit Node(double v) : value(v) {}
  ~Node() override { destroyed++; }
  double value;
  ts::Ref<Node> next;
  static double destroyed;
};
const ts::ClassInfo Node::classInfo_ = {"Node", nullptr};
double Node::destroyed = 0;

class Item : public ts::Object {
 public:
  static const ts::ClassInfo classInfo_;
  const ts::ClassInfo* classInfo() const override { return &classInfo_; }
  Item(ts::String n, double v) : name(n), values(ts::Array<double>::of(v, v + 1, v + 2)) {}
  ts::String name;
  ts::Array<double> values;
};
const ts::ClassInfo Item::classInfo_ = {"Item", nullptr};

class Empty : public ts::Object {};

long peakRssKb() {
  rusage u;
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss;
}

}  // namespace

void setup() {
  const char* mode = getenv("MODE");
  if (mode == nullptr) mode = "baseline";
  if (!strcmp(mode, "churn")) {
    double total = 0;
    ts::Ref<Item> keep;
    for (int i = 0; i < 300000; i++) {
      auto item = ts::make<Item>(ts::concat(TS_STR("item-"), double(i)), double(i));
      total += item->values.get(2) + item->name.length();
      if (i % 1000 == 0) keep = item;  // replace a survivor now and then
    }
    ts::console_log(TS_STR("total"), total);
  } else if (!strcmp(mode, "chain")) {
    {
      ts::Ref<Node> head;
      for (int i = 0; i < 1000000; i++) {
        auto n = ts::make<Node>(double(i));
        n->next = head;
        head = n;
      }
      ts::console_log(TS_STR("built"), head->value);
    }
    ts::console_log(TS_STR("destroyed"), Node::destroyed);
  } else if (!strcmp(mode, "sizes")) {
    ts::console_log(TS_STR("object"), double(sizeof(Empty)), TS_STR("pointer"), double(sizeof(void*)), TS_STR("string"),
                    double(sizeof(ts::String)), TS_STR("array"), double(sizeof(ts::Array<double>)));
  }
  ts::console_log(TS_STR("rss"), double(peakRssKb()));
  ts::exitProgram(0);
}

void loop() {}
