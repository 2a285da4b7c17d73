// Decides what `tsduino cert` may pin. Builds the path the board would follow from the server certificate
// (leaf) up to a root — through the certificates the server sent, or to a root of the trust store (Node's
// bundled Mozilla roots, tls.rootCertificates, unless a test injects another) — and checks it as the board's
// BearSSL would: every signature, CA and path-length constraints, dates, and the leaf's DNS subjectAltName for
// the host asked. Then the trust decision: a root in the store is public; any other root (a private CA, a
// self-signed server, an interceptor on the network) is only accepted when the caller says so (--trust-private)
// or its SHA-256 matches the one expected (--expect-sha256). Every refusal is a CertError with a `problem`
// code; nothing here prints.
import { X509Certificate } from "node:crypto";
import { isIP } from "node:net";
import { rootCertificates } from "node:tls";
import { UserError } from "../../shared/user-error.js";
import { caExtensions } from "./der.js";

export type CertProblem =
  | "ip-address"
  | "host-mismatch"
  | "not-server-auth"
  | "broken-chain"
  | "issuer-unknown"
  | "not-a-ca"
  | "path-length"
  | "expired"
  | "not-yet-valid"
  | "private-root"
  | "fingerprint-mismatch"
  | "bad-fingerprint";

export class CertError extends UserError {
  constructor(readonly problem: CertProblem, message: string) {
    super(message);
    this.name = "CertError";
  }
}

export type RootSource =
  | "sent by the server"
  | "looked up in Node's Mozilla root store"
  | "the server certificate itself (self-signed)";

export interface TrustOptions {
  /** The host name the board will connect to (as in the URL). */
  host: string;
  /** host:port, for messages. */
  display: string;
  /** PEM roots taken as publicly trusted; Node's bundled Mozilla store by default. */
  store?: readonly string[];
  now?: Date;
  /** Accept a root that is not in the store. */
  trustPrivate?: boolean;
  /** Accept the root only if its SHA-256 fingerprint is this one (any root, public or not). */
  expectSha256?: string;
}

export interface VerifiedChain {
  /** Leaf first, root (the certificate to pin) last; a self-signed server certificate is both. */
  path: X509Certificate[];
  root: X509Certificate;
  source: RootSource;
  /** The root is in the trust store (publicly trusted). */
  isPublic: boolean;
  trustedBecause: "public root" | "--trust-private" | "--expect-sha256";
  warnings: string[];
}

const SOON_DAYS = 90;
const SERVER_AUTH = "1.3.6.1.5.5.7.3.1";
const ANY_EXTENDED_KEY_USAGE = "2.5.29.37.0";

const parsedStores = new WeakMap<readonly string[], X509Certificate[]>();
function parseStore(store: readonly string[]): X509Certificate[] {
  let parsed = parsedStores.get(store);
  if (!parsed) {
    parsed = store.map((pem) => new X509Certificate(pem));
    parsedStores.set(store, parsed);
  }
  return parsed;
}

/** "AB:CD:…" (64 hex digits, colons and case optional) → Node's fingerprint256 form; undefined when malformed. */
export function normalizeSha256(text: string): string | undefined {
  const hex = text.trim().replace(/[:\s]/g, "").toUpperCase();
  if (!/^[0-9A-F]{64}$/.test(hex)) return undefined;
  return hex.match(/../g)!.join(":");
}

export function oneLine(dn: string): string {
  return dn.split("\n").filter(Boolean).join(", ");
}

export function day(d: Date | string): string {
  return new Date(d).toISOString().slice(0, 10);
}

// Signature and names only: whether the issuer may sign certificates at all (CA, key usage, path length) is
// checked over the whole path afterwards, so that the error can say which rule was broken.
function signedBy(child: X509Certificate, parent: X509Certificate): boolean {
  return child.issuer === parent.subject && child.verify(parent.publicKey);
}

function selfSigned(cert: X509Certificate): boolean {
  return signedBy(cert, cert);
}

/** A store root issued `child`: names, key identifiers and OpenSSL's issuer checks, then the signature. */
function issuedByStoreRoot(child: X509Certificate, root: X509Certificate): boolean {
  return child.issuer === root.subject && child.checkIssued(root) && child.verify(root.publicKey);
}

