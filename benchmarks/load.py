"""A room of trainees against real gunicorn servers: ``python -m benchmarks load --help``.

What one run does, all on 127.0.0.1 and all stopped at the end:
1. builds a throwaway database (SQLite in a temporary folder, or a PostgreSQL database of
   its own name that it drops and creates), migrates it, loads the demo and, through
   ``manage.py bench_room prepare``, makes the benchmark trainees and their plan;
2. starts gunicorn with production settings (one instance on SQLite, two on two ports on
   PostgreSQL, the trainees split between them as a reverse proxy would) and
   SIMFONI_BENCH_VIEWS=1 for the minimal yardstick view;
3. the room: trainees log in over a ramp, open their case, walk every wizard step with
   think time and the case's key as their answers, save and read the result;
4. the burst: N more trainees walk to the review step, wait there, and all save at once;
5. the throughput probes: each page (minimal view, every step GET, the learning site's
   session page...) hammered by a few connections for a few seconds, req/s beside the
   minimal view's;
6. counts what the database stored (``bench_room count``): saves sent against attempts
   stored, and duplicates.
Each request is bounded by --request-timeout and the phases together by --max-seconds.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import httpx

from .rawhttp import raw_request

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
MANAGEMENT_FIELD = re.compile(r'name="([^"]+-current_step)"')
CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


# --- the servers -------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Site:
    """The database and the gunicorn processes of one run."""

    def __init__(self, args):
        self.args = args
        self.folder = Path(tempfile.mkdtemp(prefix="simfoni-load-"))
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "training_site.settings.production",
            "SECRET_KEY": "load-harness-only-not-secret",
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SIMFONI_BENCH_VIEWS": "1",
            "SIMFONI_VAR_DIR": str(self.folder),
        }
        self.env.pop("REDIS_URL", None)
        if args.db == "postgres":
            self.env["DATABASE_URL"] = args.database_url
        else:
            self.env.pop("DATABASE_URL", None)
        self.servers: list[subprocess.Popen] = []
        self.urls: list[str] = []

    def manage(self, *command: str, capture: bool = False) -> str:
        done = subprocess.run([PYTHON, "manage.py", *command], cwd=ROOT, env=self.env, check=True,
                              stdout=subprocess.PIPE if capture else subprocess.DEVNULL, text=True)
        return done.stdout if capture else ""

    def build(self, trainees: int) -> dict:
        if self.args.db == "postgres":
            self.postgres_recreate()
        log("migrating and loading the demo ...")
        self.manage("migrate", "--no-input", "-v0")
        self.manage("seed_demo")
        if not (ROOT / "staticfiles" / "staticfiles.json").exists():
            log("collecting static files (once) ...")
            self.manage("collectstatic", "--no-input", "-v0")
        plan_path = self.folder / "plan.json"
        self.manage("bench_room", "prepare", "--trainees", str(trainees), "--out", str(plan_path),
                    *(["--old-hashes"] if self.args.old_hashes else []))
        return json.loads(plan_path.read_text(encoding="utf-8"))

    def postgres_recreate(self) -> None:
        url = httpx.URL(self.args.database_url)
        name = url.path.strip("/")
        if not re.fullmatch(r"[a-z0-9_]+", name):
            raise SystemExit(f"load: database name {name!r} must be lower-case letters, digits and _")
        base = ["-h", url.host or "127.0.0.1", "-p", str(url.port or 5432), "-U", url.username or "postgres"]
        subprocess.run(["dropdb", *base, "--if-exists", "--force", name], check=True)
        subprocess.run(["createdb", *base, name], check=True)

    def start(self, count: int) -> None:
        for _ in range(count):
            port = free_port()
            server = subprocess.Popen(
                [str(Path(PYTHON).parent / "gunicorn"), "training_site.wsgi:application",
                 "--bind", f"127.0.0.1:{port}", "--workers", str(self.args.workers),
                 "--threads", str(self.args.threads),
                 "--timeout", "120", "--graceful-timeout", "5", "--log-level", "warning",
                 # Two instances (and anyone else's gunicorn) would share ~/.gunicorn/gunicorn.ctl.
                 "--no-control-socket"],
                cwd=ROOT, env=self.env, start_new_session=True)
            self.servers.append(server)
            self.urls.append(f"http://127.0.0.1:{port}")
        for url in self.urls:
            self.wait_healthy(url)
        log(f"gunicorn up: {', '.join(self.urls)} ({workers_text(self.args)} each)")

    def wait_healthy(self, url: str) -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.3)
        raise SystemExit(f"load: gunicorn at {url} did not become healthy")

    def stop(self) -> None:
        for server in self.servers:
            if server.poll() is None:
                os.killpg(server.pid, signal.SIGTERM)
        for server in self.servers:
            try:
                server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
                server.wait()
        self.servers.clear()

    def cleanup(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


# --- measuring ---------------------------------------------------------------------------


class Stats:
    def __init__(self):
        self.times: dict[str, list[float]] = defaultdict(list)
        self.errors: dict[str, list[str]] = defaultdict(list)
        self.first = self.last = None

    def add(self, label: str, seconds: float, error: str | None = None) -> None:
        now = time.monotonic()
        self.first = self.first or now - seconds
        self.last = now
        self.times[label].append(seconds)
        if error:
            self.errors[label].append(error)

    @property
    def requests(self) -> int:
        return sum(len(t) for t in self.times.values())

    @property
    def error_count(self) -> int:
        return sum(len(e) for e in self.errors.values())


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f}"


async def timed(client: httpx.AsyncClient, stats: Stats, label: str, method: str, url: str, *,
                expect: tuple[int, ...], **kwargs) -> httpx.Response | None:
    started = time.perf_counter()
    try:
        response = await client.request(method, url, **kwargs)
    except httpx.HTTPError as failure:
        stats.add(label, time.perf_counter() - started, f"{type(failure).__name__}")
        return None
    seconds = time.perf_counter() - started
    error = None if response.status_code in expect else f"HTTP {response.status_code}"
    stats.add(label, seconds, error)
    return response if error is None else None


# --- one trainee -------------------------------------------------------------------------


class Trainee:
    def __init__(self, plan: dict, person: dict, base_url: str, args, stats: Stats):
        self.plan, self.person, self.args, self.stats = plan, person, args, stats
        self.client = httpx.AsyncClient(base_url=base_url, timeout=args.request_timeout, follow_redirects=False)
        self.base_url = base_url
        self.lean = False  # the burst saves through rawhttp (see save_lean)
        self.save_sent = False
        self.saved = False
        self.save_seconds: float | None = None

    async def think(self, factor: float = 1.0) -> None:
        seconds = self.args.step_seconds * factor
        if seconds > 0:
            await asyncio.sleep(random.uniform(0.5, 1.5) * seconds)

    def csrf(self) -> str:
        return self.client.cookies.get("csrftoken", "")

    async def login(self) -> bool:
        if await timed(self.client, self.stats, "login page", "GET", "/masuk/", expect=(200,)) is None:
            return False
        response = await timed(self.client, self.stats, "login POST", "POST", "/masuk/", expect=(302,), data={
            "username": self.person["username"], "password": self.plan["password"],
            "csrfmiddlewaretoken": self.csrf(),
        })
        return response is not None

    async def open_case(self) -> str | None:
        """The exercise page, then "Mulai": the answer is the first step's URL."""
        slug = self.person["exercise"]
        if await timed(self.client, self.stats, "exercise page", "GET", f"/latihan/paket/{slug}/",
                       expect=(200,)) is None:
            return None
        await self.think(0.3)
        response = await timed(self.client, self.stats, "open case POST", "POST",
                               f"/latihan/paket/{slug}/kasus/{self.person['case']}/mulai/",
                               expect=(302,), data={"csrfmiddlewaretoken": self.csrf()})
        return response.headers["location"] if response is not None else None

    async def walk_to_review(self, url: str) -> tuple[str, dict] | None:
        """GETs and POSTs every step but the last; returns the review step's URL and POST data."""
        steps = self.plan["steps"]
        data = self.plan["cases"][str(self.person["case"])]
        for step in steps:
            page = await timed(self.client, self.stats, f"GET {step}", "GET", url, expect=(200,))
            if page is None:
                return None
            found = MANAGEMENT_FIELD.search(page.text)
            if found is None:
                self.stats.add(f"GET {step}", 0.0, "no management form")
                return None
            payload = {**data.get(step, {}), found.group(1): step, "csrfmiddlewaretoken": self.csrf()}
            if step == steps[-1]:
                return url, payload
            await self.think()
            response = await timed(self.client, self.stats, f"POST {step}", "POST", url, data=payload, expect=(302,))
            if response is None:
                return None
            url = response.headers["location"]
        return None

    async def save(self, url: str, payload: dict) -> None:
        """The review step's POST and the redirects it leads to, up to the result page."""
        if self.lean:
            return await self.save_lean(url, payload)
        self.save_sent = True
        started = time.perf_counter()
        response = await timed(self.client, self.stats, f"POST {self.plan['steps'][-1]}", "POST", url,
                               data=payload, expect=(302,))
        for _hop in range(4):
            if response is None:
                return
            location = response.headers["location"]
            if "/hasil/" in location:
                self.save_seconds = time.perf_counter() - started
                self.saved = await timed(self.client, self.stats, "result page", "GET", location,
                                         expect=(200,)) is not None
                return
            # Today the save itself is the GET of the "simpan" URL the last POST redirects to.
            response = await timed(self.client, self.stats, "save (GET simpan)", "GET", location, expect=(302,))

    async def save_lean(self, url: str, payload: dict) -> None:
        """``save`` through the bare client (``rawhttp``): the same requests, a fraction of httpx's CPU."""
        self.save_sent = True
        cookies = {cookie.name: cookie.value for cookie in self.client.cookies.jar}
        label = f"POST {self.plan['steps'][-1]}"
        started = time.perf_counter()
        try:
            response = await raw_request(self.base_url, "POST", url, cookies=cookies, data=payload,
                                         timeout=self.args.request_timeout)
        except (OSError, TimeoutError) as failure:
            self.stats.add(label, time.perf_counter() - started, type(failure).__name__)
            return
        location = response.headers.get("location", "")
        error = None if response.status_code == 302 and "/hasil/" in location else f"HTTP {response.status_code}"
        self.stats.add(label, time.perf_counter() - started, error)
        if error:
            return
        self.save_seconds = time.perf_counter() - started
        cookies.update(response.cookies)
        started = time.perf_counter()
        try:
            page = await raw_request(self.base_url, "GET", location, cookies=cookies,
                                     timeout=self.args.request_timeout)
            error = None if page.status_code == 200 else f"HTTP {page.status_code}"
        except (OSError, TimeoutError) as failure:
            error = type(failure).__name__
        self.stats.add("result page", time.perf_counter() - started, error)
        self.saved = error is None

    async def attempt(self, *, start_at: float, burst: asyncio.Event | None = None,
                      ready: list | None = None) -> None:
        try:
            await asyncio.sleep(max(0.0, start_at - time.monotonic()))
            if not await self.login():
                return
            await self.think(0.5)
            url = await self.open_case()
            if url is None:
                return
            reached = await self.walk_to_review(url)
            if reached is None:
                return
            if burst is not None:
                ready.append(self)
                await burst.wait()
            else:
                await self.think()
            await self.save(*reached)
        finally:
            await self.client.aclose()


