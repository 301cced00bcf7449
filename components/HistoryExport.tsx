import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { type HistoryEntry, historyItem } from '../utils/core/history';
import { formatNumber } from '../utils/core/ui-language';
import { historyCsv } from '../utils/options/history-csv';

/** Settings' CSV export of every app's rotation history (no secrets are ever in it). */
export function HistoryExport() {
  const [history, setHistory] = useState<HistoryEntry[]>([]);
  useEffect(() => {
    void historyItem.getValue().then(setHistory);
    return historyItem.watch(setHistory);
  }, []);

  const download = () => {
    const url = URL.createObjectURL(new Blob([historyCsv(history)], { type: 'text/csv' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `lwa-rotation-history-${new Date().toISOString().slice(0, 10)}.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <>
      <p class="help">
        {history.length === 0
          ? i18n.t('options.history.empty')
          : i18n.t('options.history.summary', history.length, {
              count: formatNumber(history.length),
            })}
      </p>
      <button type="button" disabled={history.length === 0} onClick={download}>
        {i18n.t('options.history.export')}
      </button>
    </>
  );
}
