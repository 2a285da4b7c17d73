// `tsduino cert wss://host[:port] [--out certs.ts] [--fingerprint] [--trust-private | --expect-sha256 FP]`:
// fetches the server's certificate chain, verifies it as the board would (signatures, CA constraints, dates,
// the host name) and decides whether its root may be pinned: a root of Node's Mozilla store is; a private
// one only with --trust-private or a matching --expect-sha256. Prints the chain as verified on stderr and
// writes the root as a TypeScript module for beginSslWithCA. Any refusal: one line, exit 1, nothing written.
import { writeFileSync } from "node:fs";
import type { CommandModule } from "yargs";
import { parseEndpoint } from "../../hosttools/cert/endpoint.js";
import { fetchChain } from "../../hosttools/cert/fetch-chain.js";
import { describeChain, day, normalizeSha256, oneLine, verifyChain } from "../../hosttools/cert/verify-chain.js";
import { renderCertModule, sha1Fingerprint } from "../../hosttools/cert/render-module.js";
import { UserError } from "../user-error.js";

export interface CertArgs {
  url: string;
  out?: string;
  fingerprint?: boolean;
  "trust-private"?: boolean;
  "expect-sha256"?: string;
}

export const certCommand: CommandModule<object, CertArgs> = {
  command: "cert <url>",
  describe: "Fetch and verify the root CA of a wss:// server, as a TypeScript module (for beginSslWithCA)",
  builder: (y) =>
    y
      .positional("url", { type: "string", demandOption: true, describe: "wss://host[:port] of the server" })
      .option("out", { type: "string", describe: "write the module to this file instead of stdout" })
      .option("fingerprint", { type: "boolean", describe: "also give the server certificate's SHA-1 fingerprint (for beginSSL)" })
      .option("trust-private", { type: "boolean", describe: "accept a root CA that is not publicly trusted (prints its SHA-256 to compare out of band)" })
      .option("expect-sha256", { type: "string", describe: "accept the root CA only if its SHA-256 fingerprint is this one" }),
  handler: (args) => runCert(args),
};

export interface CertIo {
  /** Roots taken as publicly trusted (default: Node's bundled Mozilla store). Tests inject their own. */
  store?: readonly string[];
  /** Where the report lines go (default: stderr). */
  report?: (line: string) => void;
  /** Where the module or the SHA-1 goes when not written to a file (default: stdout). */
  output?: (text: string) => void;
}

export async function runCert(args: CertArgs, io: CertIo = {}): Promise<void> {
  const report = io.report ?? ((line: string) => console.error(line));
  const output = io.output ?? ((text: string) => process.stdout.write(text));
  const expected = args["expect-sha256"];
  if (expected !== undefined && !normalizeSha256(expected)) {
    throw new UserError(`--expect-sha256 '${expected}' is not a SHA-256 fingerprint (64 hex digits, e.g. AB:CD:…, as 'tsduino cert' prints it)`);
  }
  const endpoint = parseEndpoint(args.url);
  const presented = await fetchChain(endpoint);
  const chain = verifyChain(presented, { store: io.store, host: endpoint.host, display: endpoint.display, trustPrivate: args["trust-private"], expectSha256: expected });

  report(`Chain of wss://${endpoint.display} as verified for host '${endpoint.host}' (leaf first):`);
  for (const line of describeChain(chain)) report(line);
  if (chain.trustedBecause === "--trust-private") {
    report(`warning: ${oneLine(chain.root.subject)} is not publicly trusted; pinned because of --trust-private.`);
    report(`  SHA-256: ${chain.root.fingerprint256}`);
    report("  Compare this fingerprint with one obtained out of band (from the CA's owner, e.g. 'openssl x509 -noout -fingerprint -sha256 -in ca.pem' on the server):");
    report("  if they differ, someone is intercepting this connection. Next time pass --expect-sha256 <fingerprint>.");
  } else if (chain.trustedBecause === "--expect-sha256") {
    report(`SHA-256 of ${oneLine(chain.root.subject)} matches --expect-sha256.`);
  }
  for (const warning of chain.warnings) report(`tsduino: warning: ${warning}`);

  const leaf = presented[0];
  const pin = args.fingerprint ? { sha1: sha1Fingerprint(leaf), subject: leaf.subject } : undefined;
  const module = renderCertModule(`wss://${endpoint.display}`, chain, pin);
  if (args.out) {
    try {
      writeFileSync(args.out, module);
    } catch (error) {
      throw new UserError(`cannot write ${args.out}: ${(error as Error).message}`);
    }
    report(`Wrote ${args.out}: ENDPOINT_CA_CERT = ${oneLine(chain.root.subject)} (${chain.source}), valid until ${day(chain.root.validTo)}.`);
    if (pin) output(`${pin.sha1}\n`);
  } else if (pin) {
    report(`SHA-1 fingerprint of the server certificate (${oneLine(leaf.subject)}), for beginSSL():`);
    output(`${pin.sha1}\n`);
  } else {
    output(module);
  }
}
