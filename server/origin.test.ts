import { describe, expect, it } from 'vitest';
import { originPolicy } from './app';

describe('CORS origin policy', () => {
  it('allows app:// and exactly the configured web origins', () => {
    const allowed = originPolicy('https://console.example.com, http://localhost:5173');
    expect(allowed('app://supplier-console')).toBe(true);
    expect(allowed('https://console.example.com')).toBe(true);
    expect(allowed('http://localhost:5173')).toBe(true);
    expect(allowed('https://console.example.com.evil.net')).toBe(false);
    expect(allowed('http://localhost:5174')).toBe(false);
    expect(originPolicy(null)('http://localhost:5173')).toBe(false);
  });

  it('treats ":*" as any port of that host only', () => {
    const allowed = originPolicy('http://127.0.0.1:*');
    expect(allowed('http://127.0.0.1:4173')).toBe(true);
    expect(allowed('http://127.0.0.1:4173.evil.net')).toBe(false);
    expect(allowed('http://127.0.0.10:4173')).toBe(false);
    expect(allowed('https://127.0.0.1:4173')).toBe(false);
  });
});
