// Benchmark (hand-written C++ reference): the same simulation with value-type vectors and virtual bodies.
#include <cmath>
#include <cstdio>
#include <memory>
#include <vector>
struct Vec {
  double x, y;
  Vec add(Vec o) const { return {x + o.x, y + o.y}; }
  Vec scale(double k) const { return {x * k, y * k}; }
};
struct Body {
  Vec pos, vel;
  Body(Vec p, Vec v) : pos(p), vel(v) {}
  virtual ~Body() = default;
  virtual Vec accel() const = 0;
  void step(double dt) {
    vel = vel.add(accel().scale(dt));
    pos = pos.add(vel.scale(dt));
    if (pos.y < 0) {
      pos = {pos.x, -pos.y};
      vel = {vel.x, -vel.y * 0.9};
    }
  }
};
struct Ball : Body {
  using Body::Body;
  Vec accel() const override { return {0, -9.81}; }
};
struct Feather : Body {
  using Body::Body;
  Vec accel() const override { return {-vel.x * 0.5, -1 - vel.y * 0.5}; }
};
int main() {
  std::vector<std::unique_ptr<Body>> bodies;
  for (int i = 0; i < 1000; i++) {
    Vec p{double(i % 100), double(10 + i % 37)};
    Vec v{double(i % 7 - 3), double(i % 5 - 2)};
    if (i % 3 == 0) bodies.emplace_back(new Feather(p, v));
    else bodies.emplace_back(new Ball(p, v));
  }
  for (int s = 0; s < 300; s++)
    for (auto& b : bodies) b->step(0.01);
  double sx = 0, sy = 0;
  for (auto& b : bodies) {
    sx += b->pos.x;
    sy += b->pos.y;
  }
  // Math.round: floor(x + 0.5)
  std::printf("centroid %.0f %.0f\n", std::floor(sx / bodies.size() * 1000 + 0.5), std::floor(sy / bodies.size() * 1000 + 0.5));
  return 0;
}
