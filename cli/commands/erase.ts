// `tsduino erase [--address 0x10000 --size 0x4000]`: erases the whole flash, or one 4 KB-aligned region, through
// the flasher stub (the ESP8266 ROM has no erase command of its own).
import type { Argv, CommandModule } from "yargs";
import { UserError } from "../user-error.js";
import { finish, openSession, parseAddress, toUserError } from "../flash-session.js";
import { eraseFlash } from "../../flasher/write.js";
import { connectionOptions, flashProject } from "./flash.js";
import type { AfterReset, BeforeReset } from "../../flasher/reset.js";

interface EraseArgs {
  port?: string;
  baud?: number;
  before: BeforeReset;
  after: AfterReset;
  stub: boolean;
  address?: string;
  size?: string;
}

export const eraseCommand: CommandModule<object, EraseArgs> = {
  command: "erase",
  describe: "Erase the ESP8266's whole flash, or a region with --address and --size",
  builder: (y) =>
    connectionOptions(y)
      .option("address", { type: "string", describe: "start of the region to erase (4 KB aligned)" })
      .option("size", { type: "string", describe: "size of the region to erase (multiple of 4 KB)" }) as unknown as Argv<EraseArgs>,
  handler: async (args) => {
    if ((args.address === undefined) !== (args.size === undefined)) throw new UserError("give both --address and --size to erase a region");
    if (!args.stub) throw new UserError("erasing needs the stub: the ESP8266 ROM has no erase command");
    const region = args.address !== undefined ? { offset: parseAddress(args.address), size: parseAddress(args.size!) } : undefined;
    const project = flashProject(args);
    const opened = await openSession({ ...args, port: project.port, baud: project.uploadBaud });
    try {
      const started = Date.now();
      console.error(region ? `Erasing 0x${region.offset.toString(16)}..0x${(region.offset + region.size).toString(16)}...` : "Erasing the whole flash (this takes a while)...");
      await eraseFlash(opened.session, region);
      console.error(`Erased in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
      await finish(opened, args.after);
    } catch (e) {
      await opened.close();
      throw toUserError(e, project.port);
    }
  },
};
