/** Bytes of each built part (raw and gzip), with the chunks each page loads. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export type PartSize = { part: string; raw: number; gzip: number; contentScript: boolean };

/** What an HTML page loads: its module script, the chunks that imports, and its stylesheets. */
function pageFiles(dir: string, html: string): string[] {
  const files = new Set<string>([html]);
  const queue = [html];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    const text = readFileSync(join(dir, file), 'utf8');
    const refs = [
      ...text.matchAll(
        /(?:src|href)="\/?([^"]+\.(?:js|css))"|from\s*"\.{1,2}\/([^"]+\.js)"|import\s*"\.{1,2}\/([^"]+\.js)"/g,
      ),
    ];
    for (const ref of refs) {
      const raw = ref[1] ?? ref[2] ?? ref[3];
      if (!raw) continue;
      const path = ref[1] ? raw : join('chunks', raw.replace(/^chunks\//, ''));
      if (!files.has(path)) {
        files.add(path);
        if (path.endsWith('.js')) queue.push(path);
      }
    }
  }
  return [...files];
}

function measure(dir: string, part: string, files: string[], contentScript: boolean): PartSize {
  const bytes = Buffer.concat(files.map((file) => readFileSync(join(dir, file))));
  return { part, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, contentScript };
}

export function partSizes(dir: string): PartSize[] {
  const scripts = readdirSync(join(dir, 'content-scripts')).filter((f) => f.endsWith('.js'));
  return [
    ...scripts.map((file) =>
      measure(dir, `content script ${file}`, [join('content-scripts', file)], true),
    ),
    measure(dir, 'background.js', ['background.js'], false),
    measure(dir, 'popup (html+js+css)', pageFiles(dir, 'popup.html'), false),
    measure(dir, 'options (html+js+css)', pageFiles(dir, 'options.html'), false),
  ];
}
