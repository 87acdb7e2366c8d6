"""Summarizes bench/compare-databases.sh: each configuration's figures, and its ratio to sqlite-1 of the same repetition."""
import json
import pathlib
import statistics
import sys

folder = pathlib.Path(sys.argv[1])
configs = ["sqlite-1", "pg-1", "pg-2"]
reps = sorted({int(p.stem.split("-")[-1]) for p in folder.glob("sqlite-1-*.json")})
names = ["registrations/s", "machine CPU ms per registration", "registration POST p99 ms", "signed-in pages/s",
         "machine CPU ms per page"]


def figures(config, rep):
    run = json.loads((folder / f"{config}-{rep}.json").read_text())
    ops = run["Operations"]
    post = next(o for o in ops if o["Operation"] == "register (form POST)")
    page = ops[-1]
    return {
        "registrations/s": post["PerSecond"],
        "machine CPU ms per registration": post["MachineCpuMsPerItem"],
        "registration POST p99 ms": post["P99Ms"],
        "signed-in pages/s": page["PerSecond"],
        "machine CPU ms per page": page["MachineCpuMsPerItem"],
        "errors": run["ErrorsTotal"],
        "load": run["LoadAverageBefore"],
    }


runs = {(c, r): figures(c, r) for c in configs for r in reps}
print(f"{'configuration':<15}{'rep':>4}" + "".join(f"{n:>34}" for n in names) + f"{'errors':>8}  load average before")
for r in reps:
    for c in configs:
        f = runs[(c, r)]
        print(f"{c:<15}{r:>4}" + "".join(f"{f[n]:>34.1f}" for n in names) + f"{f['errors']:>8}  {f['load']}")

print()
print("Median over repetitions, and the ratio to sqlite-1 of the same repetition (median, spread):")
for c in configs:
    print(f"  {c}")
    for n in names:
        values = [runs[(c, r)][n] for r in reps]
        line = f"    {n:<34} {statistics.median(values):>9.1f}"
        if c != "sqlite-1":
            ratios = [runs[(c, r)][n] / runs[("sqlite-1", r)][n] for r in reps]
            line += f"   x{statistics.median(ratios):.2f} (spread {min(ratios):.2f} to {max(ratios):.2f})"
        print(line)
