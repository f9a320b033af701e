/**
 * The search box in every page's header: a plain GET form to /search (works without
 * JavaScript). Compact, so its label is for screen readers; the full form with a visible
 * label is components/ui/search-form.tsx, on the home and search pages.
 */
export function HeaderSearch() {
  return (
    <form role="search" aria-label="Site search" action="/search" method="get" className="flex min-w-0 [grid-area:search]">
      <label htmlFor="header-search" className="sr-only">Search this site</label>
      <input
        id="header-search"
        name="q"
        type="search"
        maxLength={200}
        placeholder="Search"
        className="min-w-0 flex-1 border-2 border-white bg-white px-2 py-1 text-ink md:w-64"
      />
      <button type="submit" className="border-2 border-white bg-brand px-3 py-1 font-bold text-white hover:bg-brand-dark">
        Search
      </button>
    </form>
  );
}
