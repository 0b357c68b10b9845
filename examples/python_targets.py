"""From a folder of reports to a targets table and a chart of target vs
result, with the govreport Python package (pip install govreport pandas
matplotlib).

    python examples/python_targets.py [--reports tests/corpus] [--out out/]

Writes `targets.csv` (one row per plan-year target: the CLI's `govreport
targets` columns) and `panel.csv` (target against result per region × year ×
indicator), and, when matplotlib is installed, `gdp-target-vs-result.png`:
the GDP growth target of each year against the growth achieved, for the
region with the longest run of years.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import govreport
import pandas as pd


def main() -> None:
    root = Path(__file__).resolve().parents[1]
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=Path, default=root / "tests" / "corpus")
    parser.add_argument("--out", type=Path, default=Path("out"))
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)

    # 1. One report: its headline figures.
    first = sorted(Path(args.reports).glob("*.txt"))[0]
    report = govreport.read(first)
    print(f"{first.name}: {report.meta.region}, plan year {report.meta.plan_year}")
    for t in report.targets:
        print(f"  target {t.metric}: {t.qual} {t.value}{t.unit}")

    # 2. A folder to a targets table (every *.txt, on every core).
    targets: pd.DataFrame = govreport.targets(args.reports)
    targets.to_csv(out / "targets.csv", index=False)
    gdp = targets[targets["metricId"] == "gdp"]
    print(f"{len(targets)} targets in {targets['file'].nunique()} reports; {len(gdp)} GDP targets")

    # 3. The panel: each year's target against the next report's result.
    panel: pd.DataFrame = govreport.panel(args.reports)
    panel.to_csv(out / "panel.csv", index=False)
    growth = panel[(panel["metricId"] == "gdp") & (panel["kind"] == "growth")]
    both = growth.dropna(subset=["targetValue", "actualValue"])
    print(both["verdict"].value_counts().to_string())
    if both.empty:
        print("no GDP growth target with a result: no chart")
        return
    region = str(both["region"].value_counts().index[0])
    series = both[both["region"] == region].sort_values("year")

    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("matplotlib is not installed: no chart (pip install matplotlib)")
        return
    fig, ax = plt.subplots(figsize=(8, 4))
    ax.plot(series["year"], series["targetValue"], marker="o", label="target")
    ax.plot(series["year"], series["actualValue"], marker="s", label="result")
    ax.set_xticks(list(series["year"]))
    ax.set_xlabel("year")
    ax.set_ylabel("GDP growth, %")
    ax.set_title(f"GDP growth: target vs result ({len(series)} years)")
    ax.legend()
    fig.tight_layout()
    fig.savefig(out / "gdp-target-vs-result.png", dpi=100)
    print(f"wrote {out / 'gdp-target-vs-result.png'} ({region})")


if __name__ == "__main__":
    main()
