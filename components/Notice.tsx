/** A message after an action: an alert when something was refused, a status otherwise. */
export interface NoticeText {
  text: string;
  error: boolean;
}

export function Notice({ notice }: { notice: NoticeText | null }) {
  if (!notice) return null;
  return (
    <p role={notice.error ? 'alert' : 'status'} class={notice.error ? 'notice error' : 'notice'}>
      {notice.text}
    </p>
  );
}
