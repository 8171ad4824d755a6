// The queue at the clerk's window (叫号): the ticket at the window now, who waits for it, and calling the next.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { errorText } from '../components/ui';
import { pick } from '../i18n';
import { useMe } from '../session';
import type { HallSummary, TicketView, WindowQueue as Queue, WindowSummary } from '../answers';

/** The windows this clerk serves: those of every hall whose departments include one of their postings. */
function useMyWindows() {
  const { data: me } = useMe();
  const departments = useMemo(() => (me?.postings ?? []).filter((p) => p.role === 'window_clerk' && p.departmentId).map((p) => p.departmentId!), [me]);
  return useQuery({
    queryKey: ['my-windows', departments],
    enabled: departments.length > 0,
    staleTime: 300_000,
    queryFn: async () => {
      const halls = await api<HallSummary[]>('/halls');
      const out: (WindowSummary & { hall: HallSummary })[] = [];
      for (const hall of halls) {
        for (const w of await api<WindowSummary[]>(`/halls/${hall.id}/windows`)) if (w.departmentIds.some((d) => departments.includes(d))) out.push({ ...w, hall });
      }
      return out;
    },
  });
}

export function WindowQueue({ onCalled }: { onCalled: (ticket: TicketView) => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const windows = useMyWindows();
  const [windowId, setWindowId] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    if (!windowId && windows.data?.[0]) setWindowId(windows.data[0].id);
  }, [windowId, windows.data]);
  const queue = useQuery({ queryKey: ['window-queue', windowId], enabled: !!windowId, refetchInterval: 15_000, queryFn: () => api<Queue>(`/windows/${windowId}/queue`) });
  const refresh = () => client.invalidateQueries({ queryKey: ['window-queue', windowId] });
  const act = async (run: () => Promise<TicketView>, called = false) => {
    setProblem(null);
    try {
      const ticket = await run();
      if (called) onCalled(ticket);
    } catch (err) {
      setProblem(errorText(err, t));
    }
    await refresh();
  };
  if (!windows.data?.length) return null;
  const q = queue.data;
  return (
    <section aria-labelledby="queue-title" className="window-queue">
      <h2 id="queue-title">{t('queue.title')}</h2>
      <div className="field">
        <label htmlFor="my-window">{t('queue.window')}</label>
        <select id="my-window" value={windowId} onChange={(e) => setWindowId(e.target.value)}>
          {windows.data.map((w) => <option key={w.id} value={w.id}>{`${pick(w.hall.name)} · ${w.number} ${pick(w.name)}`}</option>)}
        </select>
      </div>
      {problem && <p className="error-text" role="alert">{problem}</p>}
      {q && (
        <>
          {q.current ? (
            <div className="panel current-ticket" role="status">
              <p>{t('queue.serving')} <strong className="ticket-number">{q.current.number}</strong></p>
              <p>{pick(q.current.item.name)} · {t(`queue.kind.${q.current.kind}`)} · {t('queue.waited', { minutes: q.current.waitedMinutes })}</p>
              <div className="button-group">
                <button type="button" className="button" onClick={() => void act(() => api<TicketView>(`/tickets/${q.current!.id}/finish`, { method: 'POST', body: { outcome: 'served' } }))}>{t('queue.served')}</button>
                <button type="button" className="button button-secondary" onClick={() => void act(() => api<TicketView>(`/tickets/${q.current!.id}/finish`, { method: 'POST', body: { outcome: 'no_show' } }))}>{t('queue.noShow')}</button>
              </div>
            </div>
          ) : (
            <button type="button" className="button" disabled={q.waiting.length === 0} onClick={() => void act(() => api<TicketView>(`/windows/${windowId}/call-next`, { method: 'POST' }), true)}>
              {t('queue.callNext')}
            </button>
          )}
          <h3>{t('queue.waitingCount', { count: q.waiting.length })}</h3>
          {q.waiting.length === 0 ? <p>{t('queue.empty')}</p> : (
            <table className="table">
              <caption className="visually-hidden">{t('queue.waitingCaption')}</caption>
              <thead><tr><th scope="col">{t('queue.number')}</th><th scope="col">{t('staff.item')}</th><th scope="col">{t('queue.kindLabel')}</th><th scope="col">{t('queue.waitedLabel')}</th></tr></thead>
              <tbody>
                {q.waiting.map((w) => (
                  <tr key={w.id}><td>{w.number}</td><td>{pick(w.item.name)}</td><td>{t(`queue.kind.${w.kind}`)}</td><td>{t('queue.minutes', { minutes: w.waitedMinutes })}</td></tr>
                ))}
              </tbody>
            </table>
          )}
          <p className="hint">{t('queue.servedToday', { count: q.servedToday })}</p>
        </>
      )}
    </section>
  );
}
