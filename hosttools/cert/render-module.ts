// Writes the TypeScript module `tsduino cert --out` produces: the root CA as a PEM template-literal constant
// (ENDPOINT_CA_CERT, for beginSslWithCA; it stays in flash on the board) with a comment giving subject,
// issuer, validity, SHA-256 fingerprint and why it was trusted, plus the server certificate's SHA-1 pin when
// asked for.
import type { X509Certificate } from "node:crypto";
import { day, oneLine, type VerifiedChain } from "./verify-chain.js";

export type PinnedRoot = Pick<VerifiedChain, "root" | "source" | "trustedBecause">;

export function renderCertModule(url: string, chain: PinnedRoot, fingerprint?: { sha1: string; subject: string }, today = new Date()): string {
  const c = chain.root;
  const trust = chain.trustedBecause === "public root" ? "publicly trusted" : `not publicly trusted; accepted with ${chain.trustedBecause}`;
  const lines = [
    `// Root CA for ${url}, written by \`tsduino cert\` on ${day(today)} (${chain.source}; ${trust}).`,
    `// Subject:  ${oneLine(c.subject)}`,
    `// Issuer:   ${oneLine(c.issuer)}`,
    `// Valid:    ${day(c.validFrom)} to ${day(c.validTo)}`,
    `// SHA-256:  ${c.fingerprint256}`,
    `export const ENDPOINT_CA_CERT = \`${c.toString().trim()}\n\`;`,
  ];
  if (fingerprint) {
    lines.push(
      "",
      `// SHA-1 of the server certificate (${oneLine(fingerprint.subject)}) for beginSSL(); changes whenever it is renewed.`,
      `export const ENDPOINT_FINGERPRINT = "${fingerprint.sha1}";`,
    );
  }
  return lines.join("\n") + "\n";
}

/** "AB:CD:..." as ESP8266's setFingerprint()/beginSSL accept it. */
export function sha1Fingerprint(cert: X509Certificate): string {
  return cert.fingerprint; // Node already formats SHA-1 as colon-separated upper-case hex
}
