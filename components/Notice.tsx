import { useEffect, useRef } from 'preact/hooks';

/** A message after an action: an alert when something was refused, a status otherwise. */
export interface NoticeText {
  text: string;
  error: boolean;
}

/**
 * The message of an action, inside a live region that is on the page before any message is
 * shown: a screen reader announces a region's changes, not a region that appears with
 * its text. With `focus`, the message takes the focus when it comes, as after a file was
 * picked: the person reads the outcome, and Tab goes on from there, not from the page top.
 */
export function Notice({ notice, focus = false }: { notice: NoticeText | null; focus?: boolean }) {
  const message = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (focus && notice) message.current?.focus();
  }, [notice]);
  return (
    <div class="live" aria-live="polite">
      {notice && (
        <p
          ref={message}
          role={notice.error ? 'alert' : 'status'}
          class={notice.error ? 'notice error' : 'notice'}
          tabIndex={focus ? -1 : undefined}
        >
          {notice.text}
        </p>
      )}
    </div>
  );
}
