/** One page of a collection, as the open-data API asks for it (lib/api/schemas/common.ts bounds it). */
export interface PageWindow {
  limit: number;
  offset: number;
}

export interface PageOf<T> {
  rows: T[];
  total: number;
}

/** Rows of one page and the count of all, read together. */
export async function pageOf<T>(count: Promise<number>, rows: Promise<T[]>): Promise<PageOf<T>> {
  const [total, list] = await Promise.all([count, rows]);
  return { rows: list, total };
}
