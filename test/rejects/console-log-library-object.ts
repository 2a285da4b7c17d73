// console.log prints values, arrays, Maps, Sets and class/interface instances; a library object (a C++ object
// of an Arduino library) has no JavaScript shape to print.
import { WiFiClient } from "WiFiClient";
const client = new WiFiClient();
console.log(/*@error TSD2010 WiFiClient*/client);