function dnsNames(cert: X509Certificate): string[] {
  return (cert.subjectAltName ?? "")
    .split(/,\s*/)
    .filter((n) => n.startsWith("DNS:"))
    .map((n) => n.slice(4));
}

export function verifyChain(presented: readonly X509Certificate[], options: TrustOptions): VerifiedChain {
  if (presented.length === 0) throw new CertError("broken-chain", `${options.display} sent no certificate`);
  const now = options.now ?? new Date();
  const store = parseStore(options.store ?? rootCertificates);
  const inStore = (c: X509Certificate) => store.some((s) => s.fingerprint256 === c.fingerprint256);
  const wasSent = (c: X509Certificate) => presented.some((p) => p.fingerprint256 === c.fingerprint256);

  const leaf = presented[0];
  checkLeafForHost(leaf, options);

  // Walk up from the leaf; a store root ends the path as soon as one signs (or is) the current certificate.
  const path: X509Certificate[] = [leaf];
  let root: X509Certificate | undefined;
  let isPublic = false;
  for (;;) {
    const current = path[path.length - 1];
    if (inStore(current)) {
      root = current;
      isPublic = true;
      break;
    }
    const storeIssuer = store.find((s) => issuedByStoreRoot(current, s));
    if (storeIssuer) {
      path.push(storeIssuer);
      root = storeIssuer;
      isPublic = true;
      break;
    }
    if (selfSigned(current)) {
      root = current;
      break;
    }
    if (path.length > 10) throw new CertError("path-length", `the chain of ${options.display} is longer than 10 certificates`);
    const next = presented.find((p) => !path.includes(p) && signedBy(current, p));
    if (next) {
      path.push(next);
      continue;
    }
    const named = presented.find((p) => !path.includes(p) && p.subject === current.issuer);
    if (named) {
      throw new CertError(
        "broken-chain",
        `the chain of ${options.display} is broken: ${oneLine(current.subject)} was not signed by the certificate the server sent as its issuer (${oneLine(named.subject)}), so that one proves nothing; refusing to pin it`,
      );
    }
    throw new CertError(
      "issuer-unknown",
      `${options.display} does not send the issuer of ${oneLine(current.subject)} and that issuer (${oneLine(current.issuer)}) is not in Node's root store; ask the server's operator for the root certificate`,
    );
  }

  checkConstraints(path, root, options.display, store);
  const warnings = checkDates(path, root, leaf, options.display, now);

  const source: RootSource = path.length === 1 ? "the server certificate itself (self-signed)"
    : wasSent(root) ? "sent by the server" : "looked up in Node's Mozilla root store";
  let trustedBecause: VerifiedChain["trustedBecause"];
  if (options.expectSha256 !== undefined) {
    const expected = normalizeSha256(options.expectSha256);
    if (!expected) throw new CertError("bad-fingerprint", `--expect-sha256 '${options.expectSha256}' is not a SHA-256 fingerprint (64 hex digits, e.g. AB:CD:…)`);
    if (expected !== root.fingerprint256) {
      throw new CertError(
        "fingerprint-mismatch",
        `the root CA of ${options.display} (${oneLine(root.subject)}) has SHA-256 ${root.fingerprint256}, not the ${expected} given with --expect-sha256: the connection may be intercepted, or the server changed its CA; nothing written`,
      );
    }
    trustedBecause = "--expect-sha256";
  } else if (isPublic) {
    trustedBecause = "public root";
  } else if (options.trustPrivate) {
    trustedBecause = "--trust-private";
  } else {
    const what = path.length === 1 ? "a self-signed certificate" : "a private root CA";
    throw new CertError(
      "private-root",
      `${options.display} presents ${what} that is not publicly trusted (${oneLine(root.subject)}, SHA-256 ${root.fingerprint256}); anyone on the network path could present such a certificate, so it is not pinned: if the server is yours, compare this fingerprint with the CA's own and rerun with --expect-sha256 <fingerprint> (or --trust-private)`,
    );
  }
  return { path, root, source, isPublic, trustedBecause, warnings };
}

