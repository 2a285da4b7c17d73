// encodeURIComponent, encodeURI, decodeURIComponent, decodeURI (ECMA-262 Encode/Decode over the UTF-8 the
// strings hold). A malformed escape or a lone surrogate raises Node's "URIError: URI malformed" (catchable:
// an Error named URIError).
#pragma once

#include "ts_string.h"

namespace ts {

String encodeURIComponent(const String& s);
String encodeURI(const String& s);
String decodeURIComponent(const String& s);
String decodeURI(const String& s);

}  // namespace ts
