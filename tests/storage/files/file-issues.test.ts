import { describe, expect, it } from 'vitest';
import { deeperThan, forbiddenKeyPath, keysOrDepth } from '@/storage/files/file-issues';

/** `[[[…{key: 1}…]]]`, `depth` arrays deep, built without recursion. */
function nested(depth: number, inner: unknown): unknown {
  let value = inner;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

describe('scanning parsed JSON without recursing on its depth (issue #10)', () => {
  it('finds a forbidden key 200,000 levels deep instead of overflowing the stack', () => {
    const json = JSON.parse(`{"a":${JSON.stringify(nested(10, null)).replace('null', '{"__proto__":1}')}}`);
    expect(forbiddenKeyPath(json)).toBe(`a${'[0]'.repeat(10)}.__proto__`);
    const deep = JSON.parse(`{"a":${'['.repeat(200_000)}{"constructor":1}${']'.repeat(200_000)}}`);
    expect(() => forbiddenKeyPath(deep)).not.toThrow();
    expect(forbiddenKeyPath(deep)?.endsWith('[0].constructor')).toBe(true);
  });

  it('names the first forbidden key in the file’s order', () => {
    expect(forbiddenKeyPath(JSON.parse('{"a":{"b":[1,{"prototype":2}]},"__proto__":3}'))).toBe('a.b[1].prototype');
  });

  it('finds nothing in an ordinary file', () => {
    expect(forbiddenKeyPath({ a: [{ b: 'constructor' }], c: { prototypes: 1 } })).toBeNull();
  });

  it('says where a file nests deeper than allowed, even 200,000 deep', () => {
    expect(deeperThan({ a: nested(3, 1) }, 4)).toBeNull();
    expect(deeperThan({ a: nested(4, {}) }, 4)).toBe('a[0][0][0][0]');
    const deep = JSON.parse(`{"rows":${'['.repeat(200_000)}${']'.repeat(200_000)}}`);
    // 64 `[0]` deep, shown shortened in the middle.
    expect(deeperThan(deep, 64)).toBe('rows[0][0][0][0][0][0][0][0]…[0][0][0]');
  });

  it('in one walk, names a forbidden key anywhere before a place too deep, as the two walks do', () => {
    const both = JSON.parse(`{"a":${JSON.stringify(nested(70, {}))},"b":{"x":[{"__proto__":1}]}}`);
    expect(keysOrDepth(both, 64)).toEqual({ path: 'b.x[0].__proto__', rule: 'forbidden-key' });
    expect(keysOrDepth({ a: nested(4, {}), b: nested(9, {}) }, 4)).toEqual({ path: 'a[0][0][0][0]', rule: 'too-deep' });
    expect(keysOrDepth({ a: nested(3, 1), b: { prototypes: [1] } }, 4)).toBeNull();
    const deep = JSON.parse(`{"rows":${'['.repeat(200_000)}{"constructor":1}${']'.repeat(200_000)}}`);
    expect(keysOrDepth(deep, 64)).toEqual({ path: forbiddenKeyPath(deep), rule: 'forbidden-key' });
    const tooDeep = JSON.parse(`{"rows":${'['.repeat(200_000)}${']'.repeat(200_000)}}`);
    expect(keysOrDepth(tooDeep, 64)).toEqual({ path: deeperThan(tooDeep, 64), rule: 'too-deep' });
  });
});
