// Connects to a TLS server and returns the certificate chain exactly as the server presents it (leaf first),
// without trusting or rejecting anything: an empty private trust store keeps Node from completing the chain
// with its own roots, so the caller can tell a sent root from one looked up later. Network failures become
// one-line UserErrors (refused, unresolvable, timed out, not TLS).
import { X509Certificate } from "node:crypto";
import { isIP } from "node:net";
import { connect, type PeerCertificate, type DetailedPeerCertificate } from "node:tls";
import { UserError } from "../../shared/user-error.js";
import type { Endpoint } from "./endpoint.js";
import { issueCertificate } from "./x509-builder.js";

let sentinelCa: string | undefined;

export function fetchChain(endpoint: Endpoint, timeoutMs = 10000): Promise<X509Certificate[]> {
  sentinelCa ??= issueCertificate({ commonName: "tsduino cert: trusts nothing", isCa: true }).certPem;
  return new Promise((resolve, reject) => {
    const socket = connect({
      host: endpoint.host,
      port: endpoint.port,
      servername: isIP(endpoint.host) ? undefined : endpoint.host,
      rejectUnauthorized: false,
      ca: [sentinelCa!],
    });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new UserError(`timed out after ${timeoutMs / 1000} s connecting to ${endpoint.display}`));
    }, timeoutMs);
    let connected = false;
    socket.once("connect", () => (connected = true));
    socket.once("secureConnect", () => {
      clearTimeout(timer);
      const chain = collect(socket.getPeerCertificate(true));
      socket.end();
      if (chain.length === 0) reject(new UserError(`${endpoint.display} sent no certificate`));
      else resolve(chain);
    });
    socket.once("error", (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      socket.destroy();
      reject(new UserError(describe(error, endpoint, connected)));
    });
  });
}

function collect(peer: PeerCertificate | DetailedPeerCertificate): X509Certificate[] {
  const chain: X509Certificate[] = [];
  const seen = new Set<string>();
  let current: DetailedPeerCertificate | undefined = peer as DetailedPeerCertificate;
  while (current && current.raw && !seen.has(current.fingerprint256)) {
    seen.add(current.fingerprint256);
    chain.push(new X509Certificate(current.raw));
    current = current.issuerCertificate;
  }
  return chain;
}

function describe(error: NodeJS.ErrnoException, endpoint: Endpoint, connected: boolean): string {
  const code = error.code ?? "";
  if (code === "ECONNREFUSED") return `cannot connect to ${endpoint.display}: connection refused (is the server running?)`;
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return `cannot resolve host '${endpoint.host}'`;
  if (code === "EHOSTUNREACH" || code === "ENETUNREACH") return `cannot reach ${endpoint.display}: no route to host`;
  if (code.startsWith("ERR_SSL_") || code === "EPROTO" || code === "ECONNRESET" || (connected && code === "EPIPE") || /socket disconnected|hang up/i.test(error.message)) {
    return `${endpoint.display} does not speak TLS (is it a plain ws:// or http:// port?)`;
  }
  return `cannot fetch the certificate of ${endpoint.display}: ${error.message}`;
}
