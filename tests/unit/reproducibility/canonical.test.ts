import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalActions, canonicalJson, canonicalPlanText, sha256Hex, shortHash } from '../../../src/lib/reproducibility/index.ts';
import type { Action, Plan } from '../../../src/solver/plan/plan.ts';
import { emptyModel } from '../../../src/solver/model/model.ts';

const timed = (start: number, end: number) => ({ start, end, pre: [], post: [] });

function plan(actions: Action[]): Plan {
  return { origin: emptyModel(), actions };
}

describe('canonical JSON', () => {
  test('sorts keys at every depth and writes no whitespace', () => {
    assert.equal(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'x' } }), '{"a":{"c":"x","d":[3,{"y":2,"z":1}]},"b":1}');
  });
  test('the same value built in two key orders gives the same bytes', () => {
    assert.equal(canonicalJson({ vm: 1, id: 'bootVM', on: 2 }), canonicalJson({ on: 2, id: 'bootVM', vm: 1 }));
  });
  test('leaves out undefined and null fields of objects, keeps null at the top', () => {
    assert.equal(canonicalJson({ a: undefined, b: null, c: 0 }), '{"c":0}');
    assert.equal(canonicalJson(null), 'null');
  });
  test('refuses numbers JSON cannot hold', () => {
    assert.throws(() => canonicalJson({ x: Number.NaN }), RangeError);
    assert.throws(() => canonicalJson(Infinity), RangeError);
  });
});

describe('canonical plan', () => {
  const actions: Action[] = [
    { kind: 'shutdownNode', node: 3, ...timed(4, 8) },
    { kind: 'migrateVM', vm: 5, from: 3, to: 1, ...timed(0, 4) },
    { kind: 'migrateVM', vm: 1, from: 0, to: 1, ...timed(0, 2) },
    { kind: 'bootVM', vm: 9, on: 0, ...timed(0, 4) },
    { kind: 'allocate', vm: 0, on: 2, rc: 'cpu', amount: 3, ...timed(5, 5) },
  ];

  test('orders actions by start, end, kind, then element', () => {
    const ids = canonicalActions(plan(actions)).map((a) => `${a.id}:${a.vm ?? a.node}`);
    assert.deepEqual(ids, ['migrateVM:1', 'bootVM:9', 'migrateVM:5', 'shutdownNode:3', 'allocate:0']);
  });

  test('does not depend on the order the engine listed the actions in', () => {
    const a = canonicalPlanText(canonicalActions(plan(actions)));
    const b = canonicalPlanText(canonicalActions(plan([...actions].reverse())));
    assert.equal(a, b);
  });

  test('one action per line, BtrPlace field names, hooks only when there are events', () => {
    const text = canonicalPlanText(canonicalActions(plan(actions.slice(0, 2))));
    assert.equal(text, '{"end":4,"from":3,"id":"migrateVM","start":0,"to":1,"vm":5}\n{"end":8,"id":"shutdownNode","node":3,"start":4}');
    const withHook: Action = { kind: 'bootVM', vm: 1, on: 0, start: 0, end: 1, pre: [], post: [{ kind: 'allocate', vm: 1, rc: 'cpu', amount: 2 }] };
    assert.equal(canonicalPlanText(canonicalActions(plan([withHook]))), '{"end":1,"hooks":{"post":[{"amount":2,"id":"allocate","rc":"cpu","vm":1}],"pre":[]},"id":"bootVM","on":0,"start":0,"vm":1}');
  });

  test('a killVM of a VM hosted nowhere has no "on"', () => {
    assert.equal(canonicalPlanText(canonicalActions(plan([{ kind: 'killVM', vm: 2, on: null, ...timed(0, 1) }]))), '{"end":1,"id":"killVM","start":0,"vm":2}');
  });

  test('an empty plan is the empty text', () => {
    assert.equal(canonicalPlanText([]), '');
  });
});

describe('SHA-256', () => {
  test('matches the published test vectors', async () => {
    assert.equal(await sha256Hex(''), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    assert.equal(await sha256Hex('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
  test('hashes UTF-8 bytes', async () => {
    // "é" is two bytes in UTF-8: a hash of UTF-16 code units would differ.
    assert.equal(await sha256Hex('é'), await sha256Hex('\u00e9'));
    assert.notEqual(await sha256Hex('é'), await sha256Hex('e\u0301'));
  });
  test('the short form is the first 12 digits', () => {
    assert.equal(shortHash('ba7816bf8f01cfea414140de5dae2223'), 'ba7816bf8f01');
  });
});
