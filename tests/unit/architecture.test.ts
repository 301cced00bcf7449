// @vitest-environment node
/**
 * The boundaries between who runs what, as `npm run check` enforces them (biome.json
 * overrides). Each case is a one-line probe file written at a real path; one Biome run lints
 * them all, so a loosened rule fails here.
 */
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const BIOME = resolve(ROOT, 'node_modules/.bin/biome');

type Probe = { beside: string; source: string; mustFailWith: string | null };

const PROBES: Probe[] = [
  ...(
    [
      [
        'utils/core/lwa.ts',
        "import { fillInVendorAuto } from '../background/handoff';",
        'imports nothing outside utils/core',
      ],
      [
        'utils/core/lwa.ts',
        "import { deepText } from '../content/dom/deep';",
        'imports nothing outside utils/core',
      ],
      ['utils/core/lwa.ts', 'export const title = document.title;', 'global variable document'],
      [
        'utils/background/handoff.ts',
        "import { readConsolePage } from '../sites/amazon-console';",
        'never imports page',
      ],
      [
        'utils/background/handoff.ts',
        "import { createOverlay } from '../content/overlay';",
        'never imports page',
      ],
      [
        'utils/background/handoff.ts',
        'export const title = document.title;',
        'global variable document',
      ],
      [
        'utils/sites/vendorauto/index.ts',
        "import { fillInVendorAuto } from '../../background/handoff';",
        'never import background',
      ],
      [
        'entrypoints/vendorauto.content.ts',
        "import { notify } from '../utils/background/notify';",
        'never import background',
      ],
      [
        'utils/sites/vendorauto/index.ts',
        "import { readConsolePage } from '../amazon-console';",
        'One place knows each site',
      ],
      [
        'utils/sites/amazon-console/index.ts',
        "import { findEditForm } from '../vendorauto';",
        'One place knows each site',
      ],
      [
        'utils/content/overlay.tsx',
        "import { findInstanceByClientId } from '../sites/vendorauto';",
        'site knowledge stays',
      ],
      [
        'components/Popup.tsx',
        "import { sweepExpired } from '../utils/background/rotation-store';",
        'ask the background through messages',
      ],
    ] as const
  ).map(([beside, source, mustFailWith]) => ({ beside, source, mustFailWith })),
  ...(
    [
      ['utils/core/lwa.ts', "import { toIsoDate } from './deadline';"],
      ['utils/background/handoff.ts', "import { isClientId } from '../core/lwa';"],
      ['utils/sites/vendorauto/index.ts', "import { deepText } from '../../content/dom/deep';"],
      ['components/Popup.tsx', "import { usePopupState } from '../utils/popup/state';"],
    ] as const
  ).map(([beside, source]) => ({ beside, source, mustFailWith: null })),
];

const findings = new Map<Probe, string[]>();

beforeAll(() => {
  const files = PROBES.map((probe, index) => {
    // Named like its neighbour (`x.content.ts` stays a content script), unique to this run.
    const file = join(
      ROOT,
      dirname(probe.beside),
      `__probe${process.pid}-${index}-${basename(probe.beside)}`,
    );
    const name = probe.source.match(/\{ (\w+) \}/)?.[1] ?? 'null';
    writeFileSync(file, `${probe.source}\nexport const used = [${name}];\n`);
    return file;
  });
  try {
    const run = spawnSync(BIOME, ['lint', '--reporter=json', ...files], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const report = JSON.parse(run.stdout) as {
      diagnostics: { message: string; category: string; location: { path: string } }[];
    };
    PROBES.forEach((probe, index) => {
      const path = relative(ROOT, files[index] ?? '');
      findings.set(
        probe,
        report.diagnostics
          .filter(
            (d) => d.location.path === path && d.category.startsWith('lint/style/noRestricted'),
          )
          .map((d) => d.message),
      );
    });
  } finally {
    for (const file of files) rmSync(file, { force: true });
  }
}, 60_000);

describe('import boundaries', () => {
  it.each(PROBES.filter((p) => p.mustFailWith))('next to $beside, refuses: $source', (probe) => {
    expect(findings.get(probe)?.join('\n')).toContain(probe.mustFailWith);
  });
  it.each(PROBES.filter((p) => !p.mustFailWith))('next to $beside, allows: $source', (probe) => {
    expect(findings.get(probe)).toEqual([]);
  });
});
