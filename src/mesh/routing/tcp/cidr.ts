// destinationSubnets matching for tcp/tls routes (IPv4 CIDRs; a bare IP is a /32).
function ipv4ToNumber(ip: string): number | null {
  const parts = ip.split('.');
  if (parts.length !== 4) return null;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return null;
    value = value * 256 + Number(part);
  }
  return value;
}

export function ipInSubnet(ip: string, subnet: string): boolean {
  const [base, bitsText] = subnet.split('/');
  const bits = bitsText === undefined ? 32 : Number(bitsText);
  const a = ipv4ToNumber(ip);
  const b = ipv4ToNumber(base);
  if (a === null || b === null || !Number.isInteger(bits) || bits < 0 || bits > 32) return ip === base;
  const size = 2 ** (32 - bits);
  return Math.floor(a / size) === Math.floor(b / size);
}
