/** A notice for what an explore page could not apply, in the same form as the filter notices. */
export function ExploreNotice({ messages, testId }: { messages: string[]; testId: string }) {
  if (messages.length === 0) return null;
  return (
    <div className="notice notice--warning" role="status" data-testid={testId}>
      <ul>
        {messages.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
    </div>
  );
}
