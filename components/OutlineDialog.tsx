/**
 * The outline page: the redacted outline of one tab, shown in full before the user copies it,
 * and the way to the layout report it is meant for. The outline never touches the host page.
 */
import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { OutlineResult } from '../utils/core/messages';
import { formatNumber } from '../utils/core/ui-language';

export const LAYOUT_REPORT_URL =
  'https://github.com/vendorauto-tools/lwa-secret-rotator/issues/new?template=layout-report.yml';

function siteName(site: string): string {
  if (site === 'amazon-console') return 'Amazon Developer Console';
  if (site === 'vendorauto') return 'VendorAuto';
  return i18n.t('outline.unknownSite');
}

type Props = {
  load: () => Promise<OutlineResult>;
  copy: (text: string) => Promise<void>;
};

type Loaded = { pretty: string; site: string; elements: number; truncated: boolean };

function readable(json: string): Loaded {
  const outline = JSON.parse(json) as { site: string; elements: number; truncated: boolean };
  return {
    pretty: JSON.stringify(outline, null, 2),
    site: siteName(outline.site),
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
      setCopied(i18n.t('outline.copied'));
    } catch {
      setCopied(i18n.t('outline.copyFailed'));
    }
  };

  return (
    <main class="outline-page">
      <h1>{i18n.t('outline.heading')}</h1>
      <p>
        {i18n.t('outline.intro.start')} <code>&lt;client-id#1&gt;</code>{' '}
        {i18n.t('outline.intro.or')} <code>&lt;text:12&gt;</code>
        {i18n.t('outline.intro.end')}
      </p>
      {problem && (
        <p class="callout error" role="alert">
          {problem}
        </p>
      )}
      {!outline && !problem && <p role="status">{i18n.t('outline.reading')}</p>}
      {outline && (
        <>
          <p class="summary">
            {outline.truncated
              ? i18n.t('outline.summaryTruncated', outline.elements, {
                  site: outline.site,
                  count: formatNumber(outline.elements),
                })
              : i18n.t('outline.summary', outline.elements, {
                  site: outline.site,
                  count: formatNumber(outline.elements),
                })}
          </p>
          <div class="actions">
            <button type="button" class="primary" onClick={() => void copyOutline()}>
              {i18n.t('outline.copy')}
            </button>
            <a href={LAYOUT_REPORT_URL} target="_blank" rel="noopener noreferrer">
              {i18n.t('outline.report')}
            </a>
          </div>
          {copied && (
            <p class="hint" role="status">
              {copied}
            </p>
          )}
          <label class="preview">
            {i18n.t('outline.previewLabel')}
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
