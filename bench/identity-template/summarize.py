"""Summarizes bench/compare-template.sh: per repetition, Festival's figure over the template's from the runs next to it."""
import json
import pathlib
import statistics
import sys

folder = pathlib.Path(sys.argv[1])
reps = sorted({int(p.stem.split("-")[-1]) for p in folder.glob("festival-*.json")})


def figures(app, rep):
    run = json.loads((folder / f"{app}-{rep}.json").read_text())
    ops = run["Operations"]
    post = next(o for o in ops if o["Operation"] == "register (form POST)")
    page = ops[-1]
    return {
        "registrations/s": post["PerSecond"],
        "server CPU ms per registration": post["ServerCpuMsPerItem"],
        "registration POST p99 ms": post["P99Ms"],
        "signed-in pages/s": page["PerSecond"],
        "errors": run["ErrorsTotal"],
        "load": run["LoadAverageBefore"],
    }


names = ["registrations/s", "server CPU ms per registration", "registration POST p99 ms", "signed-in pages/s"]
rows = {rep: (figures("festival", rep), figures("template", rep)) for rep in reps}
print(f"{'repetition':<12}" + "".join(f"{n:>34}" for n in names) + f"{'CPU diff ms':>13}{'errors F/T':>12}  load average (F; T)")
ratios = {n: [] for n in names}
diffs = []
for rep, (f, t) in rows.items():
    cells = ""
    for n in names:
        ratio = f[n] / t[n] if t[n] else float("nan")
        ratios[n].append(ratio)
        cells += f"{f'{f[n]:.1f} / {t[n]:.1f} = {ratio:.2f}x':>34}"
    diff = f["server CPU ms per registration"] - t["server CPU ms per registration"]
    diffs.append(diff)
    errors = f"{f['errors']}/{t['errors']}"
    print(f"{rep:<12}{cells}{diff:>+13.1f}{errors:>12}  {f['load']}; {t['load']}")


def summary(values):
    return f"median {statistics.median(values):.2f} (spread {min(values):.2f} to {max(values):.2f})"


print()
print("Festival / template, per repetition (each ratio from two neighbouring runs):")
for n in names:
    print(f"  {n:<32} {summary(ratios[n])}")
print(f"  {'CPU per registration, F - T':<32} median {statistics.median(diffs):+.1f} ms (spread {min(diffs):+.1f} to {max(diffs):+.1f})")
print()
print("Targets (issue 15):")
print(f"  registrations/s >= template's:          {'met' if statistics.median(ratios[names[0]]) >= 1 else 'MISSED'} ({statistics.median(ratios[names[0]]):.2f}x)")
print(f"  CPU per registration <= template + 5 ms: {'met' if statistics.median(diffs) <= 5 else 'MISSED'} ({statistics.median(diffs):+.1f} ms)")
print(f"  signed-in pages/s >= 1.5x template's:   {'met' if statistics.median(ratios[names[3]]) >= 1.5 else 'MISSED'} ({statistics.median(ratios[names[3]]):.2f}x)")
