// Hand-written reference for bench/lx106/programs/classes*.ts: 64 heap-allocated particle objects (as the
// TypeScript program has), int32_t fields, the same stepping rule.
#include <Arduino.h>
#include "bench_exit.h"

class Particle {
 public:
  Particle(int32_t x, int32_t y, int32_t vx, int32_t vy) : x(x), y(y), vx(vx), vy(vy) {}
  void step(int32_t width, int32_t height) {
    x += vx;
    y += vy;
    if (x < 0 || x >= width) {
      vx = -vx;
      x += 2 * vx;
    }
    if (y < 0 || y >= height) {
      vy = -vy;
      y += 2 * vy;
    }
  }
  int32_t x, y, vx, vy;
};

static int32_t seed = 7;
static int32_t next() {
  seed = (seed * 75 + 74) % 65537;
  return seed;
}

static Particle* particles[64];

void setup() {
  Serial.begin(115200);  // the core drops Serial output before begin()
  for (int i = 0; i < 64; i++) {
    int32_t x = next() % 1000, y = next() % 1000, vx = next() % 7 - 3, vy = next() % 7 - 3;
    particles[i] = new Particle(x, y, vx, vy);
  }
  for (int t = 0; t < 200; t++) {
    for (Particle* p : particles) p->step(1000, 1000);
  }
  int32_t sx = 0, sy = 0;
  for (Particle* p : particles) {
    sx += p->x;
    sy += p->y;
  }
  Serial.print("sum x: ");
  Serial.print(sx);
  Serial.print(" sum y: ");
  Serial.print(sy);
  Serial.print("\n");
  benchDone();
}
void loop() {}
