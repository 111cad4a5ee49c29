/**
 * The side panel reads the plan's address from a pasted code (to ask for host access inside the
 * coach's click) without the schema the background decodes with: both must agree on every code.
 */
import { describe, expect, it } from 'vitest';
import { decodePairingCode, encodePairingCode } from '../../shared/pairing-code';
import { pairingEndpoint } from '../../shared/pairing-code-payload';
import { pick, seeded } from './seeded-random';

const ENDPOINTS = [
  'https://script.google.com/macros/s/abc/exec',
  'https://script.googleusercontent.com/macros/echo?x=1',
  'http://127.0.0.1:8790/exec',
  'http://localhost/exec',
  'https://evil.example/exec',
  'http://script.google.com/macros/s/abc/exec',
  'javascript:alert(1)',
];

describe('the address in a pasted code', () => {
  it('is the one the full decoding finds, for 300 generated codes', () => {
    const random = seeded(7);
    for (let i = 0; i < 300; i++) {
      const endpoint = pick(random, ENDPOINTS);
      const code = encodePairingCode({
        endpoint,
        secret: 'secret-0123456789abcdef',
        plan: 'Plan',
        coach: 'Coach',
      });
      const pasted = pick(random, [code, ` ${code}\n`, code.slice(0, 12), `x${code}`]);
      const decoded = decodePairingCode(pasted);
      expect(pairingEndpoint(pasted)).toBe(decoded.ok ? decoded.pairing.endpoint : null);
    }
  });

  it.each(['', 'hello', 'TL1-', 'TL1-not base64!!', 'TL1-bnVsbA'])('is none in %j', (code) => {
    expect(pairingEndpoint(code)).toBeNull();
  });
});
