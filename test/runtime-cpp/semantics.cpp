// Arrays, Map/Set, Uint8Array, closures, classes and console formatting written by hand against the runtime
// API; semantics.js is the same program in JavaScript and test/runtime.test.ts compares the two outputs.
#include "tsduino.h"

using ts::Array;
using ts::console_log;
using Str = ts::String;  // not `using ts::String`: the ESP8266 core declares a global String

class Animal : public ts::Object {
 public:
  static const ts::ClassInfo classInfo_;
  const ts::ClassInfo* classInfo() const override { return &classInfo_; }
  explicit Animal(Str n) : name(n) {}
  virtual Str speak() const { return ts::concat(name, TS_STR(" makes a sound")); }
  Str name;
};
const ts::ClassInfo Animal::classInfo_ = {"Animal", nullptr};

class Dog : public Animal {
 public:
  static const ts::ClassInfo classInfo_;
  const ts::ClassInfo* classInfo() const override { return &classInfo_; }
  explicit Dog(Str n) : Animal(n) {}
  Str speak() const override { return ts::concat(name, TS_STR(" barks")); }
};
const ts::ClassInfo Dog::classInfo_ = {"Dog", &Animal::classInfo_};

void setup() {
  // Arrays
  auto a = Array<double>::of(5, 1, 4, 10, 2);
  console_log(a, a.length(), a.get(0), a.get(4));
  a.push(7, 8);
  // (C++ evaluates arguments in no fixed order: side effects are sequenced first, as the compiler does)
  Str joined = a.join(), piped = a.join(TS_STR(" | "));
  double popped = a.pop();
  double shifted = a.shift();
  console_log(joined, piped, popped, shifted, a);
  a.unshift(100, 200);
  console_log(a, a.indexOf(4), a.indexOf(99), a.includes(10), a.lastIndexOf(100));
  console_log(a.slice(1, 3), a.slice(-2), a.slice(), a.slice(10));
  auto removed = a.splice(1, 2, 42, 43, 44);
  console_log(removed, a);
  auto concatenated = a.concat(Array<double>::of(1, 2), 3.0);
  console_log(concatenated, a.reverse());
  auto sorted = Array<double>::of(10, 9, 1, 100, 25, -1, 0.5);
  sorted.sort();
  console_log(sorted);
  sorted.sort([](double x, double y) { return x - y; });
  console_log(sorted);
  auto words = Array<Str>::of(TS_STR("pear"), TS_STR("Apple"), TS_STR("banana"), TS_STR("apple"), TS_STR("Éclair"));
  words.sort();
  console_log(words);
  auto byLength = words.slice();
  byLength.sort([](const Str& x, const Str& y) { return x.length() - y.length(); });
  console_log(byLength);
  console_log(a.map([](double x) { return x * 2; }), a.filter([](double x, double i) { return x > 40 || i == 0; }));
  console_log(a.reduce([](double acc, double x) { return acc + x; }, 0.0), a.reduce([](double acc, double x) { return acc > x ? acc : x; }));
  console_log(a.some([](double x) { return x > 100; }), a.every([](double x) { return x > 0; }), a.find([](double x) { return x > 42; }),
              a.findIndex([](double x) { return x == 44; }), a.findIndex([](double x) { return x == -5; }));
  ts::Opt<double> missing = a.findOpt([](double x) { return x > 1000; });
  console_log(missing, ts::Array<double>::empty(), ts::Array<double>::of(double(NAN)).includes(double(NAN)));
  auto nested = Array<Array<double>>::of(Array<double>::of(1, 2), Array<double>::of(3), Array<double>::empty());
  console_log(nested.length(), ts::toString(nested), nested.map([](const Array<double>& x) { return x.length(); }));
  double total = 0;
  auto growing = Array<double>::of(1, 2, 3);
  for (double x : growing) {
    total += x;
    if (x < 3) growing.push(x + 10);
  }
  console_log(total, growing);
  auto strs = TS_STR("a,b,,c").split(TS_STR(","));
  console_log(strs, strs.length(), ts::Array<Str>::of(TS_STR("x"), Str(ts::null), Str()).join(TS_STR("-")));
  auto filled = Array<double>::filled(3, 0);
  filled.set(1, 5);
  filled.set(3, 9);
  console_log(filled, filled.fill(1, 1));

  // Map and Set
  auto m = ts::Map<Str, double>::create();
  m.set(TS_STR("one"), 1).set(TS_STR("two"), 2).set(TS_STR("three"), 3);
  m.set(TS_STR("one"), 11);
  console_log(m.size(), m.get(TS_STR("one")), m.has(TS_STR("two")), m.has(TS_STR("four")), m.getOpt(TS_STR("four")));
  bool first = m.remove(TS_STR("two"));
  bool second = m.remove(TS_STR("two"));
  console_log(first, second, m.size());
  m.set(TS_STR("two"), 22);
  for (const auto& e : m) console_log(e.key, e.value);
  m.forEach([](double v, const Str& k) { console_log(TS_STR("each"), k, v); });
  console_log(m.keys(), m.values(), m);
  auto nums = ts::Map<double, Str>::create();
  nums.set(0.0, TS_STR("zero")).set(double(NAN), TS_STR("nan"));
  console_log(nums.get(-0.0), nums.get(double(NAN)), nums.size());
  for (int i = 0; i < 1000; i++) nums.set(double(i), ts::toString(i));
  for (int i = 0; i < 1000; i += 2) nums.remove(double(i));
  console_log(nums.size(), nums.get(999), nums.has(998), nums.get(NAN));
  auto s = ts::Set<Str>::create();
  s.add(TS_STR("x")).add(TS_STR("y")).add(TS_STR("x"));
  console_log(s.size(), s.has(TS_STR("x")), s.has(TS_STR("z")), s);
  for (const Str& v : s) console_log(TS_STR("set"), v);
  s.clear();
  console_log(s.size(), s);

  // Uint8Array
  auto u = ts::Uint8Array::withLength(4);
  u.set(0, 256);
  u.set(1, -1);
  u.set(2, 3.7);
  u.set(3, double(NAN));
  console_log(u, u.length(), u.get(1));
  auto view = u.subarray(1, 3);
  view.set(0, 7);
  auto copy = u.slice(1, 3);
  copy.set(0, 9);
  console_log(u, view, copy, ts::Uint8Array::from(Array<double>::of(1, 2, 300)), ts::toString(view));
  double bytes = 0;
  for (double b : u) bytes += b;
  console_log(bytes);

  // Closures and cells
  auto counter = ts::cell<double>(0);
  ts::Fn<double()> next = [counter]() { return ++counter->value; };
  ts::Fn<double(double, double)> add = [](double x, double y) { return x + y; };
  next();
  next();
  double before = counter->value;
  console_log(before, next(), add(2, 3));
  auto makers = Array<ts::Fn<double()>>::empty();
  for (int i = 0; i < 3; i++) {
    double captured = i * 10;
    makers.push([captured]() { return captured; });
  }
  console_log(makers.map([](const ts::Fn<double()>& f) { return f(); }));

  // Classes
  ts::Ref<Animal> pet = ts::make<Dog>(TS_STR("Rex"));
  ts::Ref<Animal> cat = ts::make<Animal>(TS_STR("Tom"));
  console_log(pet->speak(), cat->speak(), ts::instanceOf<Dog>(pet), ts::instanceOf<Dog>(cat), ts::instanceOf<Animal>(pet));
  ts::Ref<Dog> dog = ts::cast<Dog>(pet);
  console_log(dog->name, ts::same(dog, pet), ts::same(pet, cat), pet, ts::Ref<Animal>(ts::null));

  // Nullish values and truthiness
  ts::Opt<double> od = ts::null;
  ts::Opt<double> ov = 3.0;
  Str none;
  console_log(od, ov, none, ts::isNull(od), ts::isUndefined(none), ts::isNullish(ov), ts::truthy(Str::empty()),
              ts::truthy(TS_STR("0")), ts::truthy(0.0), ts::truthy(-0.0), ts::truthy(double(NAN)));
  console_log(ts::same(od, ts::null), ts::same(ov, 3.0), ts::same(ov, ts::undefined), ts::same(none, ts::undefined),
              ts::same(TS_STR("ab"), ts::concat(TS_STR("a"), TS_STR("b"))));
  console_log(TS_STR("quotes"), Array<Str>::of(TS_STR("it's"), TS_STR("say \"hi\""), TS_STR("tab\there"), TS_STR("plain")));
  console_log(-0.0, 1e21, 1e-7, 123e-20, 0.000001, 5e-324, 1.7976931348623157e308, -1.5e-9, 100.0, 2.5e-7, 1234.5678);
  console_log();
  console_log(ts::Math_max(1, 5, 3), ts::Math_min(), ts::Math_max(), ts::Math_max(-0.0, 0.0), ts::Math_min(0.0, -0.0), ts::Math_round(-2.5),
              ts::Math_round(2.5), ts::Math_round(-0.4), ts::Math_round(0.49999999999999994));
  ts::exitProgram(0);
}

void loop() {}
