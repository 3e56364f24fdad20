/** Compile-time checks that a response schema describes a type of core or the services exactly. */
import type { z } from 'zod';

/**
 * A value as JSON carries it: a field that may be undefined becomes optional (JSON drops it), all
 * the way down. Applied to a core type and to a schema's output, two equal results mean the schema
 * describes the core type exactly: no field missing, none extra, none typed differently.
 */
export type AsJson<T> = T extends readonly (infer Item)[]
  ? AsJson<Item>[]
  : T extends object
    ? { [K in keyof T as undefined extends T[K] ? K : never]?: AsJson<Exclude<T[K], undefined>> } & {
        [K in keyof T as undefined extends T[K] ? never : K]: AsJson<T[K]>;
      }
    : T;
export type Same<Value, Schema extends z.ZodType> = [AsJson<Value>] extends [AsJson<z.output<Schema>>]
  ? [AsJson<z.output<Schema>>] extends [AsJson<Value>]
    ? true
    : never
  : never;
