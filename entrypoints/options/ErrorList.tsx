import type { PackError } from '../../src/packs/schema.ts';

/** The errors of a refused pack or setting, each with its JSON path. */
export function ErrorList({ errors }: { errors: readonly PackError[] }) {
  return (
    <ul class="error-details">
      {errors.map((error) => (
        <li key={`${error.path}:${error.message}`}>
          <code>
            {error.path}: {error.message}
          </code>
        </li>
      ))}
    </ul>
  );
}
