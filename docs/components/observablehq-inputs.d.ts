// Types for the part of @observablehq/inputs the components call (the package ships none): `table`
// and `select`, with the options used here.
declare module "@observablehq/inputs" {
  export interface TableOptions {
    layout?: "auto" | "fixed";
    select?: boolean;
    columns?: string[];
    header?: Record<string, string>;
    /** The column sorted by, or null for the data's order. */
    sort?: string | null;
    /** Rows shown before scrolling. */
    rows?: number;
    /** A formatter per column; the value's type is the column's. */
    format?: Record<string, (value: never) => string | Node>;
  }
  export function table(data: readonly object[], options?: TableOptions): HTMLElement;
  /** A drop-down of `data`; its `value` is the chosen item. */
  export function select<T>(data: readonly T[], options?: { label?: string; value?: T; format?: (item: T) => string }): HTMLElement & { value: T };
}
