// `tsduino cert wss://host[:port] [--out certs.ts] [--fingerprint]`: fetches the server's certificate chain,
// picks the root CA a board should trust (looking it up in Node's Mozilla roots when the server does not send
// it) and writes it as a TypeScript module for beginSslWithCA, replacing the `openssl s_client` incantation.
import { writeFileSync } from "node:fs";
import type { CommandModule } from "yargs";
import { parseEndpoint } from "../../hosttools/cert/endpoint.js";
import { fetchChain } from "../../hosttools/cert/fetch-chain.js";
import { oneLine, pickRoot } from "../../hosttools/cert/pick-root.js";
import { renderCertModule, sha1Fingerprint } from "../../hosttools/cert/render-module.js";
import { UserError } from "../user-error.js";

interface CertArgs {
  url: string;
  out?: string;
  fingerprint?: boolean;
}

export const certCommand: CommandModule<object, CertArgs> = {
  command: "cert <url>",
  describe: "Fetch the root CA of a wss:// server as a TypeScript module (for beginSslWithCA)",
  builder: (y) =>
    y
      .positional("url", { type: "string", demandOption: true, describe: "wss://host[:port] of the server" })
      .option("out", { type: "string", describe: "write the module to this file instead of stdout" })
      .option("fingerprint", { type: "boolean", describe: "also give the server certificate's SHA-1 fingerprint (for beginSSL)" }),
  handler: async (args) => {
    const endpoint = parseEndpoint(args.url);
    const chain = await fetchChain(endpoint);
    const root = pickRoot(chain, endpoint.display);
    for (const warning of root.warnings) console.error(`tsduino: warning: ${warning}`);
    const pin = args.fingerprint ? { sha1: sha1Fingerprint(chain[0]), subject: chain[0].subject } : undefined;
    const module = renderCertModule(`wss://${endpoint.display}`, root, pin);
    if (args.out) {
      try {
        writeFileSync(args.out, module);
      } catch (error) {
        throw new UserError(`cannot write ${args.out}: ${(error as Error).message}`);
      }
      console.error(`Wrote ${args.out}: ENDPOINT_CA_CERT = ${oneLine(root.cert.subject)} (${root.source}), valid until ${new Date(root.cert.validTo).toISOString().slice(0, 10)}.`);
      if (pin) console.log(pin.sha1);
    } else if (pin) {
      console.error(`SHA-1 fingerprint of the server certificate (${oneLine(chain[0].subject)}), for beginSSL():`);
      console.log(pin.sha1);
    } else {
      process.stdout.write(module);
    }
  },
};
