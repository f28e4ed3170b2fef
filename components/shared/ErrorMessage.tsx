export function ErrorMessage({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p class="error" role="alert">
      {message}
    </p>
  );
}

/** A message about one field, shown under it; the field names it in aria-describedby. */
export function FieldError({ id, message }: { id: string; message: string }) {
  return (
    <span id={id} class="error small" role="alert">
      {message}
    </span>
  );
}
