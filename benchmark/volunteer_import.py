#!/usr/bin/env python3
"""Imports N invented volunteers through the CSV endpoint (via the gateway) and measures it.

The upload answers 202 with an import job; the script polls the job (GET its Location, every 0.5 s) until it
has succeeded or failed. Prints the time until the upload was accepted, rows/s of the whole import (upload
until the job finished), the peak heap of the volunteer-service while importing (sampled from its
actuator every 100 ms), and the time from the start of the upload until the last `registered` event has been
published (the service's `onderop.outbox.relayed` counter has grown by N). Writes search paths for wrk.
Standard library only.

usage: volunteer_import.py --rows 50000 --out <dir> --token <coordinator token>
"""
import argparse
import json
import random
import threading
import time
import urllib.request

DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
DISTRICTS = ["Binnenstad", "Tanthof", "Voorhof", "Buitenhof", "Wippolder", "Vrijenban", "Hof van Delft"]
LANGUAGES = ["ar", "ti", "fa", "uk", "en", "tr", "so", "fr"]
SKILLS = ["teaching-dutch", "conversation-practice", "cooking", "driving", "homework-help", "it-and-digital-help"]


def csv_file(rows):
    rng = random.Random(7)
    lines = ["firstName,lastName,email,languages,skills,availability,district,maxConcurrentMatches,newcomer"]
    for i in range(rows):
        languages = "nl:native|" + rng.choice(LANGUAGES) + ":" + rng.choice(["B1", "B2", "C1", "native"])
        slots = "|".join(f"{day} {start:02d}:00-{start + 2:02d}:00" for day, start in
                         ((rng.choice(DAYS), rng.choice([9, 13, 19])) for _ in range(rng.randint(1, 3))))
        lines.append(f"Bench{i},Import,bench{i}@volunteers.example,{languages},{'|'.join(rng.sample(SKILLS, 2))},"
                     f"{slots},{rng.choice(DISTRICTS)},{rng.randint(1, 3)},{rng.choice(['ja', 'nee'])}")
    return ("\n".join(lines) + "\n").encode("utf-8")


def prometheus():
    """The volunteer-service's metrics as {name{labels}: value} (its management port, not routed by the gateway)."""
    with urllib.request.urlopen("http://localhost:9082/actuator/prometheus", timeout=10) as response:
        text = response.read().decode()
    values = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            key, _, value = line.rpartition(" ")
            values[key] = float(value)
    return values


def heap_used():
    return sum(v for k, v in prometheus().items() if k.startswith("jvm_memory_used_bytes{") and 'area="heap"' in k)


def relayed():
    try:
        return sum(v for k, v in prometheus().items() if k.startswith("onderop_outbox_relayed_total"))
    except OSError:
        return 0.0


def wait_for(job_url, token, job):
    """Polls the import job until it is no longer queued or running; answers its last state."""
    deadline = time.time() + 3600
    while job["state"] in ("queued", "running"):
        if time.time() > deadline:
            raise SystemExit(f"import job {job['id']} still {job['state']} after an hour")
        time.sleep(0.5)
        request = urllib.request.Request(job_url)
        request.add_header("Authorization", "Bearer " + token)
        request.add_header("Accept", "application/json")
        with urllib.request.urlopen(request, timeout=30) as response:
            job = json.load(response)
    return job


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=50000)
    parser.add_argument("--out", required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--gateway", default="http://localhost:8080")
    args = parser.parse_args()

    body = csv_file(args.rows)
    before = relayed()
    peak = [0.0]
    importing = [True]

    def sample_heap():
        while importing[0]:
            try:
                peak[0] = max(peak[0], heap_used())
            except OSError:
                pass
            time.sleep(0.1)

    sampler = threading.Thread(target=sample_heap, daemon=True)
    sampler.start()
    request = urllib.request.Request(args.gateway + "/api/volunteers/v1/volunteer-imports", data=body, method="POST")
    request.add_header("Content-Type", "text/csv")
    request.add_header("Authorization", "Bearer " + args.token)
    started = time.time()
    try:
        with urllib.request.urlopen(request, timeout=600) as response:
            if response.status != 202:
                raise SystemExit(f"import not accepted as a job: {response.status}")
            job_path = response.headers["Location"]
            job = json.load(response)
    except urllib.error.HTTPError as refused:
        raise SystemExit(f"import refused: {refused.code} {refused.read()[:2000]!r}")
    accepted_after = time.time() - started
    report = wait_for(args.gateway + job_path, args.token, job)
    if report["state"] != "succeeded":
        raise SystemExit(f"import job {report['id']} {report['state']}: {report.get('failureReason')}; "
                         f"{report['problemCount']} problem(s), first: {report['problems'][:3]!r}")
    imported_after = time.time() - started
    deadline = time.time() + 3600
    while relayed() - before < report["imported"] and time.time() < deadline:
        time.sleep(0.5)
    if relayed() - before < report["imported"]:
        raise SystemExit("not every registered event was published within an hour")
    published_after = time.time() - started
    importing[0] = False
    sampler.join()

    print(f"  CSV: {len(body) / 1e6:.1f} MB, {args.rows} rows; imported {report['imported']}, problems {len(report['problems'])}")
    print(f"  upload accepted as job {report['id']} after {accepted_after:.1f} s")
    print(f"  import (upload until the job finished): {imported_after:.1f} s = {report['imported'] / imported_after:.0f} rows/s")
    print(f"  peak heap of volunteer-service during the import: {peak[0] / 1e6:.0f} MB (sampled every 100 ms)")
    print(f"  last 'registered' event published {published_after:.1f} s after the upload started "
          f"({relayed() - before:.0f} events relayed)")
    with open(f"{args.out}/search-paths.txt", "w") as paths:
        rng = random.Random(11)
        for _ in range(500):
            day = rng.choice(DAYS)
            paths.write(f"/api/volunteers/v1/volunteers?language={rng.choice(LANGUAGES)}&day={day}"
                        f"&at={rng.choice(['10:00', '14:00', '20:00'])}&district={rng.choice(DISTRICTS).replace(' ', '%20')}"
                        f"&pageSize=20\n")


if __name__ == "__main__":
    main()
