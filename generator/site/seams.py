"""Every place the site layer reaches into MkDocs, Python-Markdown or Material beyond
``mkdocs build`` itself: one function per touch point, and ``missing()`` to check them all.

The page cache (``page_cache``, ``page_output``, ``page_search``) makes rebuilds incremental by
doing part of MkDocs' work itself, so it depends on how MkDocs and Material work inside. Those
dependencies are named here and nowhere else; ``missing()`` says which of them the installed
versions no longer provide, and ``mkdocs_build`` then builds the site without the page cache
(the same site, only slower) and says so in one line, instead of failing or, worse, building a
wrong site. What each touch point is for, and whether it is public:

==========================  ============================================================  =======
touch point                 for                                                           public
==========================  ============================================================  =======
``add_plugin``              our plugins added to the configuration, not to mkdocs.yml     yes*
``start/stop_plugins``      their ``on_startup``/``on_shutdown`` events, run by hand      yes*
``set_render``              a page's conversion replaced by the cache's                   no
``convert``                 MkDocs' own conversion of a page (``Page.render``)            yes
``title/set_title``         the title MkDocs reads off the first heading                  no
``anchors/set_anchors``     the anchors MkDocs checks across pages (strict builds)        yes*
``make_toc``                a page's contents from the cached headings                    yes
``search_index``            Material's search index                                      no
``wrap_indexer``            its "add a page" replaced by one that reuses entries          no
``index_sections``          its entries made from sections we parsed                      no
``parse_sections``          its HTML parser run on part of a page                         no
``wrap_template``           the theme's page template render wrapped (themed output)      no
==========================  ============================================================  =======

(* public attributes, documented only in MkDocs' source.)

Moving to Zensical (Material's successor) or another engine: the pages, the templates' Markdown,
the CSS and the YAML carry over; this module, ``page_cache``, ``page_chunks``, ``page_search``
and ``page_output`` would not — a new engine needs its own incremental build or none.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def add_plugin(config: Any, name: str, plugin: Any) -> None:
    """Register ``plugin`` (any object with ``on_*`` methods) under ``name``."""
    config.plugins[name] = plugin


def start_plugins(config: Any) -> None:
    config.plugins.on_startup(command="build", dirty=False)


def stop_plugins(config: Any) -> None:
    config.plugins.on_shutdown()


def set_render(page: Any, render: Callable[[Any, Any], None]) -> None:
    """Make MkDocs call ``render(config, files)`` instead of converting ``page`` itself."""
    page.render = render


def convert(page: Any, config: Any, files: Any) -> None:
    """MkDocs' own conversion of ``page.markdown`` (sets content, toc, title, anchors)."""
    from mkdocs.structure.pages import Page

    Page.render(page, config, files)


def title(page: Any) -> str | None:
    """The title MkDocs read off the page's first heading when it converted it."""
    return page._title_from_render  # type: ignore[no-any-return]


def set_title(page: Any, value: str | None) -> None:
    page._title_from_render = value


def anchors(page: Any) -> tuple[set[str], dict[Any, dict[str, str]]]:
    """The anchors the page has and its links to anchors of other pages (by file)."""
    return set(page.present_anchor_ids or ()), dict(page.links_to_anchors or {})


def set_anchors(page: Any, present: set[str], links: dict[Any, dict[str, str]]) -> None:
    page.present_anchor_ids = present
    page.links_to_anchors = links


def make_toc(tokens: list[dict[str, Any]]) -> Any:
    """A page's table of contents from flat heading tokens ({level, id, name})."""
    from markdown.extensions.toc import nest_toc_tokens
    from mkdocs.structure.toc import get_toc

    return get_toc(nest_toc_tokens([{**t, "children": []} for t in tokens]))


def search_index(config: Any) -> Any | None:
    """Material's (or MkDocs') search index, or None without a search plugin."""
    search = config.plugins.get("material/search") or config.plugins.get("search")
    index = getattr(search, "search_index", None)
    ok = index is not None and hasattr(index, "add_entry_from_context") and hasattr(index, "entries")
    return index if ok else None


