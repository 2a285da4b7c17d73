// The CA certificate that signed your server's certificate, as PEM. Replace it with the output of
//   npx tsduino cert wss://your.server:443 --out src/certs.ts
// (on the device the string stays in flash).
export const ENDPOINT_CA_CERT = `-----BEGIN CERTIFICATE-----
REPLACE-ME-WITH-npx-tsduino-cert
-----END CERTIFICATE-----
`;
