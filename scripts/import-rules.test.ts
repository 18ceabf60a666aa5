import { describe, expect, it } from 'vitest';
import { fileCycles, folderCycleEdges, layerViolations } from './import-rules';

describe('layerViolations', () => {
  it('allows app → components → lib and refuses every import the other way', () => {
    const graph = {
      'app/page.tsx': ['components/form.tsx', 'lib/a/x.ts'],
      'components/form.tsx': ['lib/a/x.ts', 'app/actions/do.ts'],
      'lib/a/x.ts': ['components/form.tsx', 'app/page.tsx', 'messages/a.ts'],
    };
    expect(layerViolations(graph).sort()).toEqual([
      'components/form.tsx -> app/actions/do.ts',
      'lib/a/x.ts -> app/page.tsx',
      'lib/a/x.ts -> components/form.tsx',
    ]);
  });
});

describe('fileCycles', () => {
  it('finds a cycle once, from its smallest file, and nothing in a tree', () => {
    expect(fileCycles({ 'lib/b.ts': ['lib/c.ts'], 'lib/c.ts': ['lib/a.ts'], 'lib/a.ts': ['lib/b.ts'] })).toEqual([
      ['lib/a.ts', 'lib/b.ts', 'lib/c.ts'],
    ]);
    expect(fileCycles({ 'lib/a.ts': ['lib/b.ts', 'lib/c.ts'], 'lib/b.ts': ['lib/c.ts'], 'lib/c.ts': [] })).toEqual([]);
  });
});

describe('folderCycleEdges', () => {
  it('names the folder imports of lib/ that close a cycle of folders, even when no file cycle exists', () => {
    const graph = {
      'lib/env.ts': ['lib/push/allowlist.ts'],
      'lib/push/send.ts': ['lib/env.ts', 'lib/db/client.ts'],
      'lib/push/allowlist.ts': [],
      'lib/db/client.ts': ['lib/env.ts'],
      'lib/users/find.ts': ['lib/db/client.ts'],
    };
    expect(fileCycles(graph)).toEqual([]);
    expect(folderCycleEdges(graph)).toEqual([
      'lib -> lib/push',
      'lib/db -> lib',
      'lib/push -> lib',
      'lib/push -> lib/db',
    ]);
  });

  it('is empty for folders that import one way', () => {
    const tree = { 'lib/a/x.ts': ['lib/b/y.ts'], 'lib/b/y.ts': ['lib/c/z.ts'], 'lib/c/z.ts': [] };
    expect(folderCycleEdges(tree)).toEqual([]);
  });
});
