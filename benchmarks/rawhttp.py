"""A bare HTTP/1.0 client for the burst's moment, when 500 clients share the 2 cores with the servers.

httpx spends about 2 ms of CPU per request (h11, its pools, cookie jar); for the burst's 1,000
requests in 3 s that was a large share of the cores the servers were being measured on. This
client sends the same request a browser would (method, path, the trainee's cookies, the form
body) and reads the whole response until the server closes the connection (HTTP/1.0: gunicorn
answers and closes, never chunks), so a save counts as done only when its response has fully
arrived. It does nothing else: no redirects, no pooling, no TLS.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from urllib.parse import urlencode, urlsplit


@dataclass
class RawResponse:
    status_code: int
    headers: dict[str, str] = field(default_factory=dict)
    cookies: dict[str, str] = field(default_factory=dict)
    body: bytes = b""


def _parse(raw: bytes) -> RawResponse:
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    response = RawResponse(status_code=int(lines[0].split(" ", 2)[1]), body=body)
    for line in lines[1:]:
        name, _, value = line.partition(":")
        name, value = name.strip().lower(), value.strip()
        if name == "set-cookie":
            cookie, _, _attributes = value.partition(";")
            key, _, cookie_value = cookie.partition("=")
            response.cookies[key.strip()] = cookie_value.strip().strip('"')
        else:
            response.headers[name] = value
    return response


async def raw_request(base_url: str, method: str, path: str, *, cookies: dict[str, str],
                      data: dict | None = None, timeout: float = 30.0) -> RawResponse:
    """One request on a connection of its own; raises OSError or TimeoutError as httpx would raise its errors."""
    base = urlsplit(base_url)
    body = urlencode(data or {}, doseq=True).encode() if method == "POST" else b""
    headers = [f"{method} {path} HTTP/1.0", f"Host: {base.netloc}", "User-Agent: simfoni-bench"]
    if cookies:
        headers.append("Cookie: " + "; ".join(f"{k}={v}" for k, v in cookies.items()))
    if method == "POST":
        headers += ["Content-Type: application/x-www-form-urlencoded", f"Content-Length: {len(body)}"]
    message = ("\r\n".join(headers) + "\r\n\r\n").encode("latin-1") + body

    async def exchange() -> bytes:
        reader, writer = await asyncio.open_connection(base.hostname, base.port)
        try:
            writer.write(message)
            await writer.drain()
            return await reader.read()  # to the end: the server closes once the response is sent
        finally:
            writer.close()

    return _parse(await asyncio.wait_for(exchange(), timeout))
