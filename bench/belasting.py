"""A bounded load generator for 127.0.0.1 only: N threads, each doing GETs for D seconds.

    python bench/belasting.py http://127.0.0.1:8118/kaart/ --duration 5 --concurrency 4

Prints JSON: requests/s, p50/p95 latency in ms, status counts. One new connection per request
(gunicorn's sync workers close the connection after each response anyway).
"""

import argparse
import http.client
import json
import threading
import time
from collections import Counter
from urllib.parse import urlsplit


def belast(url, duration, concurrency):
    parts = urlsplit(url)
    if parts.hostname not in ("127.0.0.1", "localhost"):
        raise SystemExit("Only 127.0.0.1 may be load-tested.")
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    einde = time.monotonic() + duration
    tijden, statussen, lock = [], Counter(), threading.Lock()

    def werker():
        eigen, eigen_status = [], Counter()
        while time.monotonic() < einde:
            t = time.perf_counter()
            try:
                conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
                conn.request("GET", path, headers={"Host": "localhost"})
                response = conn.getresponse()
                response.read()
                eigen_status[response.status] += 1
                eigen_status[f"cache-{response.getheader('X-Paginacache', 'geen')}"] += 1
                conn.close()
            except OSError as exc:
                eigen_status[type(exc).__name__] += 1
                continue
            eigen.append((time.perf_counter() - t) * 1000)
        with lock:
            tijden.extend(eigen)
            statussen.update(eigen_status)

    start = time.monotonic()
    threads = [threading.Thread(target=werker) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(duration + 35)
    verstreken = time.monotonic() - start
    tijden.sort()

    def p(q):
        return round(tijden[min(len(tijden) - 1, int(q * (len(tijden) - 1)))], 1) if tijden else None

    # Requests started within the window, over the window (a last slow request does not skew it).
    return {"requests": len(tijden), "rps": round(len(tijden) / max(duration, 0.001), 1),
            "wall_s": round(verstreken, 1), "p50_ms": p(0.5),
            "p95_ms": p(0.95), "status": {str(k): v for k, v in statussen.items()}}


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("--duration", type=float, default=5)
    parser.add_argument("--concurrency", type=int, default=4)
    args = parser.parse_args()
    print(json.dumps(belast(args.url, args.duration, args.concurrency)))