def wrap_indexer(index: Any, wrap: Callable[[Callable[[Any], None]], Callable[[Any], None]]) -> None:
    """Replace the index's "add a page" with ``wrap(original)``."""
    index.add_entry_from_context = wrap(index.add_entry_from_context)


def index_entries(index: Any) -> list[Any]:
    """The index's entries, in order (a list the cache extends with entries it kept)."""
    return index.entries  # type: ignore[no-any-return]


def index_sections(index: Any, sections: list[Any], page: Any) -> list[Any]:
    """The index's entries for ``sections`` of ``page``, made by Material's own code."""
    start = len(index.entries)
    for section in sections:
        if not section.is_excluded():
            index.create_entry_for_section(section, page.toc, page.url, page)
    made = index.entries[start:]
    del index.entries[start:]
    return made  # type: ignore[no-any-return]


def parse_sections(html: str, first: bool) -> list[Any] | None:
    """Material's search sections of a part of a page's HTML (``first``: the page's first part),
    or None when the part leaves an element open and cannot be read apart from the rest."""
    from material.plugins.search.plugin import Element, Parser, Section

    parser = Parser()
    before = set(parser.skip)
    if not first:
        # Stands for the sections of the parts before: the part's heading then opens a section
        # with its id, as it does after other sections in the whole page.
        parser.section = Section(Element("hx"))
        parser.data.append(parser.section)
    parser.feed(html)
    parser.close()
    if parser.context or parser.skip != before:
        return None  # an element left open would change how the next part is read
    if first:
        return list(parser.data)
    placeholder, *found = parser.data
    if "".join(placeholder.text).strip() or placeholder.title:
        return None
    return found


def wrap_template(env: Any, name: str, wrap: Callable[[Callable[..., str]], Callable[..., str]]) -> None:
    """Replace the theme template ``name``'s ``render`` with ``wrap(original)``."""
    template = env.get_template(name)
    template.render = wrap(template.render)


def missing() -> list[str]:
    """The touch points the installed MkDocs, Markdown and Material do not provide (empty when
    all is well). Checked before each build that would use the page cache."""
    problems: list[str] = []

    def need(what: str, test: Callable[[], bool]) -> None:
        try:
            ok = test()
        except (ImportError, AttributeError, TypeError) as exc:
            problems.append(f"{what} ({type(exc).__name__}: {exc})")
            return
        if not ok:
            problems.append(what)

    def page_attributes() -> bool:
        from mkdocs.structure.pages import Page

        source = _source(Page)
        return all(n in source for n in ("_title_from_render", "present_anchor_ids", "links_to_anchors"))

    def toc() -> bool:
        from markdown.extensions.toc import nest_toc_tokens
        from mkdocs.structure.toc import get_toc

        return callable(nest_toc_tokens) and callable(get_toc)

    def search() -> bool:
        from material.plugins.search.plugin import Element, Parser, SearchIndex, Section

        parser = Parser()
        return (
            all(hasattr(parser, n) for n in ("skip", "section", "data", "context"))
            and all(hasattr(SearchIndex, n) for n in ("add_entry_from_context", "create_entry_for_section"))
            and hasattr(Section, "is_excluded")
            and callable(Element)
        )

    def plugins() -> bool:
        from mkdocs.plugins import PluginCollection

        return all(hasattr(PluginCollection, n) for n in ("on_startup", "on_shutdown", "__setitem__"))

    def page_render() -> bool:
        from mkdocs.structure.pages import Page

        return callable(getattr(Page, "render", None))

    need("MkDocs' Page.render", page_render)
    need("MkDocs' page attributes _title_from_render, present_anchor_ids, links_to_anchors", page_attributes)
    need("Python-Markdown's nest_toc_tokens and MkDocs' get_toc", toc)
    need("Material's search Parser, Section and SearchIndex", search)
    need("MkDocs' PluginCollection events", plugins)
    return problems


def _source(cls: type) -> str:
    import inspect

    return inspect.getsource(cls)
