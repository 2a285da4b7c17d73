// Serial.print/println format numbers as JavaScript does and end lines with "\r\n" as Arduino does.
Serial.begin(115200);
Serial.print("a");
Serial.print(1);
Serial.print(2.5);
Serial.println();
Serial.println(3);
Serial.println(0.1 + 0.2);
Serial.println(-0);
Serial.println(1e21);
Serial.println(0 / 0);
Serial.println("text " + 42);
Serial.print(-1 / 0);
Serial.println("");
Serial.println(INPUT + "," + OUTPUT + "," + INPUT_PULLUP + "," + HIGH + "," + LOW);
console.log("console after serial");