/** The leaf must carry the host name as a DNS subjectAltName (BearSSL's rule) and be usable for a TLS server. */
export function checkLeafForHost(leaf: X509Certificate, options: Pick<TrustOptions, "host" | "display">): void {
  const names = dnsNames(leaf);
  if (isIP(options.host)) {
    throw new CertError(
      "ip-address",
      `${options.host} is an IP address, and the board's BearSSL matches only host names (DNS subjectAltName), never IP addresses, so it would refuse this server; use its name${names.length ? `, e.g. wss://${names[0].replace(/^\*\./, "www.")}:${options.display.slice(options.display.lastIndexOf(":") + 1)}` : " (its certificate names none)"}`,
    );
  }
  if (leaf.checkHost(options.host, { subject: "never" }) === undefined) {
    throw new CertError(
      "host-mismatch",
      `the server certificate of ${options.display} is for ${names.length ? names.join(", ") : "no host name (it has no DNS subjectAltName)"}, not for '${options.host}': a board connecting to ${options.host} would refuse it; nothing written`,
    );
  }
  const extendedUsage = leaf.keyUsage;
  if (extendedUsage && extendedUsage.length && !extendedUsage.includes(SERVER_AUTH) && !extendedUsage.includes(ANY_EXTENDED_KEY_USAGE)) {
    throw new CertError("not-server-auth", `the server certificate of ${options.display} (${oneLine(leaf.subject)}) is not for TLS servers (no serverAuth extended key usage)`);
  }
}

function checkConstraints(path: X509Certificate[], root: X509Certificate, display: string, store: X509Certificate[]): void {
  for (let i = 1; i < path.length; i++) {
    const cert = path[i];
    const ext = caExtensions(cert);
    const fromStore = cert === root && store.includes(cert);
    if (!fromStore && (!ext.isCa || (ext.hasKeyUsage && !ext.keyCertSign))) {
      throw new CertError(
        "not-a-ca",
        `the chain of ${display} is invalid: ${oneLine(cert.subject)} signed ${oneLine(path[i - 1].subject)} but is not a CA certificate (${ext.isCa ? "its key usage forbids signing certificates" : "basicConstraints CA:FALSE or absent"})`,
      );
    }
    const below = i - 1; // CA certificates between this one and the leaf
    if (ext.pathLength !== undefined && below > ext.pathLength) {
      throw new CertError(
        "path-length",
        `the chain of ${display} is invalid: ${oneLine(cert.subject)} allows ${ext.pathLength} intermediate CA${ext.pathLength === 1 ? "" : "s"} below it (pathLenConstraint) but has ${below}`,
      );
    }
  }
}

function checkDates(path: X509Certificate[], root: X509Certificate, leaf: X509Certificate, display: string, now: Date): string[] {
  for (const cert of path) {
    const role = cert === leaf ? "server certificate" : cert === root ? "root CA" : "intermediate CA";
    const from = new Date(cert.validFrom);
    const to = new Date(cert.validTo);
    if (to.getTime() < now.getTime()) {
      const consequence = cert === root ? "a board that trusts it cannot connect" : "a board would refuse the connection until it is renewed";
      throw new CertError("expired", `the ${role} of ${display} (${oneLine(cert.subject)}) expired on ${day(to)}; ${consequence}`);
    }
    if (from.getTime() > now.getTime()) {
      throw new CertError("not-yet-valid", `the ${role} of ${display} (${oneLine(cert.subject)}) is not valid before ${day(from)} (is this PC's clock right?)`);
    }
  }
  const daysLeft = Math.floor((new Date(root.validTo).getTime() - now.getTime()) / 86400000);
  return daysLeft < SOON_DAYS
    ? [`the root CA of ${display} (${oneLine(root.subject)}) expires on ${day(root.validTo)}, in ${daysLeft} days: plan a firmware update`]
    : [];
}

/** The chain as verified, one line per certificate (subject → issuer, validity), leaf first. */
export function describeChain(chain: VerifiedChain): string[] {
  return chain.path.map((cert, i) => {
    const valid = `valid ${day(cert.validFrom)} to ${day(cert.validTo)}`;
    if (cert !== chain.root) return `  ${i + 1}. ${oneLine(cert.subject)} → ${oneLine(cert.issuer)}  (${valid})`;
    const kind = chain.isPublic ? "publicly trusted" : "NOT publicly trusted";
    return `  ${i + 1}. ${oneLine(cert.subject)}  (${chain.path.length === 1 ? "self-signed" : "root"}, ${chain.source}; ${kind}; ${valid})`;
  });
}
