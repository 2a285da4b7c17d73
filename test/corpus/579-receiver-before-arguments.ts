// JavaScript evaluates a method call's receiver before its arguments: an argument that assigns the variable
// the receiver was read from (a reading that restarts the buffer, a reply that replaces the text) does not
// change which array or string the method runs on (fuzz finding g52000007: reduce's initial value).
let window: number[] = [3, 4, 5];
function restart(): number {
  window = [100];
  return 1000;
}
console.log(window.reduce((acc, x) => acc - x, restart()), window.length);
window = [1, 2];
console.log(window.reduce((acc, x) => acc + x, 0), window.reduce((acc, x) => acc * x, restart()));
let banner = "ready";
function replaceBanner(): number {
  banner = "rebooting";
  return 2;
}
console.log(banner.charAt(replaceBanner()), banner, banner.slice(0, replaceBanner()), banner.indexOf("o", replaceBanner()));
