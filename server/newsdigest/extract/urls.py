"""URL handling: the canonical URL identifies an article across clips."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

# Query parameters that track the reader rather than select the page.
TRACKING_PREFIXES = ("utm_", "mc_", "fbclid", "gclid", "igshid", "ocid", "cmpid", "smid", "ref_src")


def canonical_url(candidate: str, page_url: str) -> str:
    """The page's declared canonical URL when usable, else the page URL, normalized.

    Normalizing: lowercase scheme and host, no default port, no fragment, no tracking parameters.
    """
    url = urljoin(page_url, candidate.strip()) if candidate else page_url
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        parts = urlsplit(page_url)
        if parts.scheme not in ("http", "https"):
            return page_url.strip()
    host = (parts.hostname or "").lower()
    if parts.port and not ((parts.scheme == "http" and parts.port == 80) or
                           (parts.scheme == "https" and parts.port == 443)):
        host = f"{host}:{parts.port}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not k.lower().startswith(TRACKING_PREFIXES)]
    return urlunsplit((parts.scheme.lower(), host, parts.path or "/", urlencode(query), ""))


def site_from_url(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.")
