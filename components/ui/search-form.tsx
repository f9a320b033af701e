/** A plain GET search form: works without JavaScript, and its results page is linkable. */
export function SearchForm({ defaultValue = "", id = "site-search" }: { defaultValue?: string; id?: string }) {
  return (
    <form role="search" action="/search" method="get" className="flex max-w-xl flex-wrap items-end gap-2">
      <div className="min-w-0 flex-1">
        <label htmlFor={id} className="mb-1 block font-bold">Search reports, decisions and people</label>
        <input
          id={id}
          name="q"
          type="search"
          defaultValue={defaultValue}
          maxLength={200}
          className="w-full border-2 border-ink px-2 py-1.5"
        />
      </div>
      <button type="submit" className="border-2 border-brand-dark bg-brand-dark px-4 py-1.5 font-bold text-white hover:bg-brand">
        Search
      </button>
    </form>
  );
}
