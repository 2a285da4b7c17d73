// Writes the TypeScript module `tsduino cert --out` produces: the root CA as a PEM template-literal constant
// (ENDPOINT_CA_CERT, for beginSslWithCA; it stays in flash on the board) with a comment giving subject,
// issuer, validity and SHA-256 fingerprint, plus the server certificate's SHA-1 pin when asked for.
import type { X509Certificate } from "node:crypto";
import { day, oneLine, type PickedRoot } from "./pick-root.js";

export function renderCertModule(url: string, root: PickedRoot, fingerprint?: { sha1: string; subject: string }): string {
  const c = root.cert;
  const lines = [
    `// Root CA for ${url}, written by \`tsduino cert\` on ${day(new Date())} (${root.source}).`,
    `// Subject:  ${oneLine(c.subject)}`,
    `// Issuer:   ${oneLine(c.issuer)}`,
    `// Valid:    ${day(new Date(c.validFrom))} to ${day(new Date(c.validTo))}`,
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
