/**
 * One JSON converter per constraint (spec §6.3), same names as `src/solver/constraints/`, joined in `index.ts`.
 * A converter maps the constraint's own fields; `id` and the `continuous` flag of fixed-mode constraints are
 * handled once, by the registry.
 */
import type { ConstraintKind, ConstraintOf } from '../../../constraints/index.ts';
import type { FieldReader, JsonObject } from '../read-context.ts';

export interface ConstraintJsonConverter<K extends ConstraintKind> {
  /** BtrPlace's JSON id (`spread`, ..., `Deadline` with a capital D). */
  readonly jsonId: string;
  readonly kind: K;
  /**
   * `both`: the constraint carries its own `continuous` flag (required in JSON, as in BtrPlace).
   * `discrete` / `continuous`: the mode is fixed; a `continuous` key is optional and ignored on input.
   */
  readonly mode: 'both' | 'discrete' | 'continuous';
  /** For a fixed mode: whether BtrPlace writes `"continuous"` anyway (it does for online, running, noDelay, ...). */
  readonly writesContinuous?: boolean;
  /** The keys of the JSON object besides `id` (and `continuous` for fixed modes), to flag unknown ones. */
  readonly keys: readonly string[];
  /** Reads the fields; problems are reported through the reader, which then says `failed`. */
  read(r: FieldReader): ConstraintOf<K>;
  /** The JSON fields besides `id` (and `continuous` for fixed modes), in BtrPlace's insertion order. */
  write(c: ConstraintOf<K>): JsonObject;
}
