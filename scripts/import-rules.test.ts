import { describe, expect, it } from 'vitest';
import { fileCycles, folderCycleEdges, importProblems, layerViolations } from './import-rules';

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

describe('importProblems', () => {
  // Two folders of lib/ that import each other through different files: no file cycle, yet a folder cycle.
  const folderCycle = {
    'lib/auth/session.ts': ['lib/users/find-user.ts'],
    'lib/users/find-user.ts': ['lib/db/client.ts'],
    'lib/users/search-users.ts': ['lib/auth/principal.ts'],
    'lib/auth/principal.ts': [],
    'lib/db/client.ts': [],
  };

  it('fails on any cycle between folders of lib/: there is no list of tolerated ones', () => {
    expect(importProblems(folderCycle, folderCycle)).toEqual([
      'cycle between folders of lib/: lib/auth -> lib/users',
      'cycle between folders of lib/: lib/users -> lib/auth',
    ]);
  });

  it('passes once one side of the cycle moves below both folders', () => {
    const split = {
      'lib/auth/session.ts': ['lib/users/find-user.ts'],
      'lib/users/find-user.ts': ['lib/db/client.ts'],
      'lib/users/search-users.ts': ['lib/principal/principal.ts'],
      'lib/principal/principal.ts': [],
      'lib/db/client.ts': [],
    };
    expect(importProblems(split, split)).toEqual([]);
  });

  it('counts a type-only import between folders, but not in a cycle of files', () => {
    const runtime = { 'lib/push/log.ts': [], 'lib/push/dispatcher/outcome.ts': ['lib/push/log.ts'] };
    const all = { ...runtime, 'lib/push/log.ts': ['lib/push/dispatcher/outcome.ts'] };
    expect(importProblems(all, runtime)).toEqual([
      'cycle between folders of lib/: lib/push -> lib/push/dispatcher',
      'cycle between folders of lib/: lib/push/dispatcher -> lib/push',
    ]);
  });

  it('reports layer violations and file cycles too', () => {
    const graph = { 'lib/a/x.ts': ['lib/a/y.ts', 'app/page.tsx'], 'lib/a/y.ts': ['lib/a/x.ts'], 'app/page.tsx': [] };
    expect(importProblems(graph, graph)).toEqual([
      'one-way folders (app → components → lib): lib/a/x.ts -> app/page.tsx',
      'import cycle: lib/a/x.ts -> lib/a/y.ts -> lib/a/x.ts',
    ]);
  });
});
