#!/usr/bin/env python3
"""Seeds the directory with N invented services through the gateway, as the municipalities' coordinators would.

Spreads them over the published organisations of the three tenants, with categories from the taxonomy,
Dutch and English names, locations in the tenants' districts, weekly schedules. Publishes each one. Writes
the ids and a set of search paths for the load generator. Standard library only.

usage: seed_directory.py --count 10000 --out <dir> [--gateway http://localhost:8080] [--keycloak http://localhost:8180]
"""
import argparse
import json
import random
import threading
import time
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

CITIES = {
    "haarlem": {"box": (52.355, 52.400, 4.610, 4.670),
                "districts": ["Centrum", "Schalkwijk", "Haarlem-Noord", "Haarlem-Oost", "Zuidwest", "Molenwijk"]},
    "leiden": {"box": (52.140, 52.175, 4.460, 4.515),
               "districts": ["Binnenstad", "Merenwijk", "Stevenshof", "Boshuizen", "Leiden-Noord", "Roomburg"]},
    "delft": {"box": (51.990, 52.020, 4.335, 4.380),
              "districts": ["Binnenstad", "Tanthof", "Voorhof", "Buitenhof", "Wippolder", "Vrijenban", "Hof van Delft"]},
}
WORDS = {
    "language-cafe": ("Taalcafé", "Language café"), "language-buddy": ("Taalmaatjes", "Language buddies"),
    "extra-language-lessons": ("Extra taalles", "Extra language lessons"), "buddy": ("Maatjesproject", "Buddy project"),
    "cooking-project": ("Samen koken", "Cooking together"), "womens-cafe": ("Vrouwencafé", "Women's café"),
    "youth-cafe": ("Jongerencafé", "Youth café"), "sports": ("Samen sporten", "Sports together"),
    "job-application-help": ("Sollicitatiehulp", "Job application help"),
    "business-mentoring": ("Mentoren uit het bedrijfsleven", "Business mentors"),
    "bureaucracy-explained": ("Hulp bij post en formulieren", "Help with letters and forms"),
    "social-guidance": ("Maatschappelijke begeleiding", "Social guidance"),
    "knowledge-cafe": ("Kenniscafé", "Knowledge café"), "art-project": ("Kunstatelier", "Art studio"),
}
DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


class Tokens:
    """Access tokens per coordinator account, renewed before Keycloak's five minutes run out."""

    def __init__(self, keycloak):
        self.keycloak = keycloak
        self.cache = {}
        self.lock = threading.Lock()

    def get(self, user):
        with self.lock:
            token, fetched = self.cache.get(user, (None, 0))
            if token is None or time.time() - fetched > 200:
                body = urllib.parse.urlencode({"grant_type": "password", "client_id": "onderop-cli",
                                               "username": user, "password": "demo"}).encode()
                with urllib.request.urlopen(self.keycloak + "/realms/onderop/protocol/openid-connect/token", body) as r:
                    token = json.load(r)["access_token"]
                self.cache[user] = (token, time.time())
            return token


def call(method, url, token=None, body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method)
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    for attempt in range(5):
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                return json.load(response)
        except urllib.error.HTTPError as error:
            if error.code < 500 or attempt == 4:
                raise RuntimeError(f"{method} {url}: {error.code} {error.read()[:300]!r}")
        except OSError:
            if attempt == 4:
                raise
        time.sleep(0.5 * (attempt + 1))


def service_body(rng, tenant, n):
    category = rng.choice(list(WORDS))
    dutch, english = WORDS[category]
    city = CITIES[tenant]
    district = rng.choice(city["districts"])
    south, north, west, east = city["box"]
    return category, district, {
        "name": {"nl": f"{dutch} {district} {n}", "en": f"{english} {district} {n}"},
        "description": {"nl": f"[benchmark] {dutch} in {district} voor nieuwkomers en buurtbewoners.",
                        "en": f"[benchmark] {english} in {district} for newcomers and neighbours."},
        "status": "active",
        "categories": [category],
        "targetGroups": [rng.choice(["newcomers", "non-native-speakers", "women", "young-people", "job-seekers"])],
        "languages": ["nl"] + rng.sample(["en", "ar", "ti", "fa", "uk"], 2),
        "free": rng.random() < 0.85,
        "feeDescription": {"nl": "Kleine bijdrage", "en": "Small contribution"},
        "schedules": [{"days": rng.sample(DAYS, 2), "opensAt": "10:00", "closesAt": "12:00"}],
        "locations": [{"name": f"Buurthuis {district}", "address": f"Benchmarkstraat {n}", "city": tenant.title(),
                       "district": district, "latitude": round(rng.uniform(south, north), 5),
                       "longitude": round(rng.uniform(west, east), 5)}],
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=10000)
    parser.add_argument("--out", required=True)
    parser.add_argument("--gateway", default="http://localhost:8080")
    parser.add_argument("--keycloak", default="http://localhost:8180")
    parser.add_argument("--workers", type=int, default=8)
    args = parser.parse_args()
    api = args.gateway + "/api/directory/v1"
    tokens = Tokens(args.keycloak)
    organizations = {}
    for tenant in CITIES:
        page = call("GET", f"{api}/organizations?tenant={tenant}&pageSize=100", tokens.get("regie." + tenant))
        organizations[tenant] = [o["id"] for o in page["organizations"] if o["status"] == "published" and o["tenant"] == tenant]

    started = time.time()
    done = []
    lock = threading.Lock()

    def seed(n):
        rng = random.Random(n)
        tenant = list(CITIES)[n % 3]
        token = tokens.get("regie." + tenant)
        category, district, body = service_body(rng, tenant, n)
        created = call("POST", f"{api}/organizations/{rng.choice(organizations[tenant])}/services", token, body)
        call("PUT", f"{api}/services/{created['id']}/publication", token, {"status": "published"})
        with lock:
            done.append(created["id"])
            if len(done) % 1000 == 0:
                print(f"  seeded {len(done)} services in {time.time() - started:.0f} s", flush=True)

    with ThreadPoolExecutor(args.workers) as pool:
        list(pool.map(seed, range(args.count)))

    rng = random.Random(42)
    with open(f"{args.out}/get-paths.txt", "w") as ids:
        for service_id in rng.sample(done, min(2000, len(done))):
            ids.write(f"/api/directory/v1/services/{service_id}\n")
    with open(f"{args.out}/search-paths.txt", "w") as searches:
        for _ in range(2000):
            tenant = rng.choice(list(CITIES))
            category = rng.choice(list(WORDS))
            text = urllib.parse.quote(WORDS[category][0].split()[0].lower()[:6])
            south, north, west, east = CITIES[tenant]["box"]
            searches.write(f"/api/directory/v1/services?q={text}&category={category}"
                           f"&latitude={rng.uniform(south, north):.4f}&longitude={rng.uniform(west, east):.4f}"
                           f"&radiusKm=3&pageSize=20\n")
    print(f"Seeded {len(done)} services in {time.time() - started:.0f} s")


if __name__ == "__main__":
    main()
