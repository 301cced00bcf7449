/**
 * The outline page: the redacted outline of one tab, shown in full before the user copies it,
 * and the way to the layout report it is meant for. The outline never touches the host page.
 */
import { useEffect, useState } from 'preact/hooks';
import type { OutlineResult } from '../utils/core/messages';

export const LAYOUT_REPORT_URL =
  'https://github.com/vendorauto-tools/lwa-secret-rotator/issues/new?template=layout-report.yml';

const SITE_NAMES: Record<string, string> = {
  'amazon-console': 'Amazon Developer Console',
  vendorauto: 'VendorAuto',
};

type Props = {
  load: () => Promise<OutlineResult>;
  copy: (text: string) => Promise<void>;
};

type Loaded = { pretty: string; site: string; elements: number; truncated: boolean };

function readable(json: string): Loaded {
  const outline = JSON.parse(json) as { site: string; elements: number; truncated: boolean };
  return {
    pretty: JSON.stringify(outline, null, 2),
    site: SITE_NAMES[outline.site] ?? 'an unknown page',
    elements: outline.elements,
    truncated: outline.truncated,
  };
}

export function OutlineDialog({ load, copy }: Props) {
  const [outline, setOutline] = useState<Loaded | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [copied, setCopied] = useState<string | null>(null);

  useEffect(() => {
    void load().then((result) => {
      if (result.ok) setOutline(readable(result.outline));
      else setProblem(result.message);
    });
  }, [load]);

  const copyOutline = async () => {
    if (!outline) return;
    try {
      await copy(outline.pretty);
      setCopied('Copied. Paste it into the layout report.');
    } catch {
      setCopied('Could not copy: select the outline below and copy it by hand.');
    }
  };

  return (
    <main class="outline-page">
      <h1>Page outline</h1>
      <p>
        What the extension saw of the page, for a layout report: the page’s structure, with every
        name, ID, secret, e-mail, date and number replaced by a placeholder such as{' '}
        <code>&lt;client-id#1&gt;</code> or <code>&lt;text:12&gt;</code>. Only the words the
        extension itself looks for (“Rotate secret”, “Client ID”, …) are kept. Nothing is sent
        anywhere: you copy it, and you decide where to paste it.
      </p>
      {problem && (
        <p class="callout error" role="alert">
          {problem}
        </p>
      )}
      {!outline && !problem && <p role="status">Reading the page…</p>}
      {outline && (
        <>
          <p class="summary">
            {outline.site}: {outline.elements} elements
            {outline.truncated ? ' (a very large page: only the first part is outlined)' : ''}.
          </p>
          <div class="actions">
            <button type="button" class="primary" onClick={() => void copyOutline()}>
              Copy outline
            </button>
            <a href={LAYOUT_REPORT_URL} target="_blank" rel="noopener noreferrer">
              Report a layout
            </a>
          </div>
          {copied && (
            <p class="hint" role="status">
              {copied}
            </p>
          )}
          <label class="preview">
            The outline that “Copy outline” copies
            <textarea
              class="outline"
              readOnly
              rows={28}
              spellcheck={false}
              value={outline.pretty}
            />
          </label>
        </>
      )}
    </main>
  );
}
