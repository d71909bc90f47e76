import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nonPublicAddressKind } from './address.ts';

test('non-public IPv4 ranges are named', () => {
  const cases: Array<[string, string | null]> = [
    ['127.0.0.1', 'loopback'],
    ['10.4.5.6', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['172.32.0.1', null],
    ['192.168.1.20', 'private'],
    ['169.254.169.254', 'link-local'],
    ['100.64.0.1', 'CGNAT'],
    ['100.127.255.255', 'CGNAT'],
    ['100.128.0.1', null],
    ['0.0.0.0', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['93.184.216.34', null],
    ['8.8.8.8', null],
  ];
  for (const [address, kind] of cases) assert.equal(nonPublicAddressKind(address), kind, address);
});

test('non-public IPv6 ranges are named, and embedded IPv4 addresses judged as IPv4', () => {
  const cases: Array<[string, string | null]> = [
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1%eth0', 'link-local'],
    ['fd12:3456:789a::1', 'unique-local'],
    ['fc00::1', 'unique-local'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:8.8.8.8', null],
    ['64:ff9b::192.168.0.1', 'private'],
    ['[::1]', 'loopback'],
    ['2001:db8::1', 'documentation'],
    ['2606:4700:4700::1111', null],
  ];
  for (const [address, kind] of cases) assert.equal(nonPublicAddressKind(address), kind, address);
});

test('anything that is not an address is refused as invalid', () => {
  assert.equal(nonPublicAddressKind('localhost'), 'invalid');
  assert.equal(nonPublicAddressKind('999.1.1.1'), 'invalid');
});