# --- phases ------------------------------------------------------------------------------


async def room(plan: dict, people: list[dict], urls: list[str], args) -> tuple[Stats, list[Trainee], float]:
    stats = Stats()
    trainees = [Trainee(plan, person, urls[i % len(urls)], args, stats) for i, person in enumerate(people)]
    began = time.monotonic()
    gap = args.ramp_seconds / max(1, len(trainees))
    await asyncio.gather(*(t.attempt(start_at=began + i * gap) for i, t in enumerate(trainees)))
    return stats, trainees, time.monotonic() - began


async def burst(plan: dict, people: list[dict], urls: list[str], args) -> dict:
    stats = Stats()
    trainees = [Trainee(plan, person, urls[i % len(urls)], args, stats) for i, person in enumerate(people)]
    for trainee in trainees:
        trainee.lean = args.lean_burst
    signal_ = asyncio.Event()
    ready: list[Trainee] = []
    gap = min(args.ramp_seconds, 30) / max(1, len(trainees))
    began = time.monotonic()
    tasks = [asyncio.create_task(t.attempt(start_at=began + i * gap, burst=signal_, ready=ready))
             for i, t in enumerate(trainees)]
    waited = time.monotonic()
    # Everyone is either waiting at the review step or has given up (an error ends a trainee).
    while (len(ready) + sum(t.done() for t in tasks) < len(trainees)
           and time.monotonic() - waited < args.max_seconds / 2):
        await asyncio.sleep(0.2)
    waiting = len(ready)
    released, harness_cpu, machine = time.monotonic(), time.process_time(), machine_cpu()
    signal_.set()
    await asyncio.gather(*tasks)
    done = time.monotonic() - released
    # The harness's clients share the cores with the servers: what it burned is not the servers'.
    harness_cpu = time.process_time() - harness_cpu
    machine = [now - then for now, then in zip(machine_cpu(), machine, strict=True)]
    seconds = [t.save_seconds for t in ready if t.save_seconds is not None]
    return {
        "waiting": waiting, "saved": sum(t.saved for t in ready), "sent": sum(t.save_sent for t in ready),
        "p50": percentile(seconds, 0.5), "p95": percentile(seconds, 0.95), "p99": percentile(seconds, 0.99),
        "last": max(seconds) if seconds else float("nan"), "all_done": done,
        "rate": len(seconds) / max(seconds) if seconds else 0.0,
        "errors": stats.error_count, "error_detail": {k: v[:3] for k, v in stats.errors.items()},
        "harness_cpu": harness_cpu, "machine_busy": machine[0], "machine_total": machine[1],
    }


