import { describe, expect, it } from 'vitest';
import {
  isBuiltInVendorAutoOrigin,
  isConsoleOrigin,
  isConsoleUrl,
  toHttpsOrigin,
} from '../../utils/core/hosts';

describe('console URLs', () => {
  it.each([
    'https://sellercentral.amazon.com/sellingpartner/developerconsole',
    'https://sellercentral.amazon.de/sellingpartner/developerconsole/ref=xx_devcon_cont_home',
    'https://vendorcentral.amazon.co.jp/sellingpartner/developerconsole/application?x=1#top',
    'https://solutionproviderportal.amazon.com/sellingpartner/developerconsole#',
  ])('accepts %s', (url) => expect(isConsoleUrl(url)).toBe(true));

  it.each([
    'https://sellercentral.amazon.com.evil.example/sellingpartner/developerconsole',
    'http://sellercentral.amazon.com/sellingpartner/developerconsole',
    'https://sellercentral.amazon.com/home',
    'https://sellercentral.amazon.com/sellingpartner/developerconsolefake',
    'https://sellercentral.amazon.com:8443/sellingpartner/developerconsole',
    'https://evil.example/sellingpartner/developerconsole',
  ])('refuses %s', (url) => expect(isConsoleUrl(url)).toBe(false));

  it('checks origins exactly', () => {
    expect(isConsoleOrigin('https://vendorcentral.amazon.me')).toBe(true);
    expect(isConsoleOrigin('https://vendorcentral.amazon.me.evil.example')).toBe(false);
    expect(isConsoleOrigin('https://vendorcentral.amazon.me/')).toBe(false);
  });
});

describe('VendorAuto origins', () => {
  it('accepts vendorauto.com and its subdomains only', () => {
    expect(isBuiltInVendorAutoOrigin('https://vendorauto.com')).toBe(true);
    expect(isBuiltInVendorAutoOrigin('https://app.vendorauto.com')).toBe(true);
    expect(isBuiltInVendorAutoOrigin('https://evilvendorauto.com')).toBe(false);
    expect(isBuiltInVendorAutoOrigin('https://vendorauto.com.evil.example')).toBe(false);
    expect(isBuiltInVendorAutoOrigin('http://app.vendorauto.com')).toBe(false);
  });

  it('normalises what a user types into an origin', () => {
    expect(toHttpsOrigin(' va.example-customer.com/instances ')).toBe(
      'https://va.example-customer.com',
    );
    expect(toHttpsOrigin('http://va.example.com')).toBeNull();
    expect(toHttpsOrigin('https://user:pw@va.example.com')).toBeNull();
    expect(toHttpsOrigin('localhost')).toBeNull();
    expect(toHttpsOrigin('')).toBeNull();
  });
});
