// A caught value is cast only to Error; a subclass is told apart with instanceof (a cast cannot check it).
class ParseError extends Error {
  line = 0;
}
try {
  throw new ParseError("x");
} catch (e) {
  console.log((/*@error TSD2263 e*/e as ParseError).line);
}
