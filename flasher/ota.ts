// Over-the-air upload to an ESP8266 running ArduinoOTA, speaking the protocol exactly as esp8266/Arduino's
// tools/espota.py does (and libraries/ArduinoOTA answers it):
// 1. UDP to HOST:8266: "<command> <our TCP port> <size> <md5 hex>\n" (command 0 = flash, 100 = filesystem);
// 2. the board answers "OK", or "AUTH <nonce>" when it has a password: we send "200 <cnonce> <response>\n" with
//    cnonce = md5(filename + size + md5 + host) and response = md5(md5(password) + ":" + nonce + ":" + cnonce),
//    and it answers "OK" or "Authentication Failed";
// 3. the board connects to our TCP port; we send the image in 1460-byte chunks, each time waiting for the
//    byte count it acknowledges; it checks the image's MD5 and ends with "OK" (or "ERROR[n]: ...").
import { createHash } from "node:crypto";
import { createSocket } from "node:dgram";
import { createServer, type Socket } from "node:net";
import { isIP } from "node:net";
import { lookup } from "node:dns/promises";
import { silentProgress, type Progress } from "./progress.js";

export const OTA_FLASH = 0;
export const OTA_FILESYSTEM = 100;
const OTA_AUTH = 200;
const CHUNK = 1460;

export class OtaError extends Error {}

export interface OtaOptions {
  host: string;
  port?: number;
  password?: string;
  image: Buffer;
  /** Used in the client nonce, as espota uses the file name. */
  fileName?: string;
  command?: number;
  progress?: Progress;
  log?: (line: string) => void;
  /** espota waits 10 s for each answer and 60 s for the final result. */
  answerTimeoutMs?: number;
  resultTimeoutMs?: number;
}

const md5hex = (data: string | Uint8Array) => createHash("md5").update(data).digest("hex");

export async function otaUpload(options: OtaOptions): Promise<void> {
  const port = options.port ?? 8266;
  const log = options.log ?? (() => {});
  const progress = options.progress ?? silentProgress;
  const answerMs = options.answerTimeoutMs ?? 10000;
  const address = isIP(options.host) ? options.host : (await lookup(options.host, { family: 4 }).catch(() => {
    throw new OtaError(`cannot resolve ${options.host}`);
  })).address;
  const loopback = address.startsWith("127.");
  const size = options.image.length;
  const fileMd5 = md5hex(options.image);

  // The TCP server the board connects back to (on loopback only when the board is on this machine).
  const server = createServer();
  const accepted = new Promise<Socket>((resolve) => server.once("connection", resolve));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, loopback ? "127.0.0.1" : "0.0.0.0", () => resolve());
  });
  const localPort = (server.address() as { port: number }).port;
  const udp = createSocket("udp4");
  try {
    const replies: string[] = [];
    let wake: (() => void) | undefined;
    udp.on("message", (msg) => {
      replies.push(msg.toString("latin1"));
      wake?.();
    });
    const nextReply = (what: string) => new Promise<string>((resolve, reject) => {
      const take = () => {
        clearTimeout(timer);
        wake = undefined;
        resolve(replies.shift()!);
      };
      const timer = setTimeout(() => {
        wake = undefined;
        reject(new OtaError(`${options.host}:${port}: ${what}`));
      }, answerMs);
      if (replies.length > 0) take();
      else wake = take;
    });
    const send = (text: string) => new Promise<void>((resolve, reject) => udp.send(text, port, address, (e) => (e ? reject(e) : resolve())));

    log(`Sending invitation to ${options.host}:${port} (${size} bytes, MD5 ${fileMd5})`);
    await send(`${options.command ?? OTA_FLASH} ${localPort} ${size} ${fileMd5}\n`);
    let reply = await nextReply("no answer to the OTA invitation (is ArduinoOTA running there, on this port?)");
    if (reply.startsWith("AUTH")) {
      if (options.password === undefined) {
        // Leave the board idle again: an AUTH message it cannot parse sends ArduinoOTA back to OTA_IDLE (silently),
        // otherwise it would take the next invitation for the answer to its challenge and drop it.
        await send(`${OTA_AUTH}\n`);
        throw new OtaError(`${options.host} asks for a password: pass --auth PASSWORD`);
      }
      const nonce = reply.split(/\s+/)[1] ?? "";
      const cnonce = md5hex(`${options.fileName ?? "firmware.bin"}${size}${fileMd5}${address}`);
      const response = md5hex(`${md5hex(options.password)}:${nonce}:${cnonce}`);
      log("Authenticating...");
      await send(`${OTA_AUTH} ${cnonce} ${response}\n`);
      reply = await nextReply("no answer to the authentication");
      if (reply !== "OK") throw new OtaError(`${options.host}: ${reply.includes("Authentication Failed") ? "authentication failed: wrong password" : reply}`);
    } else if (reply !== "OK") {
      throw new OtaError(`${options.host} refused the update: ${reply.trim()}`);
    }

    const socket = await Promise.race([
      accepted,
      new Promise<never>((_, reject) => setTimeout(() => reject(new OtaError(`${options.host} did not connect back to port ${localPort} (a firewall?)`)), answerMs)),
    ]);
    socket.setNoDelay(true);
    await streamImage(socket, options.image, progress, answerMs, options.resultTimeoutMs ?? 60000, options.host);
  } finally {
    udp.close();
    server.close();
  }
}

/** espota's loop: send a chunk, wait for the board's byte count; then wait for "OK" or an error text. */
async function streamImage(socket: Socket, image: Buffer, progress: Progress, answerMs: number, resultMs: number, host: string): Promise<void> {
  let received = "";
  let wake: (() => void) | undefined;
  let closed = false;
  socket.on("data", (d: Buffer) => {
    received += d.toString("latin1");
    wake?.();
  });
  socket.on("close", () => {
    closed = true;
    wake?.();
  });
  socket.on("error", () => {});
  const waitData = (ms: number, what: string) => new Promise<string>((resolve, reject) => {
    const take = () => {
      clearTimeout(timer);
      wake = undefined;
      const text = received;
      received = "";
      if (text === "" && closed) reject(new OtaError(`${host} closed the connection ${what}`));
      else resolve(text);
    };
    const timer = setTimeout(() => {
      wake = undefined;
      reject(new OtaError(`${host} stopped answering ${what}`));
    }, ms);
    if (received !== "" || closed) take();
    else wake = take;
  });
  try {
    progress.start(`Uploading to ${host}`, image.length);
    for (let offset = 0; offset < image.length; offset += CHUNK) {
      const chunk = image.subarray(offset, offset + CHUNK);
      await new Promise<void>((resolve, reject) => socket.write(chunk, (e) => (e ? reject(new OtaError(`sending to ${host} failed: ${e.message}`)) : resolve())));
      const answer = await waitData(answerMs, `after ${offset + chunk.length} bytes`);
      if (answer.includes("E")) throw new OtaError(`${host} rejected the image: ${answer.replace(/^[0-9]*/, "").trim()}`);
      progress.update(offset + chunk.length);
    }
    progress.finish();
    for (;;) {
      const reply = await waitData(resultMs, "before confirming the update");
      if (reply.includes("E")) throw new OtaError(`${host} rejected the image: ${reply.replace(/^[0-9]*/, "").trim()}`);
      if (reply.includes("O")) return;
    }
  } finally {
    socket.destroy();
  }
}
