import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useNow } from '@/components/clock';
import { useI18n } from '@/components/i18n/context';
import { Part } from './Part';

/** A held file as the list shows it, with what each decision does and says. */
export interface HeldItem {
  id: string;
  fileName: string;
  /** Who it is for and what it is, in a line. */
  line: ComponentChildren;
  acceptLabel: string;
  refuseLabel: string;
  /** Said once the new key is trusted and the file merged. */
  accepted: string;
  /** The decisions, given the instant they are taken. */
  accept: (at: string) => Promise<unknown>;
  refuse: (at: string) => Promise<unknown>;
}

/** Files that came with another signing key than the first one seen: a person decides for each. */
export function HeldList({
  id,
  level,
  title,
  intro,
  items,
}: {
  id: string;
  level: 3 | 4;
  title: string;
  intro: string;
  items: readonly HeldItem[];
}) {
  const { t } = useI18n();
  const now = useNow();
  const at = () => new Date(now()).toISOString();
  const [message, setMessage] = useState('');
  // The decided file's buttons leave with it: the focus goes to what became of it.
  const said = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (message) said.current?.focus();
  }, [message]);
  return (
    <>
      {items.length > 0 && (
        <Part id={id} level={level} title={title} class="held">
          <p>{intro}</p>
          <ul>
            {items.map((item) => (
              <li key={item.id}>
                <p>{item.line}</p>
                <div class="row">
                  <button
                    type="button"
                    onClick={async () => {
                      try {
                        await item.accept(at());
                        setMessage(item.accepted);
                      } catch {
                        // One transaction: nothing of the decision was kept, the file is still held.
                        setMessage(t('admin.heldNotWritten', { file: item.fileName }));
                      }
                    }}
                  >
                    {item.acceptLabel}
                  </button>
                  <button
                    type="button"
                    onClick={async () => {
                      await item.refuse(at());
                      setMessage(t('admin.heldRefused', { file: item.fileName }));
                    }}
                  >
                    {item.refuseLabel}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </Part>
      )}
      {/* Outside the list, so that it stays when the last held file is decided and the list goes. */}
      <div class="live" aria-live="polite">
        {message && (
          <p role="status" class="notice" tabIndex={-1} ref={said}>
            {message}
          </p>
        )}
      </div>
    </>
  );
}