def machine_cpu() -> tuple[float, float]:
    """CPU seconds the whole machine spent busy and in all, from /proc/stat (Linux), all cores together."""
    try:
        fields = [int(n) for n in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except (OSError, ValueError):
        return (0.0, 0.0)
    tick = os.sysconf("SC_CLK_TCK")
    idle = fields[3] + fields[4]  # idle and iowait
    return ((sum(fields[:8]) - idle) / tick, sum(fields[:8]) / tick)


async def hammer(client: httpx.AsyncClient, path: str, deadline: float, tally: dict) -> None:
    """GETs one page back to back until the deadline, counting answers and non-200s."""
    while time.monotonic() < deadline:
        try:
            response = await client.get(path)
            tally["count"] += 1
            tally["failures"] += response.status_code != 200
        except httpx.HTTPError:
            tally["failures"] += 1


async def probes(plan: dict, person: dict, url: str, args) -> list[tuple[str, float, int]]:
    """Throughput of each page, one page at a time, beside the minimal view's."""
    stats = Stats()
    walker = Trainee(plan, person, url, argparse.Namespace(**{**vars(args), "step_seconds": 0}), stats)
    assert await walker.login(), "probe login failed"
    first = await walker.open_case()
    reached = await walker.walk_to_review(first)
    assert reached is not None, f"probe walk failed: {dict(stats.errors)}"
    review_url = reached[0]
    run_base = review_url.rstrip("/").rsplit("/", 1)[0]
    pages = [("minimal view", "/_bench/minimal/"), ("healthz", "/healthz")]
    pages += [(f"GET {step}", f"{run_base}/{step}/") for step in plan["steps"]]
    pages += [("exercise page", f"/latihan/paket/{person['exercise']}/")]
    if plan.get("session_page"):
        pages += [("learning session page", plan["session_page"])]
    results = []
    for label, path in pages:
        tally = {"count": 0, "failures": 0}
        began = time.monotonic()
        await asyncio.gather(*(hammer(walker.client, path, began + args.probe_seconds, tally)
                               for _ in range(args.probe_connections)))
        results.append((label, tally["count"] / (time.monotonic() - began), tally["failures"]))
    await walker.client.aclose()
    return results


# --- the report --------------------------------------------------------------------------


def report_room(stats: Stats, trainees: list[Trainee], seconds: float) -> list[str]:
    lines = [(f"Room: {len(trainees)} trainees, {stats.requests} requests in {seconds:.0f} s "
              f"({stats.requests / seconds:.1f} req/s overall), {stats.error_count} errors."), "",
             "| page | requests | req/s | p50 ms | p95 ms | p99 ms | max ms | errors |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for label, times in stats.times.items():
        lines.append(f"| {label} | {len(times)} | {len(times) / seconds:.2f} | {ms(statistics.median(times))} | "
                     f"{ms(percentile(times, .95))} | {ms(percentile(times, .99))} | {ms(max(times))} | "
                     f"{len(stats.errors.get(label, []))} |")
    every = [t for times in stats.times.values() for t in times]
    lines.append(f"| **all pages** | {len(every)} | {len(every) / seconds:.2f} | {ms(statistics.median(every))} | "
                 f"{ms(percentile(every, .95))} | {ms(percentile(every, .99))} | {ms(max(every))} | "
                 f"{stats.error_count} |")
    if stats.errors:
        lines += ["", "Errors (first three of each page): " + json.dumps({k: v[:3] for k, v in stats.errors.items()})]
    lines += ["", f"Saves sent: {sum(t.save_sent for t in trainees)}; results shown: {sum(t.saved for t in trainees)}."]
    return lines


def report_probes(results: list[tuple[str, float, int]], args) -> list[str]:
    minimal = results[0][1]
    lines = [(f"Throughput, each page alone for {args.probe_seconds:g} s over {args.probe_connections} connections "
              f"(one logged-in trainee, a run filled up to the review step):"), "",
             "| page | req/s | ÷ minimal view | non-200 |", "|---|---:|---:|---:|"]
    for label, rate, failures in results:
        ratio = f"1/{minimal / rate:.1f}" if rate else "—"
        lines.append(f"| {label} | {rate:.1f} | {ratio} | {failures} |")
    return lines


def log(message: str) -> None:
    print(f"[load {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def workers_text(args) -> str:
    if args.threads > 1:
        return f"{args.workers} gthread workers of {args.threads} threads"
    return f"{args.workers} sync workers"


def parse(argv) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks load", description=__doc__.split("\n")[0])
    parser.add_argument("--trainees", type=int, default=100, help="trainees in the room (0: none)")
    parser.add_argument("--step-seconds", type=float, default=15.0, help="mean think time per step")
    parser.add_argument("--ramp-seconds", type=float, default=60.0, help="logins spread over this many seconds")
    parser.add_argument("--burst", type=int, default=0, help="trainees who save at the same moment (0: no burst)")
    parser.add_argument("--db", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument("--database-url", default="postgres://postgres@127.0.0.1:5432/simfoni_load",
                        help="PostgreSQL database the run DROPS and recreates (--db postgres)")
    parser.add_argument("--servers", type=int, default=None,
                        help="gunicorn instances (default 1 on SQLite, 2 on PostgreSQL)")
    parser.add_argument("--workers", type=int, default=4, help="gunicorn workers per instance")
    parser.add_argument("--threads", type=int, default=1,
                        help="threads per gunicorn worker (more than 1: the gthread worker class)")
    parser.add_argument("--probe-seconds", type=float, default=5.0,
                        help="seconds per page in the throughput probes (0: skip)")
    parser.add_argument("--probe-connections", type=int, default=8)
    parser.add_argument("--httpx-burst", dest="lean_burst", action="store_false",
                        help="the burst's saves through httpx, as before (default: the bare client of rawhttp.py)")
    parser.add_argument("--request-timeout", type=float, default=30.0)
    parser.add_argument("--max-seconds", type=float, default=1800.0,
                        help="room, burst and probes stop after this many seconds (set-up not counted)")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--old-hashes", action="store_true",
                        help="the trainees' passwords stored with PBKDF2, as before Argon2id (each first login "
                             "checks PBKDF2 and re-hashes with Argon2id): the before/after of a login ramp")
    args = parser.parse_args(argv)
    if args.trainees < 0 or args.burst < 0 or args.trainees + args.burst > 20_000:
        parser.error("--trainees and --burst must be between 0 and 20000 together")
    if args.step_seconds < 0 or args.ramp_seconds < 0 or args.workers < 1 or args.threads < 1:
        parser.error("--step-seconds and --ramp-seconds must be >= 0, --workers and --threads >= 1")
    args.servers = args.servers or (2 if args.db == "postgres" else 1)
    return args


def main(argv) -> int:
    args = parse(argv)
    random.seed(args.seed)
    site = Site(args)
    lines = [f"Command: `python -m benchmarks load {' '.join(argv)}`", ""]
    try:
        plan = site.build(args.trainees + args.burst + 1)
        people = plan["trainees"]
        site.start(args.servers)
        lines.append(f"Database: {args.db}; {args.servers} gunicorn × {workers_text(args)}; "
                     f"step think time {args.step_seconds:g} s (±50 %), logins over {args.ramp_seconds:g} s; "
                     f"password hashes {'PBKDF2 (old)' if args.old_hashes else 'Argon2id'}.")
        lines.append("")

        sent = []

        async def everything():
            if args.trainees:
                log(f"room: {args.trainees} trainees ...")
                stats, trainees, seconds = await room(plan, people[:args.trainees], site.urls, args)
                lines.extend(report_room(stats, trainees, seconds))
                sent.append(sum(t.save_sent for t in trainees))
                lines.append("")
            if args.burst:
                log(f"burst: {args.burst} trainees walk to the review step, then save at once ...")
                fast = argparse.Namespace(**{**vars(args), "step_seconds": min(args.step_seconds, 1.0)})
                result = await burst(plan, people[args.trainees:args.trainees + args.burst], site.urls, fast)
                sent.append(result["sent"])
                lines.append(
                    f"Burst: {result['waiting']} waiting at the review step saved at once: "
                    f"{result['saved']} results shown of {result['sent']} sent; save p50 {ms(result['p50'])} ms, "
                    f"p95 {ms(result['p95'])} ms, p99 {ms(result['p99'])} ms, last save done after "
                    f"{result['last']:.2f} s ({result['rate']:.0f} saves/s); errors {result['errors']}"
                    + (f" {json.dumps(result['error_detail'])}" if result["errors"] else "") + ".")
                lines.append(
                    f"CPU from the signal to the last result page ({result['all_done']:.2f} s): the machine "
                    f"{result['machine_busy']:.1f} s busy of {result['machine_total']:.1f} s on all cores, of which "
                    f"the harness's own clients {result['harness_cpu']:.1f} s.")
                lines.append("")
            if args.probe_seconds > 0:
                log("throughput probes ...")
                lines.extend(report_probes(await probes(plan, people[-1], site.urls[0], args), args))
                lines.append("")

        try:
            asyncio.run(asyncio.wait_for(everything(), timeout=args.max_seconds))
        except TimeoutError:
            lines.append(f"**Stopped after --max-seconds {args.max_seconds:g}: the phases above are complete, "
                         f"the one running then is not reported.**")
        counts = json.loads(site.manage("bench_room", "count", capture=True))
        lines.append(f"Saves sent (room and burst): {sum(sent)}; database afterwards: {counts['submitted']} attempts "
                     f"stored as submitted ({counts['scored']} scored), {counts['duplicates']} duplicates, "
                     f"{counts['open']} still open (the throughput probes, when run, leave one unsaved run).")
    finally:
        site.stop()
        site.cleanup()
    print("\n".join(lines))
    return 0
