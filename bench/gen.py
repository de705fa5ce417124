#!/usr/bin/env python3
"""Synthetic data for the issue-2 benchmark, written as JSON lines to stdout.

  gen.py packs TEMPLATE.json START COUNT PREFIX
      COUNT passports copied from one real passport document (the demo MEB pack), each with
      its own identifier PREFIX + 6-digit number and its own serial numbers.
  gen.py sox START COUNT PREFIX READINGS
      READINGS SoX readings per pack (one every 10 minutes, ending a day ago) for the packs
      START .. START+COUNT-1 of the same numbering.
"""
import datetime
import json
import random
import sys

# Top-level members the server fills in itself; left out of the documents sent.
READ_ONLY = {"ceased", "manufacturer", "responsibleOperator", "version"}


def identifier(prefix, n):
    return "%s%06d" % (prefix, n)


def vary(node, old_id, new_id, suffix):
    """Copies a document, giving every serial number and the identifier a per-pack value."""
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if isinstance(value, str) and "serial" in key.lower():
                out[key] = value + suffix
            else:
                out[key] = vary(value, old_id, new_id, suffix)
        return out
    if isinstance(node, list):
        return [vary(v, old_id, new_id, suffix) for v in node]
    if isinstance(node, str) and old_id in node:
        return node.replace(old_id, new_id)
    return node


def packs(template_path, start, count, prefix):
    with open(template_path, encoding="utf-8") as f:
        template = json.load(f)
    old_id = template["id"]
    for key in READ_ONLY:
        template.pop(key, None)
    write = sys.stdout.write
    for n in range(start, start + count):
        new_id = identifier(prefix, n)
        doc = vary(template, old_id, new_id, "-B%06d" % n)
        doc["id"] = new_id
        write(json.dumps(doc, separators=(",", ":")))
        write("\n")


def sox(start, count, prefix, readings):
    rnd = random.Random(start)
    end = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0) - datetime.timedelta(days=1)
    step = datetime.timedelta(minutes=10)
    write = sys.stdout.write
    for n in range(start, start + count):
        battery = identifier(prefix, n)
        soh = 100.0 - rnd.uniform(0, 25)
        energy = rnd.uniform(1000, 30000)
        cycles = int(energy / 80)
        for i in range(readings):
            at = end - step * (readings - 1 - i)
            soc = 20 + (i * 7) % 75
            temperature = round(rnd.gauss(28, 8), 1)
            cell_min = round(3.2 + soc * 0.01 - rnd.uniform(0, 0.02), 3)
            line = {
                "battery": battery,
                "measuredAt": at.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "soh": round(soh, 2), "soc": soc, "soce": round(soh - 1, 2),
                "temperatureC": max(-40.0, min(70.0, temperature)),
                "voltageV": round(330 + soc * 0.7, 2),
                "minCellVoltageV": cell_min,
                "maxCellVoltageV": round(cell_min + rnd.uniform(0.005, 0.05), 3),
                "internalResistanceMohm": round(60 + (100 - soh) * 1.5, 3),
                "cycleCount": cycles, "energyThroughputKwh": round(energy, 3),
            }
            write(json.dumps(line, separators=(",", ":")))
            write("\n")
            energy += 0.8
            soh -= 0.0005


def main(argv):
    if len(argv) >= 6 and argv[1] == "packs":
        packs(argv[2], int(argv[3]), int(argv[4]), argv[5])
    elif len(argv) >= 6 and argv[1] == "sox":
        sox(int(argv[2]), int(argv[3]), argv[4], int(argv[5]))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
