import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n/context';
import { departmentName } from '@/components/i18n/format';
import { acceptNewKey, refuseHeld } from '@/storage/admin/held';
import type { HeldRow } from '@/storage/db/database';
import type { Summary } from '@/storage/summary/schema';
import type { Campaign } from '@/storage/types';

/** Files that came with another signing key than the first one seen: the admin decides. */
export function HeldFiles({ campaign, held, now }: { campaign: Campaign; held: HeldRow[]; now: () => number }) {
  const { t, lang } = useI18n();
  const [message, setMessage] = useState('');
  // The decided file's buttons leave with it: the focus goes to what became of it (issue #17).
  const said = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (message) said.current?.focus();
  }, [message]);
  // Outside the list, so that it stays when the last held file is decided and the list goes.
  const status = (
    <div class="live" aria-live="polite">
      {message && (
        <p role="status" class="notice" tabIndex={-1} ref={said}>
          {message}
        </p>
      )}
    </div>
  );
  const at = () => new Date(now()).toISOString();
  const department = (id?: string) => departmentName(campaign, id, lang);
  return (
    <>
      {held.length > 0 && (
        <section aria-labelledby="held-title" class="held">
          <h3 id="held-title">{t('admin.heldTitle', { files: held.length })}</h3>
          <p>{t('admin.heldIntro')}</p>
          <ul>
            {held.map((row) => {
              const summary = row.summary as Summary;
              return (
                <li key={row.id}>
                  <p>
                    <strong>{summary.participant.name}</strong> — {department(summary.participant.department)} ·{' '}
                    {row.fileName} · {t('summary.revision')} {summary.revision}
                  </p>
                  <div class="row">
                    <button
                      type="button"
                      onClick={async () => {
                        try {
                          await acceptNewKey(row.id, at());
                          setMessage(t('admin.heldAccepted', { name: summary.participant.name }));
                        } catch {
                          // One transaction: nothing of the decision was kept, the file is still held.
                          setMessage(t('admin.heldNotWritten', { file: row.fileName }));
                        }
                      }}
                    >
                      {t('admin.acceptKey', { name: summary.participant.name })}
                    </button>
                    <button
                      type="button"
                      onClick={async () => {
                        await refuseHeld(row.id, at());
                        setMessage(t('admin.heldRefused', { file: row.fileName }));
                      }}
                    >
                      {t('admin.refuseFile', { file: row.fileName })}
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {status}
    </>
  );
}
