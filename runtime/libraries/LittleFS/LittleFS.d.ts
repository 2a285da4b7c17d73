// TypeScript view of the ESP8266 core's file system API (cores/esp8266/FS.h) with the LittleFS instance
// (libraries/LittleFS/src/LittleFS.h), esp8266/Arduino 3.1.2. Paths are absolute ("/config.json"); each
// name part is at most 31 bytes; opening a file for writing creates missing folders. On the host the files
// live in a folder per project (tsduino run: .tsduino/flash/littlefs in the project, or --flash DIR),
// so they persist between runs, with the board's file system size.
declare module "LittleFS" {
  /** SeekMode (FS.h). */
  export type SeekMode = number;
  export const SeekSet: SeekMode;
  export const SeekCur: SeekMode;
  export const SeekEnd: SeekMode;

  /** An open file (fs::File). A failed open gives a file that is falsy, as in C++: `if (!file)`, or isOpen(). */
  export class File {
    private readonly __file: never;
    /** `operator bool` of fs::File: false when open() failed or after close(). */
    isOpen(): boolean;
    /** Writes a byte (a number), the UTF-8 bytes of a string, or the bytes of an array; returns bytes written. */
    write(data: number): number;
    write(data: string): number;
    write(data: Uint8Array): number;
    print(value: string): number;
    print(value: number): number;
    print(value: boolean): number;
    /** Lines end with "\r\n", as Print::println. */
    println(): number;
    println(value: string): number;
    println(value: number): number;
    println(value: boolean): number;
    /** The next byte, or -1 at the end. */
    read(): number;
    /** Reads up to buffer.length bytes into buffer; returns how many. */
    read(buffer: Uint8Array): number;
    peek(): number;
    /** Bytes left to read. */
    available(): number;
    /** The rest of the file as a string (UTF-8). */
    readString(): string;
    /** Up to (not including) the terminator character, which is consumed. */
    readStringUntil(terminator: string): string;
    seek(pos: number, mode?: SeekMode): boolean;
    position(): number;
    size(): number;
    truncate(size: number): boolean;
    flush(): void;
    close(): void;
    /** The file's name without folders. */
    name(): string;
    /** The full path without the leading "/". */
    fullName(): string;
    isFile(): boolean;
    isDirectory(): boolean;
  }

  /** Iterates over a folder (fs::Dir): `while (dir.next()) { dir.fileName(); dir.fileSize(); }`. */
  export class Dir {
    private readonly __dir: never;
    next(): boolean;
    fileName(): string;
    fileSize(): number;
    isFile(): boolean;
    isDirectory(): boolean;
    openFile(mode: string): File;
    rewind(): boolean;
  }

  export interface FS {
    /** Mounts the file system (formatting it first if it cannot be mounted). */
    begin(): boolean;
    end(): void;
    format(): boolean;
    /** mode: "r", "r+", "w", "w+", "a" or "a+", as fopen. */
    open(path: string, mode: string): File;
    exists(path: string): boolean;
    openDir(path: string): Dir;
    remove(path: string): boolean;
    rename(pathFrom: string, pathTo: string): boolean;
    mkdir(path: string): boolean;
    rmdir(path: string): boolean;
    /** FSInfo.totalBytes and usedBytes of info(FSInfo&), as numbers. */
    totalBytes(): number;
    usedBytes(): number;
  }
  export const LittleFS: FS;
}
