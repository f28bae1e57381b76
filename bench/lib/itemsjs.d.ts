// itemsjs ships no types: the part of its API the benchmark uses.
declare module 'itemsjs' {
  interface Aggregation {
    title?: string;
    size?: number;
    conjunction?: boolean;
    hide_zero_doc_count?: boolean;
  }
  interface Configuration {
    aggregations?: Record<string, Aggregation>;
    searchableFields?: string[];
    native_search_enabled?: boolean;
  }
  interface Bucket {
    key: string;
    doc_count: number;
    selected?: boolean;
  }
  interface SearchResult {
    pagination: { per_page: number; page: number; total: number };
    data: { items: unknown[]; aggregations: Record<string, { name: string; buckets: Bucket[] }> };
  }
  interface Engine {
    search(options: {
      per_page?: number;
      page?: number;
      query?: string;
      filters?: Record<string, string[]>;
    }): SearchResult;
  }
  export default function itemsjs(data: readonly object[], configuration?: Configuration): Engine;
}
